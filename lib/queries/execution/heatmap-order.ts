import type { HeatmapDto } from "../../charts/dto";
import { sumAmountText } from "../../money";
import { compareNames } from "../../figures/format";
import { chooseBasis, executionRatePct, type ExecutionBasis } from "../../figures/execution";

/**
 * Pure parts of the 执行率 heatmap (get-execution-heatmap.ts reads the rows): one row per department, each
 * department's overall figures and the departments' order — all the by-year heatmap needs — and, for the heatmap
 * itself, its cells against the chosen budget.
 */

export type ExecutionSort = "name" | "size" | "rate";

/** One counted report of the year with its department (merged units under their target) and packed cells. */
export interface ReportRow {
  departmentId: number;
  name: string;
  isDemo: boolean;
  /** GpbCellPack.cells: "code:bi:ai:bf:af" entries joined by ";" ("" amount = none); null when the report has no gpb line. */
  entries: string | null;
}

export interface DepartmentRow {
  departmentId: number;
  name: string;
  isDemo: boolean;
  /** The department's cells in the same packing, in code order; null when it has none. */
  entries: string | null;
}

export type DepartmentTotal = { departmentId: string; budget: string | null; actual: string | null; ratePct: string | null };

/** The heatmap's departments in their order, with what decided it. */
export interface HeatmapOrder {
  isDemo: boolean;
  basis: ExecutionBasis;
  coverage: Record<ExecutionBasis, number>;
  /** Sorted by `sort`. */
  departments: Array<{ id: string; name: string }>;
  /** Against `basis`, in ascending department id. */
  totals: DepartmentTotal[];
}

/**
 * Pure: the year's counted reports → one row per department, in ascending id. A department's one report is its row;
 * several (merged units, several scopes) are summed code by code as the heatmap sums their 项: Σ budget, and each
 * actual over the reports stating that budget when any does (a report states it exactly when its budget is not null),
 * else over all.
 */
export function departmentRows(reports: ReadonlyArray<ReportRow>): DepartmentRow[] {
  const byDepartment = new Map<number, ReportRow[]>();
  for (const report of reports) {
    const list = byDepartment.get(report.departmentId);
    if (list === undefined) byDepartment.set(report.departmentId, [report]);
    else list.push(report);
  }
  const rows = [...byDepartment.values()].map((own) => {
    const first = own[0]!;
    const entries = own.map((r) => r.entries).filter((e): e is string => e !== null && e !== "");
    return {
      departmentId: first.departmentId,
      name: first.name,
      isDemo: own.some((r) => r.isDemo),
      entries: entries.length === 0 ? null : entries.length === 1 ? entries[0]! : mergeEntries(entries),
    };
  });
  return rows.sort((a, b) => a.departmentId - b.departmentId);
}

const text = (v: string | undefined) => (v === undefined || v === "" ? null : v);

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
  const side = (parts: ReadonlyArray<string[]>, budgetAt: number): [string, string] => {
    const stating = parts.filter((p) => text(p[budgetAt]) !== null);
    const over = stating.length > 0 ? stating : parts;
    return [sumAmountText(parts.map((p) => text(p[budgetAt]))) ?? "", sumAmountText(over.map((p) => text(p[budgetAt + 1]))) ?? ""];
  };
  return [...byCode.keys()].sort().map((code) => [code, ...side(byCode.get(code)!, 0), ...side(byCode.get(code)!, 2)].join(":")).join(";");
}

/**
 * "-1234.5" in text[from, to) → -123450 cents, exact: NaN when it is not a plain amount of at most 15 digits (an
 * integer below 2^53, which a double holds exactly), and the caller then sums the amounts as text.
 */
function centsAt(source: string, from: number, to: number): number {
  let p = from;
  const negative = source.charCodeAt(p) === 45;
  if (negative) p += 1;
  let whole = 0;
  let digits = 0;
  for (; p < to && source.charCodeAt(p) !== 46; p += 1, digits += 1) {
    const d = source.charCodeAt(p) - 48;
    if (d < 0 || d > 9) return NaN;
    whole = whole * 10 + d;
  }
  let cents = 0;
  const decimals = p < to ? to - p - 1 : 0;
  if (digits === 0 || decimals > 2 || (p < to && decimals === 0) || digits > 13) return NaN;
  for (let q = p + 1, scale = 10; q < to; q += 1, scale /= 10) {
    const d = source.charCodeAt(q) - 48;
    if (d < 0 || d > 9) return NaN;
    cents += d * scale;
  }
  const value = whole * 100 + cents;
  return negative ? -value : value;
}

