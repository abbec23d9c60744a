import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { getPrisma } from "../../db/client";
import type { RegionViewer } from "../region/region-scope";
import { countedReportsSql } from "../scope-sql";
import { effectiveDepartmentSql, splitIds } from "./cross-sql";

/** One department's figures for one year, summed over its current reports (merged units included). Amounts in 元. */
export interface DepartmentYearFacts {
  departmentId: number;
  name: string;
  kind: string | null;
  year: number;
  isDemo: boolean;
  reportIds: number[];
  /** The first report with 审核 errors, for the evidence link; null when none has errors. */
  errorReportId: number | null;
  errorCount: number;
  /** Reports (not findings) with at least one 审核 error. */
  errorReports: number;
  expenditure: string | null;
  /** The prior-year 支出合计 as this year's 决算情况说明 states it (说明口径), for a department without last year's report. */
  priorExpenditureStated: string | null;
  fiscal: string | null;
  basic: string | null;
  project: string | null;
  operating: string | null;
  operatingBudget: string | null;
  sangongBudget: string | null;
  sangongActual: string | null;
  /** Σ 年初预算 and Σ 决算 of the 一般公共预算 项 lines stating one: the execution rate's two sides. */
  execBudget: string | null;
  execActual: string | null;
  /** The same against the 全年预算 (调整预算). */
  execBudgetFull: string | null;
  execActualFull: string | null;
}

interface FactsRow extends Omit<DepartmentYearFacts, "reportIds"> {
  reportIds: string | null;
}

/** Per department × year facts for the given years; `departmentIds` (effective ids) narrows to a few departments. */
export async function listDepartmentYearFacts(
  viewer: RegionViewer,
  years: number[],
  departmentIds?: number[],
): Promise<DepartmentYearFacts[]> {
  if (years.length === 0 || departmentIds?.length === 0) return [];
  const prisma = await getPrisma();
  const dept = effectiveDepartmentSql("d");
  const only = departmentIds === undefined ? Prisma.empty : Prisma.sql` AND ${dept} IN (${Prisma.join(departmentIds)})`;
  const rows = await prisma.$queryRaw<FactsRow[]>`
    WITH cur AS (
      SELECT r.id, r.year, r."isDemo", r."errorCount", r."expenditureTotal", r."basicExpenditure", r."projectExpenditure",
             COALESCE(r."fiscalTotal", r."fiscalAppropriationIncome") AS fiscal, r."operatingExpenses",
             r."operatingExpensesBudget", r."priorExpenditureTotal", r."execBudgetInitial", r."execActual", r."execBudgetFull", r."execActualFull", r."sangongBudget", r."sangongActual",
             ${dept} AS dept
      FROM "Report" r JOIN "Department" d ON d.id = r."departmentId"
      WHERE ${countedReportsSql(viewer, "r")} AND r.year IN (${Prisma.join(years)})${only}
    ),
    -- Grouped by department and year alone, names joined after: with the name (a collated text) in the grouping key,
    -- sorting 2,000 groups was a third of the statement.
    agg AS (
      SELECT cur.dept AS "departmentId", cur.year, bool_or(cur."isDemo") AS "isDemo",
           string_agg(cur.id::text, ',' ORDER BY cur.id) AS "reportIds",
           MIN(CASE WHEN cur."errorCount" > 0 THEN cur.id END) AS "errorReportId",
           SUM(cur."errorCount")::int AS "errorCount", COUNT(*) FILTER (WHERE cur."errorCount" > 0)::int AS "errorReports",
           SUM(cur."expenditureTotal")::text AS expenditure, SUM(cur."priorExpenditureTotal")::text AS "priorExpenditureStated",
           SUM(cur.fiscal)::text AS fiscal,
           SUM(cur."basicExpenditure")::text AS basic, SUM(cur."projectExpenditure")::text AS project,
           SUM(cur."operatingExpenses")::text AS operating, SUM(cur."operatingExpensesBudget")::text AS "operatingBudget",
           SUM(cur."sangongBudget")::text AS "sangongBudget", SUM(cur."sangongActual")::text AS "sangongActual",
           SUM(cur."execBudgetInitial")::text AS "execBudget", SUM(cur."execActual")::text AS "execActual",
           SUM(cur."execBudgetFull")::text AS "execBudgetFull", SUM(cur."execActualFull")::text AS "execActualFull"
      FROM cur
      GROUP BY cur.dept, cur.year
    )
    SELECT agg.*, e.name, e.kind FROM agg JOIN "Department" e ON e.id = agg."departmentId"
    ORDER BY agg.year, agg."departmentId"`;
  return rows.map((row) => ({ ...row, reportIds: splitIds(row.reportIds) }));
}
