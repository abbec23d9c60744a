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

/** A department's dominant 类: code and name. */
export interface DominantClass {
  code: string;
  name: string;
}

/**
 * The 类 with the largest 公开03表 amount of department `id` and of every department of its kind and size band
 * (lib/queries/compare/suggest-peers.ts: same kind, 本年支出合计 within ×½–×2), by effective id. Needs no picker first:
 * it sums the departments' sizes itself, by the picker's rule, so its band is the one `sizeBandCandidates` takes from
 * the picker; only those departments' lines are read.
 */
export async function dominantClassesOfBand(viewer: RegionViewer, year: number, id: number): Promise<Map<number, DominantClass>> {
  const prisma = await getPrisma();
  const dept = effectiveDepartmentSql("d");
  const counted = Prisma.sql`${countedReportsSql(viewer, "r")} AND r.year = ${year}`;
  // The band first, then its lines by explicit ids: as one statement the planner, estimating the region's reports at
  // ten, joined every line of the year against the band (200 ms at 10,000 departments for a band of 12).
  const band = await prisma.$queryRaw<Array<{ id: number }>>`
    WITH size AS (
      SELECT e.id, e.kind, SUM(r."expenditureTotal") AS amount
      FROM "Report" r JOIN "Department" d ON d.id = r."departmentId" JOIN "Department" e ON e.id = ${dept}
      WHERE ${counted}
      GROUP BY e.id, e.kind
    )
    SELECT s.id FROM size s JOIN size t ON t.id = ${id}
    WHERE s.kind IS NOT DISTINCT FROM t.kind AND s.amount * 2 >= t.amount AND s.amount <= t.amount * 2
    UNION SELECT ${id}::int`;
  const rows = await prisma.$queryRaw<Array<{ dept: number; code: string; name: string }>>`
    SELECT DISTINCT ON (${dept}) ${dept} AS dept, f.code, f.name
    FROM "FunctionLine" f JOIN "Report" r ON r.id = f."reportId" JOIN "Department" d ON d.id = r."departmentId"
    WHERE ${counted} AND ${dept} IN (${Prisma.join(band.map((b) => b.id))}) AND f."table" = 'expenditure' AND f.level = '类'
    GROUP BY ${dept}, f.code, f.name
    ORDER BY ${dept}, SUM(f.total) DESC NULLS LAST, f.code`;
  return new Map(rows.map((r) => [r.dept, { code: r.code, name: r.name }]));
}

/** `profiles` with their dominant 类 from `classes` (none found: null). */
export function withDominantClass(profiles: ReadonlyArray<DepartmentProfile>, classes: ReadonlyMap<number, DominantClass>): DepartmentProfile[] {
  return profiles.map((p) => ({ ...p, dominantClass: classes.get(p.id)?.code ?? null, dominantClassName: classes.get(p.id)?.name ?? null }));
}
