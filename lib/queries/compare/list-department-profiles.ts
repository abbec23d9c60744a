import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { getPrisma } from "../../db/client";
import type { RegionViewer } from "../region/region-scope";
import { countedReportsSql } from "../scope-sql";
import { effectiveDepartmentSql } from "../overview/cross-sql";
import { sharedPerScope } from "../page-data-cache";

/** What a peer group is judged on: kind (行政/事业), size and the 类 the department spends most on. */
export interface DepartmentProfile {
  id: number;
  name: string;
  kind: string | null;
  expenditure: string | null;
  /** Filled by `withDominantClass` only for the departments that need it (the picker does not). */
  dominantClass: string | null;
  dominantClassName: string | null;
}

/** Every department reporting in `year` with kind and size (the compare picker and the first peer filter). */
async function loadDepartmentProfiles(viewer: RegionViewer, year: number): Promise<DepartmentProfile[]> {
  const prisma = await getPrisma();
  const dept = effectiveDepartmentSql("d");
  return prisma.$queryRaw<DepartmentProfile[]>`
    SELECT e.id, e.name, e.kind, SUM(r."expenditureTotal")::text AS expenditure,
           NULL::text AS "dominantClass", NULL::text AS "dominantClassName"
    FROM "Report" r JOIN "Department" d ON d.id = r."departmentId" JOIN "Department" e ON e.id = ${dept}
    WHERE ${countedReportsSql(viewer, "r")} AND r.year = ${year}
    GROUP BY e.id, e.name, e.kind
    ORDER BY e.name`;
}

/**
 * listDepartmentProfiles shared by viewers of the same scope until the data changes (lib/queries/page-data-cache.ts):
 * every /compare, whichever departments it compares, shows the same picker of the region's departments.
 */
export const listDepartmentProfiles = sharedPerScope("department-profiles", loadDepartmentProfiles);

/**
 * The 类 with the largest 公开03表 amount for each of `profiles` (a few departments: the target and its size/kind
 * candidates), so peers are not computed over every department's lines.
 */
export async function withDominantClass(viewer: RegionViewer, year: number, profiles: ReadonlyArray<DepartmentProfile>): Promise<DepartmentProfile[]> {
  if (profiles.length === 0) return [];
  const prisma = await getPrisma();
  const dept = effectiveDepartmentSql("d");
  const rows = await prisma.$queryRaw<Array<{ dept: number; code: string; name: string }>>`
    SELECT DISTINCT ON (${dept}) ${dept} AS dept, f.code, f.name
    FROM "FunctionLine" f JOIN "Report" r ON r.id = f."reportId" JOIN "Department" d ON d.id = r."departmentId"
    WHERE ${countedReportsSql(viewer, "r")} AND r.year = ${year} AND ${dept} IN (${Prisma.join(profiles.map((p) => p.id))})
      AND f."table" = 'expenditure' AND f.level = '类'
    GROUP BY ${dept}, f.code, f.name
    ORDER BY ${dept}, SUM(f.total) DESC NULLS LAST, f.code`;
  const byId = new Map(rows.map((r) => [r.dept, r]));
  return profiles.map((p) => ({ ...p, dominantClass: byId.get(p.id)?.code ?? null, dominantClassName: byId.get(p.id)?.name ?? null }));
}
