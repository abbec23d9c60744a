import "server-only";
import { getPrisma } from "../../db/client";
import { canSeeDepartment, type Viewer } from "../../auth/viewer";
import { sharedPerScope } from "../page-data-cache";

export interface DepartmentVersion {
  reportId: number;
  year: number;
  scope: string;
  version: number;
  isCurrent: boolean;
  importedAt: string;
  importedBy: string | null;
  fileName: string;
  errorCount: number;
  warningCount: number;
}

export interface DepartmentEventRow {
  kind: string;
  year: number;
  note: string | null;
  from: { id: number; name: string };
  to: { id: number; name: string };
}

export interface DepartmentProfile {
  id: number;
  name: string;
  kind: string | null;
  isDemo: boolean;
  firstYear: number | null;
  lastYear: number | null;
  mergedInto: { id: number; name: string } | null;
  mergedFrom: Array<{ id: number; name: string }>;
  aliases: Array<{ name: string; fromYear: number | null; toYear: number | null }>;
  events: DepartmentEventRow[];
  /** Years with a current report, newest first. */
  years: number[];
  /** Every imported version, newest year and version first. */
  versions: DepartmentVersion[];
}

interface ProfileRow {
  id: number;
  name: string;
  kind: string | null;
  isDemo: boolean;
  firstYear: number | null;
  lastYear: number | null;
  mergedInto: { id: number; name: string } | null;
  mergedFrom: Array<{ id: number; name: string }> | null;
  aliases: DepartmentProfile["aliases"] | null;
  events: DepartmentEventRow[] | null;
  versions: Array<Omit<DepartmentVersion, "isCurrent"> & { currentKey: string | null }> | null;
}

/**
 * A department as the viewer may see it, with its history; null when unknown or outside the viewer's scope.
 * One statement (JSON aggregates): the page runs it on every view.
 */
export async function getDepartmentProfile(viewer: Viewer, departmentId: number): Promise<DepartmentProfile | null> {
  if (!canSeeDepartment(viewer, departmentId)) return null;
  const prisma = await getPrisma();
  const rows = await prisma.$queryRaw<ProfileRow[]>`
    SELECT d.id, d.name, d.kind, d."isDemo", d."firstYear", d."lastYear",
      (SELECT json_build_object('id', m.id, 'name', m.name) FROM "Department" m WHERE m.id = d."mergedIntoId") AS "mergedInto",
      (SELECT json_agg(json_build_object('id', f.id, 'name', f.name) ORDER BY f.name)
         FROM "Department" f WHERE f."mergedIntoId" = d.id) AS "mergedFrom",
      (SELECT json_agg(json_build_object('name', a.name, 'fromYear', a."fromYear", 'toYear', a."toYear")
         ORDER BY a."toYear" NULLS LAST, a.name) FROM "DepartmentAlias" a WHERE a."departmentId" = d.id) AS aliases,
      (SELECT json_agg(json_build_object('kind', e.kind, 'year', e.year, 'note', e.note,
           'from', json_build_object('id', ef.id, 'name', ef.name), 'to', json_build_object('id', et.id, 'name', et.name))
         ORDER BY e.year, e.id)
         FROM "DepartmentEvent" e JOIN "Department" ef ON ef.id = e."fromId" JOIN "Department" et ON et.id = e."toId"
         WHERE e."fromId" = d.id OR e."toId" = d.id) AS events,
      (SELECT json_agg(json_build_object('reportId', r.id, 'year', r.year, 'scope', r.scope, 'version', r.version,
           'currentKey', r."currentKey", 'importedAt', r."importedAt", 'importedBy', r."importedBy", 'fileName', s."fileName",
           'errorCount', r."errorCount", 'warningCount', r."warningCount") ORDER BY r.year DESC, r.version DESC)
         FROM "Report" r JOIN "SourceDocument" s ON s.id = r."sourceDocumentId" WHERE r."departmentId" = d.id) AS versions
    FROM "Department" d WHERE d.id = ${departmentId}`;
  const dept = rows[0];
  if (dept === undefined) return null;
  const versions: DepartmentVersion[] = (dept.versions ?? []).map(({ currentKey, ...v }) => ({
    ...v,
    isCurrent: currentKey !== null,
    // json_build_object renders timestamps without a zone; they are stored in UTC.
    importedAt: new Date(`${String(v.importedAt).replace(/Z?$/, "Z")}`).toISOString(),
  }));
  return {
    id: dept.id,
    name: dept.name,
    kind: dept.kind,
    isDemo: dept.isDemo,
    firstYear: dept.firstYear,
    lastYear: dept.lastYear,
    mergedInto: dept.mergedInto,
    mergedFrom: dept.mergedFrom ?? [],
    aliases: dept.aliases ?? [],
    events: dept.events ?? [],
    years: [...new Set(versions.filter((v) => v.isCurrent).map((v) => v.year))].sort((a, b) => b - a),
    versions,
  };
}

/** getDepartmentProfile shared by viewers of the same scope until the data changes (/api/departments/{id}). */
export const getSharedDepartmentProfile = sharedPerScope("department-profile", getDepartmentProfile);
