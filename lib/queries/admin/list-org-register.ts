import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { getPrisma } from "../../db/client";
import type { Viewer } from "../../auth/viewer";

/** A department as the organisation admin page shows it: where it sits, what it was, what became of it. */
export interface OrgRegisterRow {
  id: number;
  name: string;
  kind: string | null;
  isDemo: boolean;
  regionCode: string | null;
  parent: { id: number; name: string } | null;
  mergedInto: { id: number; name: string } | null;
  units: number;
  aliases: string[];
  years: number[];
}

const PAGE = 100;

/**
 * The register for /admin/departments (admins only, so unscoped): `q` matches names and former names. The selected department is always included. `all` lists every
 * live department by id and name for the target pickers (merge into, parent), which need no figures.
 */
export async function listOrgRegister(
  viewer: Viewer,
  q: string | null,
  selectedId: number | null = null,
): Promise<{ rows: OrgRegisterRow[]; total: number; all: Array<{ id: number; name: string }> }> {
  if (viewer.role !== "admin") return { rows: [], total: 0, all: [] };
  const prisma = await getPrisma();
  const like = q === null || q.trim() === "" ? null : `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const match = like === null
    ? Prisma.sql`TRUE`
    : Prisma.sql`(d.name LIKE ${like} OR EXISTS (SELECT 1 FROM "DepartmentAlias" a WHERE a."departmentId" = d.id AND a.name LIKE ${like}))`;
  const [rows, counted, all] = await Promise.all([
    prisma.$queryRaw<OrgRegisterRow[]>`
      SELECT d.id, d.name, d.kind, d."isDemo", d."regionCode",
        (SELECT json_build_object('id', p.id, 'name', p.name) FROM "Department" p WHERE p.id = d."parentId") AS parent,
        (SELECT json_build_object('id', m.id, 'name', m.name) FROM "Department" m WHERE m.id = d."mergedIntoId") AS "mergedInto",
        (SELECT COUNT(*)::int FROM "Department" u WHERE u."parentId" = d.id) AS units,
        COALESCE((SELECT json_agg(a.name ORDER BY a.name) FROM "DepartmentAlias" a WHERE a."departmentId" = d.id), '[]') AS aliases,
        COALESCE((SELECT json_agg(DISTINCT r.year ORDER BY r.year) FROM "Report" r WHERE r."departmentId" = d.id AND r."currentKey" IS NOT NULL), '[]') AS years
      FROM "Department" d WHERE ${match} OR d.id = ${selectedId ?? 0}
      ORDER BY d.id = ${selectedId ?? 0} DESC, d.name LIMIT ${PAGE}`,
    prisma.$queryRaw<Array<{ n: number }>>`SELECT COUNT(*)::int AS n FROM "Department" d WHERE ${match}`,
    prisma.department.findMany({ where: { mergedIntoId: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { rows, total: counted[0]?.n ?? 0, all };
}
