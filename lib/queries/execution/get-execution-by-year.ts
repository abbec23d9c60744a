import { getPrisma } from "../../db/client";
import { compareNames } from "../../format";
import { sumAmountText } from "../../money";
import type { Viewer } from "../../auth/viewer";
import type { HeatmapDto } from "../../charts/dto";
import { currentReportsSql } from "../scope-sql";

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

/** One department's current reports packed as "year:budget:actual" entries ("" = no amount), with its merge target. */
export interface PackedDepartment {
  departmentId: number;
  mergedIntoId: number | null;
  name: string;
  targetName: string | null;
  isDemo: boolean;
  entries: string;
}

/**
 * Σ 决算 / Σ 年初预算 of the 一般公共预算 项 lines per department and year (rolled up on Report at import): needs no
 * order, so it runs beside the heatmap query (shapeExecutionByYear orders it). PostgreSQL groups by the
 * stored department (an index-friendly key) and packs its reports into one text value: moving 100,000 small rows
 * through the driver cost 4–5× the query itself (PGlite and PostgreSQL alike).
 */
export async function listExecutionByYear(viewer: Viewer): Promise<ExecutionYearRow[]> {
  const prisma = await getPrisma();
  const packed = await prisma.$queryRaw<PackedDepartment[]>`
    SELECT g."departmentId", d."mergedIntoId", d.name, t.name AS "targetName", g."isDemo", g.entries
    FROM (
      SELECT r."departmentId", bool_or(r."isDemo") AS "isDemo",
             string_agg(r.year || ':' || COALESCE(r."execBudgetInitial"::text, '') || ':' || COALESCE(r."execActual"::text, ''), ';') AS entries
      FROM "Report" r WHERE ${currentReportsSql(viewer, "r")}
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
      const [y = "", b = "", a = ""] = entry.split(":");
      const year = Number(y);
      const budget = b === "" ? null : b;
      const actual = a === "" ? null : a;
      // Years are four digits: id × 10,000 + year is a unique, exact number key.
      const key = departmentId * 10000 + year;
      const seen = byKey.get(key);
      byKey.set(key, seen === undefined
        ? { departmentId, name, year, isDemo: row.isDemo, budget, actual }
        : { ...seen, isDemo: seen.isDemo || row.isDemo, budget: sumAmountText([seen.budget, budget]), actual: sumAmountText([seen.actual, actual]) });
    }
  }
  return [...byKey.values()];
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
