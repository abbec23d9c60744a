import { getPrisma } from "../../db/client";
import { compareNames } from "../../format";
import { sumAmountText } from "../../money";
import type { Viewer } from "../../auth/viewer";
import type { HeatmapDto } from "../../charts/dto";
import { currentReportsSql } from "../scope-sql";
import { effectiveDepartmentSql } from "../overview/cross-sql";

/** Departments × years of the overall execution rate; the heatmap's "code" axis carries the year. */
export interface ExecutionByYearDto extends HeatmapDto {
  isDemo: boolean;
}

export interface ExecutionYearRow {
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
  return shapeExecutionByYear(await listExecutionByYear(viewer), departmentOrder);
}

/**
 * The rows behind getExecutionByYear: needs no order, so it can run beside the heatmap query. One row per department
 * carries its reports as "year:budget:actual" entries: moving 100,000 small rows through the driver cost 4–5× the
 * query itself (PGlite and PostgreSQL alike); several reports of one department-year (merged units, several scopes)
 * are summed afterwards.
 */
export async function listExecutionByYear(viewer: Viewer): Promise<ExecutionYearRow[]> {
  const prisma = await getPrisma();
  const dept = effectiveDepartmentSql("d");
  const packed = await prisma.$queryRaw<Array<{ departmentId: number; name: string; isDemo: boolean; entries: string }>>`
    SELECT ${dept} AS "departmentId", MIN(e.name) AS name, bool_or(r."isDemo") AS "isDemo",
           string_agg(r.year || ':' || COALESCE(r."execBudgetInitial"::text, '') || ':' || COALESCE(r."execActual"::text, ''), ';') AS entries
    FROM "Report" r JOIN "Department" d ON d.id = r."departmentId" JOIN "Department" e ON e.id = ${dept}
    WHERE ${currentReportsSql(viewer, "r")}
    GROUP BY ${dept}`;
  return sumByDepartmentYear(packed.flatMap(unpackEntries));
}

/** Pure: a packed department row → one row per report entry ("" = no amount). */
export function unpackEntries(row: { departmentId: number; name: string; isDemo: boolean; entries: string }): ExecutionYearRow[] {
  return row.entries.split(";").map((entry) => {
    const [year = "", budget = "", actual = ""] = entry.split(":");
    return {
      departmentId: row.departmentId, name: row.name, year: Number(year), isDemo: row.isDemo,
      budget: budget === "" ? null : budget, actual: actual === "" ? null : actual,
    };
  });
}

/** Pure: one row per department × year, amounts summed like SQL SUM (null only when every addend is null). */
export function sumByDepartmentYear(rows: ReadonlyArray<ExecutionYearRow>): ExecutionYearRow[] {
  const byKey = new Map<string, ExecutionYearRow[]>();
  for (const row of rows) {
    const key = `${row.departmentId}:${row.year}`;
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [row]);
    else list.push(row);
  }
  return [...byKey.values()].map((group) => {
    const first = group[0]!;
    if (group.length === 1) return first;
    return {
      ...first,
      isDemo: group.some((r) => r.isDemo),
      budget: sumAmountText(group.map((r) => r.budget)),
      actual: sumAmountText(group.map((r) => r.actual)),
    };
  });
}

/** Pure: rows → the departments × years heatmap, departments in `departmentOrder` first. */
export function shapeExecutionByYear(
  rows: ReadonlyArray<ExecutionYearRow>,
  departmentOrder: ReadonlyArray<{ id: string; name: string }>,
): ExecutionByYearDto {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const known = new Map(departmentOrder.map((d) => [d.id, d]));
  // Departments that did not report in the selected year still get a row, after the ordered ones.
  const extra = new Map<string, { id: string; name: string }>();
  for (const r of rows) if (!known.has(String(r.departmentId))) extra.set(String(r.departmentId), { id: String(r.departmentId), name: r.name });
  return {
    isDemo: rows.some((r) => r.isDemo),
    departments: [...departmentOrder, ...[...extra.values()].sort((a, b) => compareNames(a.name, b.name))],
    codes: years.map((y) => ({ code: String(y), name: `${y} 年度` })),
    cells: rows
      .filter((r) => r.actual !== null)
      .map((r) => ({ departmentId: String(r.departmentId), code: String(r.year), budget: r.budget, actual: r.actual })),
  };
}