/** -123450 cents → "-1234.50" (as centsToString writes a bigint). */
function centsText(cents: number): string {
  const digits = String(Math.abs(cents)).padStart(3, "0");
  return `${cents < 0 ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * A department's overall figures against the budget at `side` (0: 年初, 2: 全年) of its packed cells: like each cell
 * over its 项, Σ budget and Σ actual over the cells stating the budget, over every cell when none does. Summed in
 * integer cents read from the text (no amount string, no bigint per cell: at 10,000 departments × 15 类 that was
 * a fifth of the heatmap); any amount that is not a plain one, or a sum past 2^53 cents, is summed as text instead.
 */
export function departmentTotal(departmentId: string, entries: string | null, side: 0 | 2): DepartmentTotal {
  const sums = entries === null ? { budget: null, actual: null } : (sumSideCents(entries, side) ?? sumSideText(entries, side));
  return { departmentId, ...sums, ratePct: executionRatePct(sums.actual, sums.budget) };
}

/**
 * departmentTotal's sums in integer cents; null when an amount is not plain or a sum passes 2^53 cents. Entries are
 * "code:bi:ai:bf:af": the budget is field side + 1 and its actual the next one; the fields are found with indexOf and
 * only those two are read.
 */
export function sumSideCents(entries: string, side: 0 | 2): { budget: string | null; actual: string | null } | null {
  let budget = 0;
  let stated = 0;
  let statedActual = 0;
  let statedActuals = 0;
  let allActual = 0;
  let allActuals = 0;
  for (let at = 0; at <= entries.length; ) {
    const semicolon = entries.indexOf(";", at);
    const end = semicolon < 0 ? entries.length : semicolon;
    // The start of the budget's field, -1 when the entry has none.
    let from = at;
    for (let k = 0; k <= side && from >= 0; k += 1) {
      const colon = entries.indexOf(":", from);
      from = colon < 0 || colon >= end ? -1 : colon + 1;
    }
    if (from >= 0) {
      const colon = entries.indexOf(":", from);
      const budgetEnd = colon < 0 || colon > end ? end : colon;
      const hasBudget = budgetEnd > from;
      if (hasBudget) {
        budget += centsAt(entries, from, budgetEnd);
        stated += 1;
      }
      if (budgetEnd < end) {
        const next = entries.indexOf(":", budgetEnd + 1);
        const actualEnd = next < 0 || next > end ? end : next;
        if (actualEnd > budgetEnd + 1) {
          const actual = centsAt(entries, budgetEnd + 1, actualEnd);
          allActual += actual;
          allActuals += 1;
          if (hasBudget) {
            statedActual += actual;
            statedActuals += 1;
          }
        }
      }
    }
    // A non-plain amount (NaN) or a sum past 2^53 is not a safe integer.
    if (!Number.isSafeInteger(budget) || !Number.isSafeInteger(allActual) || !Number.isSafeInteger(statedActual)) return null;
    at = end + 1;
  }
  if (stated > 0) return { budget: centsText(budget), actual: statedActuals > 0 ? centsText(statedActual) : null };
  return { budget: null, actual: allActuals > 0 ? centsText(allActual) : null };
}

/** sumSideCents for amounts that are not plain ones, as text. */
function sumSideText(entries: string, side: 0 | 2): { budget: string | null; actual: string | null } {
  const cells = entries.split(";").map((entry) => entry.split(":")).map((f) => ({ budget: text(f[side + 1]), actual: text(f[side + 2]) }));
  const budgeted = cells.some((c) => c.budget !== null) ? cells.filter((c) => c.budget !== null) : cells;
  return { budget: sumAmountText(budgeted.map((c) => c.budget)), actual: sumAmountText(budgeted.map((c) => c.actual)) };
}

/** Pure: the department rows (ascending id) → each one's overall figures against both budgets, the basis and the order. */
export function heatmapOrder(rows: ReadonlyArray<DepartmentRow>, sort: ExecutionSort, basisParam: string | string[] | undefined): HeatmapOrder {
  const both = {
    initial: rows.map((row) => departmentTotal(String(row.departmentId), row.entries, 0)),
    full: rows.map((row) => departmentTotal(String(row.departmentId), row.entries, 2)),
  };
  const coverage = { initial: both.initial.filter((t) => t.ratePct !== null).length, full: both.full.filter((t) => t.ratePct !== null).length };
  const basis = chooseBasis(basisParam, coverage);
  const totals = both[basis];
  const departments = rows.map((row) => ({ id: String(row.departmentId), name: row.name }));
  return { isDemo: rows.some((r) => r.isDemo), basis, coverage, departments: sortDepartments(departments, totals, sort), totals };
}

/** Pure: the rows' cells against `basis` (department by department, codes in order) and every code they name, sorted. */
export function heatmapCells(rows: ReadonlyArray<DepartmentRow>, basis: ExecutionBasis): { cells: HeatmapDto["cells"]; codes: string[] } {
  const at = basis === "initial" ? 1 : 3;
  const cells: HeatmapDto["cells"] = [];
  const codes = new Set<string>();
  for (const row of rows) {
    if (row.entries === null) continue;
    const departmentId = String(row.departmentId);
    for (const entry of row.entries.split(";")) {
      const fields = entry.split(":");
      const code = fields[0] ?? "";
      codes.add(code);
      cells.push({ departmentId, code, budget: text(fields[at]), actual: text(fields[at + 1]) });
    }
  }
  return { cells, codes: [...codes].sort() };
}

function sortDepartments(departments: Array<{ id: string; name: string }>, totals: DepartmentTotal[], sort: ExecutionSort): Array<{ id: string; name: string }> {
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
