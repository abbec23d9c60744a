import "server-only";
import { getPrisma } from "../../db/client";
import { compareNames } from "../../figures/format";
import { sumAmountText } from "../../money";
import type { RegionViewer } from "../region/region-scope";
import type { HeatmapDto } from "../../charts/dto";
import { countedReportsSql } from "../scope-sql";
import { rollupSides, type ExecutionBasis } from "../../figures/execution";
import { sharedPerScope } from "../page-data-cache";

/** Departments × years of the overall execution rate; the heatmap's "code" axis carries the year. */
export interface ExecutionByYearDto extends HeatmapDto {
  isDemo: boolean;
  basis: ExecutionBasis;
}

export interface ExecutionYearRow {
  departmentId: number;
  name: string;
  year: number;
  isDemo: boolean;
  /** Against the 年初预算 (the Report rollup execBudgetInitial / execActual). */
  budget: string | null;
  actual: string | null;
  /** Against the 全年预算 (execBudgetFull / execActualFull). */
  budgetFull: string | null;
  actualFull: string | null;
}

/** One department's current reports packed as "year:bi:ai:bf:af" entries ("" = no amount), with its merge target. */
export interface PackedDepartment {
  departmentId: number;
  mergedIntoId: number | null;
  name: string;
  targetName: string | null;
  isDemo: boolean;
  entries: string;
}

/**
 * Σ 决算 / Σ 预算 (年初 and 全年) of the 一般公共预算 项 lines per department and year (rolled up on Report at import): needs no
 * order, so it runs beside the heatmap query (shapeExecutionByYear orders it). PostgreSQL groups by the
 * stored department (an index-friendly key) and packs its reports into one text value: moving 100,000 small rows
 * through the driver cost 4–5× the query itself (PGlite and PostgreSQL alike).
 */
async function loadExecutionByYear(viewer: RegionViewer): Promise<ExecutionYearRow[]> {
  const prisma = await getPrisma();
  const packed = await prisma.$queryRaw<PackedDepartment[]>`
    SELECT g."departmentId", d."mergedIntoId", d.name, t.name AS "targetName", g."isDemo", g.entries
    FROM (
      -- Entries in year order whatever the plan: the cells' order reaches the chart's table and its exports.
      SELECT r."departmentId", bool_or(r."isDemo") AS "isDemo",
             string_agg(r.year || ':' || COALESCE(r."execBudgetInitial"::text, '') || ':' || COALESCE(r."execActual"::text, '')
               || ':' || COALESCE(r."execBudgetFull"::text, '') || ':' || COALESCE(r."execActualFull"::text, ''), ';' ORDER BY r.year, r.id) AS entries
      FROM "Report" r WHERE ${countedReportsSql(viewer, "r")}
      GROUP BY r."departmentId"
    ) g
    JOIN "Department" d ON d.id = g."departmentId" LEFT JOIN "Department" t ON t.id = d."mergedIntoId"`;
  return collectExecutionYears(packed);
}

/**
 * Pure: one row per effective department (a merged unit counts under its target) × year, amounts summed like SQL SUM
 * (null only when every addend is null) where several reports meet (merged units, several scopes).
 */
export function collectExecutionYears(packed: ReadonlyArray<PackedDepartment>): ExecutionYearRow[] {
  const byKey = new Map<number, ExecutionYearRow>();
  for (const row of packed) {
    const departmentId = row.mergedIntoId ?? row.departmentId;
    const name = row.targetName ?? row.name;
    for (const entry of row.entries.split(";")) {
      const [y = "", b = "", a = "", bf = "", af = ""] = entry.split(":");
      const year = Number(y);
      const budget = b === "" ? null : b;
      const actual = a === "" ? null : a;
      const budgetFull = bf === "" ? null : bf;
      const actualFull = af === "" ? null : af;
      // Years are four digits: id × 10,000 + year is a unique, exact number key.
      const key = departmentId * 10000 + year;
      const seen = byKey.get(key);
      byKey.set(key, seen === undefined
        ? { departmentId, name, year, isDemo: row.isDemo, budget, actual, budgetFull, actualFull }
        : {
            ...seen,
            isDemo: seen.isDemo || row.isDemo,
            budget: sumAmountText([seen.budget, budget]),
            actual: sumAmountText([seen.actual, actual]),
            budgetFull: sumAmountText([seen.budgetFull, budgetFull]),
            actualFull: sumAmountText([seen.actualFull, actualFull]),
          });
    }
  }
  return [...byKey.values()];
}

/** Pure: rows → the departments × years heatmap against `basis`, departments in `departmentOrder` first. */
export function shapeExecutionByYear(
  rows: ReadonlyArray<ExecutionYearRow>,
  departmentOrder: ReadonlyArray<{ id: string; name: string }>,
  basis: ExecutionBasis = "initial",
): ExecutionByYearDto {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const known = new Map(departmentOrder.map((d) => [d.id, d]));
  // Departments that did not report in the selected year still get a row, after the ordered ones.
  const extra = new Map<string, { id: string; name: string }>();
  for (const r of rows) if (!known.has(String(r.departmentId))) extra.set(String(r.departmentId), { id: String(r.departmentId), name: r.name });
  return {
    isDemo: rows.some((r) => r.isDemo),
    basis,
    departments: [...departmentOrder, ...[...extra.values()].sort((a, b) => compareNames(a.name, b.name))],
    codes: years.map((y) => ({ code: String(y), name: `${y} 年度` })),
    cells: rows
      .map((r) => ({ departmentId: String(r.departmentId), code: String(r.year), ...rollupSides({ execBudget: r.budget, execActual: r.actual, execBudgetFull: r.budgetFull, execActualFull: r.actualFull }, basis) }))
      .filter((c) => c.actual !== null),
  };
}

/** listExecutionByYear shared by viewers of the same scope until the data changes (lib/queries/page-data-cache.ts). */
export const listExecutionByYear = sharedPerScope("execution-by-year", loadExecutionByYear);
