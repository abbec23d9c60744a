import { getPrisma } from "../../db/client";
import type { RegionViewer } from "../region/region-scope";
import { countedReportsSql } from "../scope-sql";

/**
 * Years with a counted report the viewer may see, newest first. Every cross view asks this first, so it is one probe
 * per stored year (the (year, currentKey) index gives the years; EXISTS stops at the first counted report of each)
 * rather than the counting rule over every report of every year (~20–40 ms at 10,000 reports, on every page view).
 */
export async function listReportYears(viewer: RegionViewer): Promise<number[]> {
  const prisma = await getPrisma();
  const rows = await prisma.$queryRaw<Array<{ year: number }>>`
    SELECT y.year FROM (SELECT DISTINCT year FROM "Report" WHERE "currentKey" IS NOT NULL) y
    WHERE EXISTS (SELECT 1 FROM "Report" r WHERE r.year = y.year AND ${countedReportsSql(viewer, "r")})
    ORDER BY y.year DESC`;
  return rows.map((r) => r.year);
}
