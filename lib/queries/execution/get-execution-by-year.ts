import { getPrisma } from "../../db/client";
import type { Viewer } from "../../auth/viewer";
import type { HeatmapDto } from "../../charts/dto";
import { currentReportsSql } from "../scope-sql";
import { effectiveDepartmentSql } from "../overview/cross-sql";

/** Departments × years of the overall execution rate; the heatmap's "code" axis carries the year. */
export interface ExecutionByYearDto extends HeatmapDto {
  isDemo: boolean;
}

interface Row {
  departmentId: number;
  name: string;
  year: number;
  isDemo: boolean;
  budget: string | null;
  actual: string | null;
}

/**
 * Σ 决算 / Σ 年初预算 of the 一般公共预算 项 lines per department and year (rolled up on Report at import), departments
 * in the order given.
 */
export async function getExecutionByYear(viewer: Viewer, departmentOrder: ReadonlyArray<{ id: string; name: string }>): Promise<ExecutionByYearDto> {
  const prisma = await getPrisma();
  const dept = effectiveDepartmentSql("d");
  const rows = await prisma.$queryRaw<Row[]>`
    WITH cur AS (
      SELECT r.id, r.year, r."isDemo", r."execBudgetInitial", r."execActual", ${dept} AS dept
      FROM "Report" r JOIN "Department" d ON d.id = r."departmentId"
      WHERE ${currentReportsSql(viewer, "r")}
    )
    SELECT cur.dept AS "departmentId", e.name, cur.year, bool_or(cur."isDemo") AS "isDemo",
           SUM(cur."execBudgetInitial")::text AS budget, SUM(cur."execActual")::text AS actual
    FROM cur
    JOIN "Department" e ON e.id = cur.dept
    GROUP BY cur.dept, e.name, cur.year`;
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const known = new Map(departmentOrder.map((d) => [d.id, d]));
  // Departments that did not report in the selected year still get a row, after the ordered ones.
  const extra = new Map<string, { id: string; name: string }>();
  for (const r of rows) if (!known.has(String(r.departmentId))) extra.set(String(r.departmentId), { id: String(r.departmentId), name: r.name });
  return {
    isDemo: rows.some((r) => r.isDemo),
    departments: [...departmentOrder, ...[...extra.values()].sort((a, b) => a.name.localeCompare(b.name, "zh-CN"))],
    codes: years.map((y) => ({ code: String(y), name: `${y} 年度` })),
    cells: rows
      .filter((r) => r.actual !== null)
      .map((r) => ({ departmentId: String(r.departmentId), code: String(r.year), budget: r.budget, actual: r.actual })),
  };
}
