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

interface DepartmentRow {
  departmentId: number;
  name: string;
  isDemo: boolean;
  /**
   * "code:budgetInitial:actualInitial:budgetFull:actualFull" entries joined by ";" (empty amount = none); null when
   * the department has no 项 line. Each actual is Σ 决算 of the 项 stating that budget (of every 项 when none does).
   */
  entries: string | null;
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
  const packed = await prisma.$queryRaw<DepartmentRow[]>`
    WITH cur AS (
      SELECT r.id, r."isDemo", ${dept} AS dept
      FROM "Report" r JOIN "Department" d ON d.id = r."departmentId"
      WHERE ${countedReportsSql(viewer, "r")} AND r.year = ${year}
    ),
    -- The year's per-report rollups at the level (GpbCodeRollup, kept by triggers on FunctionLine): a few rows per
    -- report instead of every 项 line. One pass serves both the cells and the code names, each row carrying its
    -- department, so no later step joins two CTEs (the planner cannot estimate CTE sizes and once chose a nested loop
    -- of 1,000 reports × 6,000 lines). The id array steers it to the (reportId, level, code) key: one year's reports.
    rolled AS MATERIALIZED (
      SELECT cur.dept, g.code, g.name, g."budgetInitial", g."initialItems", g."actualInitial", g."budgetFull",
             g."fullItems", g."actualFull", g.actual, g.items
      FROM "GpbCodeRollup" g JOIN cur ON cur.id = g."reportId"
      WHERE g."reportId" = ANY(ARRAY(SELECT id FROM cur)) AND g.level = ${level}
    ),
    -- Summing the reports' parts gives what summing their 项 lines gave: each actual is Σ 决算 of the 项 stating the
    -- budget when any does, else of every 项. Rows without 项 (a level line alone, kept for its name) make no cell.
    cells AS (
      SELECT l.dept, l.code,
             SUM(l."budgetInitial") AS bi,
             CASE WHEN SUM(l."initialItems") > 0 THEN SUM(l."actualInitial") ELSE SUM(l.actual) END AS ai,
             SUM(l."budgetFull") AS bf,
             CASE WHEN SUM(l."fullItems") > 0 THEN SUM(l."actualFull") ELSE SUM(l.actual) END AS af
      FROM rolled l
      GROUP BY 1, 2
      HAVING SUM(l.items) > 0
    ),
    -- One row per department with its cells packed as "code:bi:ai:bf:af" (tens of thousands of small rows through the
    -- driver cost several times the query): departments and cells meet in one grouping, not a join of two CTEs.
    packed AS (
      SELECT u.dept, bool_or(u."isDemo") AS "isDemo",
             string_agg(u.code || ':' || COALESCE(u.bi::text, '') || ':' || COALESCE(u.ai::text, '') || ':'
               || COALESCE(u.bf::text, '') || ':' || COALESCE(u.af::text, ''), ';' ORDER BY u.code) AS entries
      FROM (SELECT dept, "isDemo", NULL::text AS code, NULL::numeric AS bi, NULL::numeric AS ai, NULL::numeric AS bf, NULL::numeric AS af FROM cur
            UNION ALL SELECT dept, false, code, bi, ai, bf, af FROM cells) u
      GROUP BY u.dept
    )
    SELECT p.dept AS "departmentId", e.name, p."isDemo", p.entries
    FROM packed p JOIN "Department" e ON e.id = p.dept
    UNION ALL
    -- Row 0 (ids start at 1) carries the level's code names as JSON pairs: names may hold any character.
    SELECT 0, '', false, (SELECT json_agg(json_build_array(n.code, n.name))::text
                          FROM (SELECT code, MIN(name) AS name FROM rolled WHERE name IS NOT NULL GROUP BY code) n)`;
  const namesRow = packed.find((r) => r.departmentId === 0);
  const rows = packed.filter((r) => r.departmentId !== 0);
  const names = JSON.parse(namesRow?.entries ?? "[]") as Array<[string, string]>;
  const nameOf = new Map(names);
  const departments = new Map<number, { id: string; name: string }>();
  const both: Record<ExecutionBasis, HeatmapDto["cells"]> = { initial: [], full: [] };
  const codes = new Set<string>();
  const text = (v: string | undefined) => (v === undefined || v === "" ? null : v);
  for (const row of [...rows].sort((a, b) => a.departmentId - b.departmentId)) {
    const departmentId = String(row.departmentId);
    departments.set(row.departmentId, { id: departmentId, name: row.name });
    for (const entry of row.entries === null ? [] : row.entries.split(";")) {
      const [code = "", bi, ai, bf, af] = entry.split(":");
      codes.add(code);
      both.initial.push({ departmentId, code, budget: text(bi), actual: text(ai) });
      both.full.push({ departmentId, code, budget: text(bf), actual: text(af) });
    }
  }
  const totalsOf = (cells: HeatmapDto["cells"]): ExecutionHeatmapDto["totals"] => {
    const byDepartment = new Map<string, HeatmapDto["cells"]>();
    for (const cell of cells) {
      const list = byDepartment.get(cell.departmentId);
      if (list === undefined) byDepartment.set(cell.departmentId, [cell]);
      else list.push(cell);
    }
    return [...departments.values()].map((d) => {
      const own = byDepartment.get(d.id) ?? [];
      // A department's rate is over the cells stating the budget, like each cell over its 项.
      const budgeted = own.some((c) => c.budget !== null) ? own.filter((c) => c.budget !== null) : own;
      const b = sumAmountText(budgeted.map((c) => c.budget));
      const a = sumAmountText(budgeted.map((c) => c.actual));
      return { departmentId: d.id, budget: b, actual: a, ratePct: executionRatePct(a, b) };
    });
  };
  const totalsBoth = { initial: totalsOf(both.initial), full: totalsOf(both.full) };
  const coverage = { initial: totalsBoth.initial.filter((t) => t.ratePct !== null).length, full: totalsBoth.full.filter((t) => t.ratePct !== null).length };
  const basis = chooseBasis(params.basis, coverage);
  const cells = both[basis];
  const totals = totalsBoth[basis];
  return {
    ...empty,
    basis,
    coverage,
    isDemo: rows.some((r) => r.isDemo),
    departments: sortDepartments([...departments.values()], totals, sort),
    codes: [...codes].sort().map((code) => ({ code, name: nameOf.get(code) ?? "" })),
    cells,
    totals,
  };
}

function sortDepartments(
  departments: Array<{ id: string; name: string }>,
  totals: ExecutionHeatmapDto["totals"],
  sort: ExecutionSort,
): Array<{ id: string; name: string }> {
  const byId = new Map(totals.map((t) => [t.departmentId, t]));
  const num = (v: string | null | undefined) => (v === null || v === undefined ? null : Number(v));
  const byName = (a: { name: string }, b: { name: string }) => compareNames(a.name, b.name);
  return [...departments].sort((a, b) => {
    if (sort === "name") return byName(a, b);
    const key = sort === "size" ? "actual" : "ratePct";
    const x = num(byId.get(a.id)?.[key]);
    const y = num(byId.get(b.id)?.[key]);
    // Missing figures go last; size descending, rate ascending (the lowest execution first is what gets looked at).
    if (x === null || y === null) return x === null && y === null ? byName(a, b) : x === null ? 1 : -1;
    return (sort === "size" ? y - x : x - y) || byName(a, b);
  });
}

/** getExecutionHeatmap shared by viewers of the same scope until the data changes (lib/queries/page-data-cache.ts). */
export const getExecutionHeatmap = sharedPerScope("execution-heatmap", loadExecutionHeatmap);
