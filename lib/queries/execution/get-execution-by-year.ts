import "server-only";
import { getPrisma } from "../../db/client";
import { compareNames } from "../../figures/format";
import { sumAmountText } from "../../money";
import type { RegionViewer } from "../region/region-scope";
import type { HeatmapDto } from "../../charts/dto";
import { Prisma } from "../../generated/prisma/client";
import { countedReportsSql, inRegionSql } from "../scope-sql";
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
  return collectExecutionYears(packed);
}

/**
 * Pure: one row per effective department (a merged unit counts under its target) × year, amounts summed like SQL SUM
 * (null only when every addend is null) where several reports meet (merged units, several scopes). Rows come in the
 * order their department-years first appear. A department's entries are in year order, so its several reports of a
 * year are adjacent; only the departments other departments merged into can meet rows of another packed department,
 * so only theirs are looked up by key (at 10,000 departments × 10 years, a key per row was a third of this).
 */
export function collectExecutionYears(packed: ReadonlyArray<PackedDepartment>): ExecutionYearRow[] {
  const targets = new Set<number>();
  for (const row of packed) if (row.mergedIntoId !== null) targets.add(row.mergedIntoId);
  const byKey = new Map<number, ExecutionYearRow>();
  const rows: ExecutionYearRow[] = [];
  const text = (v: string | undefined) => (v === undefined || v === "" ? null : v);
  for (const row of packed) {
    const departmentId = row.mergedIntoId ?? row.departmentId;
    const name = row.targetName ?? row.name;
    const keyed = targets.has(departmentId);
    let last: ExecutionYearRow | undefined;
    for (const entry of row.entries.split(";")) {
      const [y = "", b, a, bf, af] = entry.split(":");
      const year = Number(y);
      // Years are four digits: id × 10,000 + year is a unique, exact number key.
      const seen = keyed ? byKey.get(departmentId * 10000 + year) : last?.year === year ? last : undefined;
      if (seen === undefined) {
        last = { departmentId, name, year, isDemo: row.isDemo, budget: text(b), actual: text(a), budgetFull: text(bf), actualFull: text(af) };
        rows.push(last);
        if (keyed) byKey.set(departmentId * 10000 + year, last);
      } else {
        seen.isDemo ||= row.isDemo;
        seen.budget = sumAmountText([seen.budget, text(b)]);
        seen.actual = sumAmountText([seen.actual, text(a)]);
        seen.budgetFull = sumAmountText([seen.budgetFull, text(bf)]);
        seen.actualFull = sumAmountText([seen.actualFull, text(af)]);
      }
    }
  }
  return rows;
}

/** Pure: rows → the departments × years heatmap against `basis`, departments in `departmentOrder` first. */
export function shapeExecutionByYear(
  rows: ReadonlyArray<ExecutionYearRow>,
  departmentOrder: ReadonlyArray<{ id: string; name: string }>,
  basis: ExecutionBasis = "initial",
): ExecutionByYearDto {
  const years = new Map<number, string>();
  const known = new Set(departmentOrder.map((d) => d.id));
  // Departments that did not report in the selected year still get a row, after the ordered ones.
  const extra = new Map<string, { id: string; name: string }>();
  const cells: HeatmapDto["cells"] = [];
  let isDemo = false;
  // One pass over the 100,000 department-years of a 10,000-department city.
  for (const r of rows) {
    const departmentId = String(r.departmentId);
    const code = years.get(r.year) ?? years.set(r.year, String(r.year)).get(r.year)!;
    isDemo ||= r.isDemo;
    if (!known.has(departmentId) && !extra.has(departmentId)) extra.set(departmentId, { id: departmentId, name: r.name });
    const sides = rollupSides({ execBudget: r.budget, execActual: r.actual, execBudgetFull: r.budgetFull, execActualFull: r.actualFull }, basis);
    if (sides.actual !== null) cells.push({ departmentId, code, ...sides });
  }
  return {
    isDemo,
    basis,
    departments: [...departmentOrder, ...[...extra.values()].sort((a, b) => compareNames(a.name, b.name))],
    codes: [...years.keys()].sort((a, b) => a - b).map((y) => ({ code: String(y), name: `${y} 年度` })),
    cells,
  };
}

/** listExecutionByYear shared by viewers of the same scope until the data changes (lib/queries/page-data-cache.ts). */
export const listExecutionByYear = sharedPerScope("execution-by-year", loadExecutionByYear);
