import "server-only";
import { getPrisma } from "../../db/client";
import { regionInfo, type RegionInfo, type RegionViewer } from "../region/region-scope";
import type { FunctionLevel, HeatmapDto } from "../../charts/dto";
import { sumAmountText } from "../../money";
import { countedReportsSql } from "../scope-sql";
import { pickYear } from "../list-years";
import { listReportYears } from "../overview/list-report-years";
import { effectiveDepartmentSql } from "../overview/cross-sql";
import { compareNames } from "../../figures/format";
import { chooseBasis, executionRatePct, type ExecutionBasis } from "../../figures/execution";
import { sharedPerScope } from "../page-data-cache";

export type ExecutionSort = "name" | "size" | "rate";
export const EXECUTION_SORTS: ReadonlyArray<ExecutionSort> = ["name", "size", "rate"];
export const EXECUTION_LEVELS: ReadonlyArray<FunctionLevel> = ["类", "款", "项"];

export interface ExecutionHeatmapDto extends HeatmapDto {
  years: number[];
  year: number | null;
  level: FunctionLevel;
  sort: ExecutionSort;
  isDemo: boolean;
  /** The region the figures are computed in (?region=, or the home region). */
  region: RegionInfo;
  /** The denominator of every rate: 年初预算 or 全年预算 (`?basis=`, else the one more departments state). */
  basis: ExecutionBasis;
  /** Departments with an overall rate against each budget (the selector says what the other basis would show). */
  coverage: Record<ExecutionBasis, number>;
  /** Per department: Σ budget, Σ actual and the overall rate against `basis` (sorting and the row tooltip). */
  totals: Array<{ departmentId: string; budget: string | null; actual: string | null; ratePct: string | null }>;
}

/** One counted report of the year with its department (merged units under their target) and packed cells. */
interface ReportRow {
  departmentId: number;
  name: string;
  isDemo: boolean;
  /** GpbCellPack.cells: "code:bi:ai:bf:af" entries joined by ";" ("" amount = none); null when the report has no gpb line. */
  entries: string | null;
}

interface DepartmentRow {
  departmentId: number;
  name: string;
  isDemo: boolean;
  /** The department's cells in the same packing, in code order; null when it has none. */
  entries: string | null;
}

/**
 * Pure: the year's counted reports → one row per department. A department's one report is its row; several (merged
 * units, several scopes) are summed code by code as the heatmap sums their 项: Σ budget, and each actual over the
 * reports stating that budget when any does (a report states it exactly when its budget is not null), else over all.
 */
function departmentRows(reports: ReadonlyArray<ReportRow>): DepartmentRow[] {
  const byDepartment = new Map<number, ReportRow[]>();
  for (const report of reports) {
    const list = byDepartment.get(report.departmentId);
    if (list === undefined) byDepartment.set(report.departmentId, [report]);
    else list.push(report);
  }
  return [...byDepartment.values()].map((own) => {
    const first = own[0]!;
    const entries = own.map((r) => r.entries).filter((e): e is string => e !== null && e !== "");
    return {
      departmentId: first.departmentId,
      name: first.name,
      isDemo: own.some((r) => r.isDemo),
      entries: entries.length === 0 ? null : entries.length === 1 ? entries[0]! : mergeEntries(entries),
    };
  });
}

function mergeEntries(packs: ReadonlyArray<string>): string {
  const byCode = new Map<string, string[][]>();
  for (const pack of packs) {
    for (const entry of pack.split(";")) {
      const [code = "", ...amounts] = entry.split(":");
      const list = byCode.get(code);
      if (list === undefined) byCode.set(code, [amounts]);
      else list.push(amounts);
    }
  }
  const text = (v: string | undefined) => (v === undefined || v === "" ? null : v);
  const side = (parts: ReadonlyArray<string[]>, budgetAt: number): [string, string] => {
    const stating = parts.filter((p) => text(p[budgetAt]) !== null);
    const over = stating.length > 0 ? stating : parts;
    return [sumAmountText(parts.map((p) => text(p[budgetAt]))) ?? "", sumAmountText(over.map((p) => text(p[budgetAt + 1]))) ?? ""];
  };
  return [...byCode.keys()].sort().map((code) => [code, ...side(byCode.get(code)!, 0), ...side(byCode.get(code)!, 2)].join(":")).join(";");
}

export function parseLevel(raw: string | string[] | undefined): FunctionLevel {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return EXECUTION_LEVELS.find((l) => l === value) ?? "类";
}

export function parseSort(raw: string | string[] | undefined): ExecutionSort {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return EXECUTION_SORTS.find((s) => s === value) ?? "size";
}

/**
 * 执行率 heatmap: departments × functional codes at `level`, cell = Σ 决算 / Σ 预算 (年初 or 全年) of the 一般公共预算 项
 * lines under the code that state that budget (the narrative states budgets per 项, so 类/款 cells roll their 项 up).
 * Every reporting department is a row, including one without any 项 line (drawn as 无数据): nothing is cut off.
 */
