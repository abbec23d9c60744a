import { getPrisma } from "../../db/client";
import { canSeeDepartment, type Viewer } from "../../auth/viewer";

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

/** A department as the viewer may see it, with its history; null when unknown or outside the viewer's scope. */
export async function getDepartmentProfile(viewer: Viewer, departmentId: number): Promise<DepartmentProfile | null> {
  if (!canSeeDepartment(viewer, departmentId)) return null;
  const prisma = await getPrisma();
  const dept = await prisma.department.findUnique({
    where: { id: departmentId },
    include: {
      mergedInto: { select: { id: true, name: true } },
      mergedFrom: { select: { id: true, name: true }, orderBy: { name: "asc" } },
      aliases: { orderBy: [{ toYear: "asc" }, { name: "asc" }] },
      eventsFrom: { include: { from: { select: { id: true, name: true } }, to: { select: { id: true, name: true } } } },
      eventsTo: { include: { from: { select: { id: true, name: true } }, to: { select: { id: true, name: true } } } },
      reports: {
        orderBy: [{ year: "desc" }, { version: "desc" }],
        select: {
          id: true, year: true, scope: true, version: true, currentKey: true, importedAt: true, importedBy: true,
          errorCount: true, warningCount: true, sourceDocument: { select: { fileName: true } },
        },
      },
    },
  });
  if (dept === null) return null;
  const events = new Map([...dept.eventsFrom, ...dept.eventsTo].map((e) => [e.id, e]));
  const versions: DepartmentVersion[] = dept.reports.map((r) => ({
    reportId: r.id, year: r.year, scope: r.scope, version: r.version, isCurrent: r.currentKey !== null,
    importedAt: r.importedAt.toISOString(), importedBy: r.importedBy, fileName: r.sourceDocument.fileName,
    errorCount: r.errorCount, warningCount: r.warningCount,
  }));
  return {
    id: dept.id,
    name: dept.name,
    kind: dept.kind,
    isDemo: dept.isDemo,
    firstYear: dept.firstYear,
    lastYear: dept.lastYear,
    mergedInto: dept.mergedInto,
    mergedFrom: dept.mergedFrom,
    aliases: dept.aliases.map((a) => ({ name: a.name, fromYear: a.fromYear, toYear: a.toYear })),
    events: [...events.values()]
      .sort((a, b) => a.year - b.year || a.id - b.id)
      .map((e) => ({ kind: e.kind, year: e.year, note: e.note, from: e.from, to: e.to })),
    years: [...new Set(versions.filter((v) => v.isCurrent).map((v) => v.year))].sort((a, b) => b - a),
    versions,
  };
}
