import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { Viewer } from "../auth/viewer";
import type { RegionScope, RegionViewer } from "./region/region-scope";
import { pgArray } from "../db/pg-array";

/**
 * SQL fragments every raw query uses: current report versions only, and the viewer's department scope.
 * `alias` is the Report table alias in the query.
 */
export function currentReportsSql(viewer: Viewer, alias = "r"): Prisma.Sql {
  const a = Prisma.raw(`"${alias}"`);
  return Prisma.sql`${a}."currentKey" IS NOT NULL AND ${viewerDepartmentsSql(viewer, Prisma.sql`${a}."departmentId"`)}`;
}

function viewerDepartmentsSql(viewer: Viewer, column: Prisma.Sql): Prisma.Sql {
  if (viewer.departmentIds === null) return Prisma.sql`TRUE`;
  if (viewer.departmentIds.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`${column} IN (${Prisma.join(viewer.departmentIds)})`;
}

/**
 * Departments of the chosen region: exactly it, or with `sub` every region below it (codes nest by prefix). A merged
 * department belongs where its successor is, since its reports count under the successor.
 */
export function regionDepartmentsSql(region: Pick<RegionScope, "code" | "sub">): Prisma.Sql {
  const inRegion = (t: "d" | "m") => regionCodeSql(region, Prisma.raw(`${t}."regionCode"`));
  // Two plain branches, not one test with OR across a join: each is estimated from statistics (a CASE estimated at a
  // few rows once turned whole-city views into nested loops) and each can use the regionCode index — with the OR, every
  // department was read twice and hashed on every view (5 ms at 10,000 departments, per query).
  return Prisma.sql`SELECT d.id FROM "Department" d WHERE d."mergedIntoId" IS NULL AND ${inRegion("d")}
    UNION ALL SELECT d.id FROM "Department" d JOIN "Department" m ON m.id = d."mergedIntoId" WHERE ${inRegion("m")}`;
}

/** `column` (a Department.regionCode) is the region or, with `sub`, below it. */
export function regionCodeSql({ code, sub }: Pick<RegionScope, "code" | "sub">, column: Prisma.Sql): Prisma.Sql {
  return code === null ? Prisma.sql`${column} IS NULL` : sub ? Prisma.sql`starts_with(${column}, ${code})` : Prisma.sql`${column} = ${code}`;
}

/**
 * `column` is a department of the region. With the region's departments known (a shared view), as one array: the
 * planner then knows how many there are — it estimated the subquery's 10,000 departments at 200 and probed reports
 * department by department (at 10,000 departments: by-year 205 → 140 ms, the overview's facts alike).
 */
export function inRegionSql(region: Pick<RegionScope, "code" | "sub" | "departmentIds">, column: Prisma.Sql): Prisma.Sql {
  return region.departmentIds === undefined
    ? Prisma.sql`${column} IN (${regionDepartmentsSql(region)})`
    : Prisma.sql`${column} = ANY(${pgArray(region.departmentIds)}::int[])`;
}

/**
 * THE counting rule of every cross-department total. A report counts when it is current, visible to the viewer, of a
 * department in the chosen region, and its money is not already inside another counted report:
 * - an organisation's 汇总 (部门决算: 本级 + 所属单位) counts when present; its own 本级/单位 reports then do not;
 * - without a 汇总, its 本级 counts, and so does each 所属单位's report — unless that unit's 部门 (Department.parentId)
 *   has a 汇总 for the year, which already contains it.
 * Only reports the viewer may see can displace others, so a unit-scoped viewer still sees the unit's figures.
 * For a viewer who sees every department, displacement does not depend on the viewer nor on the region: it is stored on
 * each report (Report.countedForAll, kept by triggers, tests/integration/report-counted-for-all) — at 10,000 departments
 * × 10 years the two anti-joins over 100,000 reports were most of the overview's and 三公's statements.
 */
export function countedReportsSql(viewer: RegionViewer, alias = "r"): Prisma.Sql {
  const a = Prisma.raw(`"${alias}"`);
  if (viewer.departmentIds === null) return Prisma.sql`${a}."countedForAll" AND ${inRegionSql(viewer.region, Prisma.sql`${a}."departmentId"`)}`;
  const summary = Prisma.sql`h.year = ${a}.year AND h.scope = '汇总' AND h."currentKey" IS NOT NULL
      AND ${viewerDepartmentsSql(viewer, Prisma.sql`h."departmentId"`)}`;
  // Both tests are plain correlated NOT EXISTS (no OR around them, no subquery inside), so PostgreSQL turns them into
  // hash anti-joins over the few 汇总 reports instead of two index probes per report.
  return Prisma.sql`${currentReportsSql(viewer, alias)}
    AND ${inRegionSql(viewer.region, Prisma.sql`${a}."departmentId"`)}
    AND NOT EXISTS (SELECT 1 FROM "Report" h WHERE h."departmentId" = ${a}."departmentId" AND ${a}.scope <> '汇总' AND ${summary})
    AND NOT EXISTS (SELECT 1 FROM "Report" h JOIN "Department" u ON u."parentId" = h."departmentId" WHERE u.id = ${a}."departmentId" AND ${summary})`;
}

/** The same scope for Prisma's query API. */
export function departmentScopeWhere(viewer: Viewer): { departmentId?: { in: number[] } } {
  return viewer.departmentIds === null ? {} : { departmentId: { in: viewer.departmentIds } };
}