async function loadExecutionHeatmap(
  viewer: RegionViewer,
  params: { year?: string | string[]; level?: string | string[]; sort?: string | string[]; basis?: string | string[] },
): Promise<ExecutionHeatmapDto> {
  const years = await listReportYears(viewer);
  const year = pickYear(params.year, years);
  const level = parseLevel(params.level);
  const sort = parseSort(params.sort);
  const none = { initial: 0, full: 0 };
  const empty: ExecutionHeatmapDto = {
    years, year, level, sort, isDemo: false, region: regionInfo(viewer), basis: chooseBasis(params.basis, none), coverage: none, departments: [], codes: [], cells: [], totals: [],
  };
  if (year === null) return empty;
  const prisma = await getPrisma();
  const dept = effectiveDepartmentSql("d");
  const reports = await prisma.$queryRaw<ReportRow[]>`
    WITH cur AS (
      SELECT r.id, r."isDemo", ${dept} AS dept
      FROM "Report" r JOIN "Department" d ON d.id = r."departmentId"
      WHERE ${countedReportsSql(viewer, "r")} AND r.year = ${year}
    ),
    -- Each counted report's cells at the level, packed at import (GpbCellPack, kept with GpbCodeRollup by the triggers
    -- on FunctionLine): one row per report, where grouping and packing its rollups took most of the statement.
    packs AS MATERIALIZED (
      SELECT cur.dept, cur."isDemo", p.cells, p.names
      FROM cur LEFT JOIN "GpbCellPack" p ON p."reportId" = cur.id AND p.level = ${level}
    )
    SELECT packs.dept AS "departmentId", e.name, packs."isDemo", packs.cells AS entries
    FROM packs JOIN "Department" e ON e.id = packs.dept
    UNION ALL
    -- Row 0 (ids start at 1) carries the level's code names as JSON pairs (names may hold any character): MIN over the
    -- reports' names as over their lines, read once per distinct set of names (most reports name their codes alike).
    SELECT 0, '', false, (SELECT json_agg(json_build_array(n.code, n.name))::text
                          FROM (SELECT x.pair->>0 AS code, MIN(x.pair->>1) AS name
                                FROM (SELECT DISTINCT names FROM packs WHERE names IS NOT NULL) s
                                CROSS JOIN json_array_elements(s.names::json) x(pair)
                                GROUP BY 1) n)`;
  const namesRow = reports.find((r) => r.departmentId === 0);
  const rows = departmentRows(reports.filter((r) => r.departmentId !== 0));
  const names = JSON.parse(namesRow?.entries ?? "[]") as Array<[string, string]>;
  const nameOf = new Map(names);
  const departments: Array<{ id: string; name: string }> = [];
  const both: Record<ExecutionBasis, HeatmapDto["cells"]> = { initial: [], full: [] };
  const totalsBoth: Record<ExecutionBasis, ExecutionHeatmapDto["totals"]> = { initial: [], full: [] };
  const codes = new Set<string>();
  const text = (v: string | undefined) => (v === undefined || v === "" ? null : v);
  for (const row of [...rows].sort((a, b) => a.departmentId - b.departmentId)) {
    const departmentId = String(row.departmentId);
    departments.push({ id: departmentId, name: row.name });
    const own: Record<ExecutionBasis, HeatmapDto["cells"]> = { initial: [], full: [] };
    for (const entry of row.entries === null ? [] : row.entries.split(";")) {
      const [code = "", bi, ai, bf, af] = entry.split(":");
      codes.add(code);
      own.initial.push({ departmentId, code, budget: text(bi), actual: text(ai) });
      own.full.push({ departmentId, code, budget: text(bf), actual: text(af) });
    }
    for (const basis of ["initial", "full"] as const) {
      both[basis].push(...own[basis]);
      totalsBoth[basis].push(departmentTotal(departmentId, own[basis]));
    }
  }
  const coverage = { initial: totalsBoth.initial.filter((t) => t.ratePct !== null).length, full: totalsBoth.full.filter((t) => t.ratePct !== null).length };
  const basis = chooseBasis(params.basis, coverage);
  const cells = both[basis];
  const totals = totalsBoth[basis];
  return {
    ...empty,
    basis,
    coverage,
    isDemo: rows.some((r) => r.isDemo),
    departments: sortDepartments(departments, totals, sort),
    codes: [...codes].sort().map((code) => ({ code, name: nameOf.get(code) ?? "" })),
    cells,
    totals,
  };
}

/** A department's rate is over the cells stating the budget, like each cell over its 项. */
function departmentTotal(departmentId: string, own: HeatmapDto["cells"]): ExecutionHeatmapDto["totals"][number] {
  const budgeted = own.some((c) => c.budget !== null) ? own.filter((c) => c.budget !== null) : own;
  const budget = sumAmountText(budgeted.map((c) => c.budget));
  const actual = sumAmountText(budgeted.map((c) => c.actual));
  return { departmentId, budget, actual, ratePct: executionRatePct(actual, budget) };
}

function sortDepartments(
  departments: Array<{ id: string; name: string }>,
  totals: ExecutionHeatmapDto["totals"],
  sort: ExecutionSort,
): Array<{ id: string; name: string }> {
  const byName = (a: { name: string }, b: { name: string }) => compareNames(a.name, b.name);
  if (sort === "name") return [...departments].sort(byName);
  const key = sort === "size" ? "actual" : "ratePct";
  // Each department's figure as a number once, not at each of the sort's 140,000 comparisons (10,000 departments).
  const figure = new Map(totals.map((t) => [t.departmentId, t[key] === null ? null : Number(t[key])]));
  const keyed = departments.map((d) => ({ d, x: figure.get(d.id) ?? null }));
  keyed.sort((a, b) => {
    // Missing figures go last; size descending, rate ascending (the lowest execution first is what gets looked at).
    if (a.x === null || b.x === null) return a.x === null && b.x === null ? byName(a.d, b.d) : a.x === null ? 1 : -1;
    return (sort === "size" ? b.x - a.x : a.x - b.x) || byName(a.d, b.d);
  });
  return keyed.map((k) => k.d);
}

/** getExecutionHeatmap shared by viewers of the same scope until the data changes (lib/queries/page-data-cache.ts). */
export const getExecutionHeatmap = sharedPerScope("execution-heatmap", loadExecutionHeatmap);
