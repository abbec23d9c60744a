import "server-only";
import { getPrisma } from "../../db/client";
import type { RegionViewer } from "../region/region-scope";
import { Prisma } from "../../generated/prisma/client";
import { countedReportsSql, inRegionSql } from "../scope-sql";
import { sharedPerScope } from "../page-data-cache";
import { collectExecutionYears, type ExecutionYears, type PackedDepartment } from "./execution-years";

/**
 * Σ 决算 / Σ 预算 (年初 and 全年) of the 一般公共预算 项 lines per department and year (rolled up on Report at import): needs no
 * order, so it runs beside the heatmap query (execution-years.ts orders it). PostgreSQL groups by the
 * stored department (an index-friendly key) and packs its reports into one text value: moving 100,000 small rows
 * through the driver cost 4–5× the query itself (PGlite and PostgreSQL alike).
 */
async function loadExecutionByYear(viewer: RegionViewer): Promise<ExecutionYears> {
  const prisma = await getPrisma();
  // A viewer who sees every department counts what the stored entries count (DepartmentYearEntries, kept by triggers):
  // one row per department instead of grouping its reports on each view, which at 10,000 departments × 10 years was
  // most of the view's time. A department-scoped viewer's reports are displaced only by the 汇总 it may see: counted here.
  const grouped = viewer.departmentIds === null
    ? Prisma.sql`SELECT e."departmentId", e."isDemo", e.entries FROM "DepartmentYearEntries" e
        WHERE ${inRegionSql(viewer.region, Prisma.sql`e."departmentId"`)}`
    : // Entries in year order whatever the plan: the cells' order reaches the chart's table and its exports.
      Prisma.sql`SELECT r."departmentId", bool_or(r."isDemo") AS "isDemo", string_agg(r."execYearEntry", ';' ORDER BY r.year, r.id) AS entries
        FROM "Report" r WHERE ${countedReportsSql(viewer, "r")}
        GROUP BY r."departmentId"`;
  const packed = await prisma.$queryRaw<PackedDepartment[]>`
    SELECT g."departmentId", d."mergedIntoId", d.name, t.name AS "targetName", g."isDemo", g.entries
    FROM (${grouped}) g
    JOIN "Department" d ON d.id = g."departmentId" LEFT JOIN "Department" t ON t.id = d."mergedIntoId"`;
  // Departments in id order whatever the plan (the sparse cells' order reaches the chart's table and its exports; it had
  // followed the rows' physical order, which a migration rewriting them changed); sorted here, not by the statement,
  // which would sort 10,000 wide rows on disk.
  return collectExecutionYears(packed.sort((a, b) => a.departmentId - b.departmentId));
}

/** listExecutionByYear shared by viewers of the same scope until the data changes (lib/queries/page-data-cache.ts). */
export const listExecutionByYear = sharedPerScope("execution-by-year", loadExecutionByYear);
