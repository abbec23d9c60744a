import { Prisma } from "../../generated/prisma/client";
import { getPrisma } from "../../db/client";
import type { Viewer } from "../../auth/viewer";
import type { HeatmapDto } from "../../charts/dto";
import { currentReportsSql } from "../scope-sql";
import { effectiveDepartmentSql } from "../overview/cross-sql";

interface CellRow {
  departmentId: number;
  department: string;
  code: string;
  name: string | null;
  budget: string | null;
  actual: string | null;
}

/**
 * Departments × 类 execution for a year (一般公共预算 项 lines summed per 类: 年初预算 vs 决算). A 类 whose 项 do not
 * all state a 年初预算 has no budget (a partial sum would understate it and inflate the rate). Seam: the deck and /api/charts read the heatmap through this one function, so when
 * lib/queries/execution publishes its own heatmap query this file becomes a re-export of it.
 */
export async function getExecutionHeatmap(viewer: Viewer, year: number): Promise<HeatmapDto> {
  const prisma = await getPrisma();
  const dept = effectiveDepartmentSql("d");
  const rows = await prisma.$queryRaw<CellRow[]>`
    SELECT ${dept} AS "departmentId", e.name AS department, f."classCode" AS code,
           MIN(c.name) AS name,
           CASE WHEN COUNT(f."budgetInitial") = COUNT(*) THEN SUM(f."budgetInitial")::text END AS budget, SUM(f.total)::text AS actual
    FROM "FunctionLine" f
    JOIN "Report" r ON r.id = f."reportId"
    JOIN "Department" d ON d.id = r."departmentId"
    JOIN "Department" e ON e.id = ${dept}
    LEFT JOIN "FunctionLine" c ON c."reportId" = f."reportId" AND c."table" = 'gpb' AND c.code = f."classCode"
    WHERE ${currentReportsSql(viewer, "r")} AND r.year = ${year} AND f."table" = 'gpb' AND f.level = '项'
    GROUP BY ${dept}, e.name, f."classCode"
    ORDER BY e.name, f."classCode"`;
  const departments = new Map<number, string>();
  const codes = new Map<string, string>();
  for (const row of rows) {
    departments.set(row.departmentId, row.department);
    if (!codes.has(row.code) || codes.get(row.code) === row.code) codes.set(row.code, row.name ?? row.code);
  }
  return {
    departments: [...departments.entries()].map(([id, name]) => ({ id: String(id), name })),
    codes: [...codes.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, name]) => ({ code, name })),
    cells: rows.map((row) => ({ departmentId: String(row.departmentId), code: row.code, budget: row.budget, actual: row.actual })),
  };
}
