import { getPrisma } from "../../db/client";
import type { RegionViewer } from "../region/region-scope";
import { Prisma } from "../../generated/prisma/client";
import { countedReportsSql, regionCodeSql } from "../scope-sql";
import { sharedPerScope } from "../page-data-cache";

/**
 * Years with a counted report the viewer may see, newest first. Every cross view asks this first, so it is one probe
 * per stored year, stopping at the first counted report (LIMIT 1 in a lateral subquery: written as EXISTS, the planner
 * joined every report of every year instead — 12 ms at 1,000 departments, 0.6 ms this way). The stored years are read
 * by skipping through the (year, currentKey) index one year at a time: DISTINCT read every report (30 ms at 100,000).
 */
async function loadReportYears(viewer: RegionViewer): Promise<number[]> {
  const prisma = await getPrisma();
  const rows = await prisma.$queryRaw<Array<{ year: number }>>`
    WITH RECURSIVE stored(year) AS (
      SELECT MAX(year) FROM "Report" WHERE "currentKey" IS NOT NULL
      UNION ALL
      SELECT (SELECT MAX(year) FROM "Report" WHERE "currentKey" IS NOT NULL AND year < stored.year) FROM stored WHERE stored.year IS NOT NULL
    )
    SELECT y.year FROM stored y
    CROSS JOIN LATERAL (${viewer.departmentIds === null ? storedProbe(viewer) : Prisma.sql`SELECT 1 FROM "Report" r WHERE r.year = y.year AND ${countedReportsSql(viewer, "r")} LIMIT 1`}) counted
    WHERE y.year IS NOT NULL
    ORDER BY y.year DESC`;
  return rows.map((r) => r.year);
}

/**
 * For a viewer who sees every department: a stored department-year (DepartmentYearFacts) of the region, read through
 * the year's index. Probing the reports for the first counted one, the planner scanned Report from its start, which
 * reads most of it for the latest year when reports arrive year by year (a copy of fl_speed clustered by year: 4 ms per
 * year at 1,000 departments).
 */
function storedProbe(viewer: RegionViewer): Prisma.Sql {
  return Prisma.sql`SELECT 1 FROM "DepartmentYearFacts" f JOIN "Department" e ON e.id = f."departmentId"
    WHERE f.year = y.year AND ${regionCodeSql(viewer.region, Prisma.sql`e."regionCode"`)} LIMIT 1`;
}

/** listReportYears shared by viewers of the same scope until the data changes (lib/queries/page-data-cache.ts). */
export const listReportYears = sharedPerScope("report-years", loadReportYears);
