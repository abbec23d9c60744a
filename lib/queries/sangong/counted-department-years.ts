import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { RegionViewer } from "../region/region-scope";
import { countedReportsSql, regionCodeSql } from "../scope-sql";
import { effectiveDepartmentSql } from "../overview/cross-sql";

/**
 * 三公's rows: one per department (effective id, `dept`) and year of `years` ("first,last" inclusive) with the sums of
 * its counted reports — `isDemo`, the total and the four items' budget and actual, 机关运行经费 (`operating`,
 * `operatingBudget`). A viewer who sees every department reads them stored (DepartmentYearFacts, kept by triggers: at
 * 10,000 departments × 10 years summing 100,000 wide report rows read 12,000 pages of Report per view), in the region
 * when the department they count under is (its own region code: lib/queries/overview/list-department-year-facts.ts); any other
 * viewer's are summed from the reports the counting rule gives them. One row per department and year, so a count of
 * rows is a count of departments. `only` (a statement giving a few effective ids) narrows to those departments.
 */
export function countedDepartmentYearsSql(viewer: RegionViewer, [first, last]: [number, number], only?: Prisma.Sql): Prisma.Sql {
  if (viewer.departmentIds === null) {
    const facts = Prisma.sql`SELECT f."departmentId" AS dept, f.year, f."isDemo", f."sangongBudget", f."sangongActual",
        f."sangongOutboundBudget", f."sangongOutboundActual", f."sangongVehiclePurchaseBudget", f."sangongVehiclePurchaseActual",
        f."sangongVehicleOperationBudget", f."sangongVehicleOperationActual", f."sangongReceptionBudget", f."sangongReceptionActual",
        f.operating, f."operatingBudget"
      FROM "DepartmentYearFacts" f JOIN "Department" e ON e.id = f."departmentId"
      WHERE f.year BETWEEN ${first} AND ${last} AND ${regionCodeSql(viewer.region, Prisma.sql`e."regionCode"`)}`;
    // A few departments' years probed by key, one department at a time: estimating `only` at hundreds of rows, the
    // planner read every row of the range instead (at 10,000 departments, 50,000 rows for the 12 small multiples).
    return only === undefined ? facts : Prisma.sql`SELECT c.* FROM (${only}) o(id) CROSS JOIN LATERAL (${facts} AND f."departmentId" = o.id) c`;
  }
  const narrowed = only === undefined ? Prisma.empty
    : Prisma.sql` AND r."departmentId" IN (SELECT m.id FROM "Department" m WHERE m.id IN (${only}) OR m."mergedIntoId" IN (${only}))`;
  return Prisma.sql`SELECT ${effectiveDepartmentSql("d")} AS dept, r.year, bool_or(r."isDemo") AS "isDemo",
      SUM(r."sangongBudget") AS "sangongBudget", SUM(r."sangongActual") AS "sangongActual",
      SUM(r."sangongOutboundBudget") AS "sangongOutboundBudget", SUM(r."sangongOutboundActual") AS "sangongOutboundActual",
      SUM(r."sangongVehiclePurchaseBudget") AS "sangongVehiclePurchaseBudget", SUM(r."sangongVehiclePurchaseActual") AS "sangongVehiclePurchaseActual",
      SUM(r."sangongVehicleOperationBudget") AS "sangongVehicleOperationBudget", SUM(r."sangongVehicleOperationActual") AS "sangongVehicleOperationActual",
      SUM(r."sangongReceptionBudget") AS "sangongReceptionBudget", SUM(r."sangongReceptionActual") AS "sangongReceptionActual",
      SUM(r."operatingExpenses") AS operating, SUM(r."operatingExpensesBudget") AS "operatingBudget"
    FROM "Report" r JOIN "Department" d ON d.id = r."departmentId"
    WHERE ${countedReportsSql(viewer, "r")} AND r.year BETWEEN ${first} AND ${last}${narrowed}
    GROUP BY 1, 2`;
}
