import { compareNames } from "../../figures/format";
import { sumAmountText } from "../../money";
import type { ExecutionBasis } from "../../figures/execution";
import type { HeatmapDto } from "../../charts/dto";
import type { HeatmapColumns } from "../../charts/heatmap-columns";

/** Departments × years of the overall execution rate; the heatmap's "code" axis carries the year. */
export interface ExecutionByYearDto extends HeatmapDto {
  isDemo: boolean;
  basis: ExecutionBasis;
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
 * A viewer's by-year figures, kept as the text they were read in: per department-year only numbers — where its four
 * amounts start in `texts` — not an object or four strings each (at 10,000 departments × 10 years, 100,000 objects
 * and their garbage were most of the by-year fetch). Each heatmap takes the two amounts of its basis from the text.
 */
export interface ExecutionYears {
  /** Effective departments (a merged unit counts under its target), in the order their first year appears. */
  departments: Array<{ id: string; name: string }>;
  isDemo: boolean;
  /** The years any department reports, ascending. */
  years: number[];
  /**
   * The packed departments' entries as read, then the department-years several reports meet in (merged units,
   * several scopes) as their summed "bi:ai:bf:af".
   */
  texts: string[];
  /** Per department-year, in the order they first appear: its department's index in `departments` and its year… */
  department: number[];
  year: number[];
  /** …and where its amounts "bi:ai:bf:af" start: in texts[source[i]] at offset[i]. */
  source: number[];
  offset: number[];
}

/** Where a basis's budget sits among a department-year's four amounts (its actual is the next one). */
const SIDE: Record<ExecutionBasis, number> = { initial: 0, full: 2 };

/** The `k`th of the amounts starting at `at` (an entry ends at ";" or the text's end; a missing amount is none). */
function amountAt(text: string, at: number, k: number): string {
  const semicolon = text.indexOf(";", at);
  const end = semicolon < 0 ? text.length : semicolon;
  let from = at;
  for (let j = 0; j < k; j += 1) {
    const colon = text.indexOf(":", from);
    if (colon < 0 || colon >= end) return "";
    from = colon + 1;
  }
  const colon = text.indexOf(":", from);
  return text.slice(from, colon < 0 || colon > end ? end : colon);
}

/** Two amounts summed like SQL SUM: none only when both are none. */
const plus = (a: string, b: string): string => (a === "" ? b : b === "" ? a : sumAmountText([a, b])!);

/**
 * Pure: the packed departments → one department-year per effective department × year, amounts summed where several
 * reports meet (merged units, several scopes). A department's entries are in year order, so its several reports of a
 * year are adjacent; only the departments other departments merged into can meet entries of another packed
 * department, so only theirs are looked up by key. Entries are read in place: only the years are parsed.
 */
export function collectExecutionYears(packed: ReadonlyArray<PackedDepartment>): ExecutionYears {
  const targets = new Set<number>();
  for (const row of packed) if (row.mergedIntoId !== null) targets.add(row.mergedIntoId);
  const texts = packed.map((row) => row.entries);
  const out: ExecutionYears = { departments: [], isDemo: false, years: [], texts, department: [], year: [], source: [], offset: [] };
  const { department, year, source, offset } = out;
  const indexOf = new Map<number, number>();
  // Years are four digits: id × 10,000 + year is a unique, exact number key.
  const byKey = new Map<number, number>();
  const seenYears = new Set<number>();
  for (let r = 0; r < packed.length; r += 1) {
    const row = packed[r]!;
    const id = row.mergedIntoId ?? row.departmentId;
    let d = indexOf.get(id);
    if (d === undefined) {
      d = out.departments.length;
      out.departments.push({ id: String(id), name: row.targetName ?? row.name });
      indexOf.set(id, d);
    }
    out.isDemo ||= row.isDemo;
    const keyed = targets.has(id);
    const text = row.entries;
    let lastYear = -1;
    let last = -1;
    for (let at = 0; at <= text.length; ) {
      const semicolon = text.indexOf(";", at);
      const end = semicolon < 0 ? text.length : semicolon;
      const colon = text.indexOf(":", at);
      const yearEnd = colon < 0 || colon > end ? end : colon;
      // The amounts start after the year's ":" (an entry without amounts has none: they start at its end).
      const from = yearEnd === end ? end : yearEnd + 1;
      const y = Number(text.slice(at, yearEnd));
      const seen = keyed ? (byKey.get(id * 10000 + y) ?? -1) : lastYear === y ? last : -1;
      if (seen < 0) {
        last = year.length;
        department.push(d);
        year.push(y);
        source.push(r);
        offset.push(from);
        if (keyed) byKey.set(id * 10000 + y, last);
        seenYears.add(y);
      } else {
        last = seen;
        const before = texts[source[seen]!]!;
        const sums = [0, 1, 2, 3].map((k) => plus(amountAt(before, offset[seen]!, k), amountAt(text, from, k)));
        source[seen] = texts.push(sums.join(":")) - 1;
        offset[seen] = 0;
      }
      lastYear = y;
      at = end + 1;
    }
  }
  out.years = [...seenYears].sort((a, b) => a - b);
  return out;
}

/** The by-year heatmap's rows: `departmentOrder` first, then the departments it lacks (no report that year) by name. */
function byYearDepartments(years: ExecutionYears, departmentOrder: ReadonlyArray<{ id: string; name: string }>): Array<{ id: string; name: string }> {
  const known = new Set(departmentOrder.map((d) => d.id));
  const extra = years.departments.filter((d) => !known.has(d.id)).sort((a, b) => compareNames(a.name, b.name));
  return [...departmentOrder, ...extra];
}

const yearCodes = (years: ExecutionYears) => years.years.map((y) => ({ code: String(y), name: `${y} 年度` }));

/** The department-year's budget and actual against a basis ("" = none). */
function sidesOf(years: ExecutionYears, i: number, side: number): [string, string] {
  const text = years.texts[years.source[i]!]!;
  const at = years.offset[i]!;
  return [amountAt(text, at, side), amountAt(text, at, side + 1)];
}

/** Pure: the department-years → the departments × years heatmap against `basis`, departments in `departmentOrder` first. */
export function shapeExecutionByYear(
  years: ExecutionYears,
  departmentOrder: ReadonlyArray<{ id: string; name: string }>,
  basis: ExecutionBasis = "initial",
): ExecutionByYearDto {
  const side = SIDE[basis];
  const cells: HeatmapDto["cells"] = [];
  for (let i = 0; i < years.year.length; i += 1) {
    const [budget, actual] = sidesOf(years, i, side);
    if (actual !== "") cells.push({ departmentId: years.departments[years.department[i]!]!.id, code: String(years.year[i]), budget: budget === "" ? null : budget, actual });
  }
  return { isDemo: years.isDemo, basis, departments: byYearDepartments(years, departmentOrder), codes: yearCodes(years), cells };
}

/**
 * Copies a department-year's budget and actual against a basis into the two columns, each followed by ",", a whole
 * amount without its ".00" (packAmount); false, writing nothing, when it has no actual (no cell).
 */
function writeSides(text: string, at: number, side: number, budget: Column, actual: Column): boolean {
  const budgetStart = budget.length;
  const actualStart = actual.length;
  let field = 0;
  for (let p = at; p < text.length; p += 1) {
    const c = text.charCodeAt(p);
    if (c === 59) break;
    if (c === 58) {
      if (++field > side + 1) break;
    } else if (field === side) budget.bytes[budget.length++] = c;
    else if (field === side + 1) actual.bytes[actual.length++] = c;
  }
  if (actual.length === actualStart) {
    budget.length = budgetStart;
    return false;
  }
  endAmount(budget, budgetStart);
  endAmount(actual, actualStart);
  return true;
}

/** The text of a column: its amounts in one byte each (digits, "-", "."), ","-joined. */
interface Column {
  bytes: Buffer;
  length: number;
}

function endAmount(column: Column, start: number): void {
  const { bytes } = column;
  const n = column.length;
  // ".00" is 46 48 48.
  if (n - start >= 3 && bytes[n - 3] === 46 && bytes[n - 2] === 48 && bytes[n - 1] === 48) column.length -= 3;
  bytes[column.length++] = 44;
}

const columnText = (column: Column) => column.bytes.toString("latin1", 0, Math.max(0, column.length - 1));

/**
 * Pure: toHeatmapColumns(shapeExecutionByYear(…)), byte for byte, without a cell object or an amount string per
 * department-year: the amounts are copied from the stored text into the two columns — what /execution's by-year chart
 * fetches. Each department-year with an actual is a cell: in grid order when every department × year has one, else in
 * the order the department-years first appear, with their indices.
 */
export function executionByYearColumns(
  years: ExecutionYears,
  departmentOrder: ReadonlyArray<{ id: string; name: string }>,
  basis: ExecutionBasis = "initial",
): HeatmapColumns {
  const side = SIDE[basis];
  const departments = byYearDepartments(years, departmentOrder);
  const rowOf = new Map(departments.map((d, i) => [d.id, i]));
  const row = years.departments.map((d) => rowOf.get(d.id)!);
  // Each year's column, looked up by its distance from the first year.
  const first = years.years[0] ?? 0;
  const columnAt: number[] = [];
  years.years.forEach((y, i) => (columnAt[y - first] = i));
  const width = years.years.length;
  const count = years.year.length;
  // An amount is never longer than its text, and each is followed by one ",".
  const room = years.texts.reduce((n, t) => n + t.length, 0) + count;
  const column = (): Column => ({ bytes: Buffer.allocUnsafe(room), length: 0 });
  let budget = column();
  let actual = column();
  const write = (i: number) => writeSides(years.texts[years.source[i]!]!, years.offset[i]!, side, budget, actual);
  // Every department × year has a department-year: the cells fill the grid unless one lacks an actual.
  let dense = count > 0 && count === departments.length * width;
  if (dense) {
    const slots = new Array<number>(count);
    for (let i = 0; i < count; i += 1) slots[row[years.department[i]!]! * width + columnAt[years.year[i]! - first]!] = i;
    dense = slots.every(write);
  }
  const cells: number[] = [];
  if (!dense) {
    budget = column();
    actual = column();
    for (let i = 0; i < count; i += 1) if (write(i)) cells.push(i);
  }
  return {
    departmentIds: departments.map((d) => d.id),
    departmentNames: departments.map((d) => d.name),
    codes: years.years.map(String),
    codeNames: years.years.map((y) => `${y} 年度`),
    ...(dense ? {} : { cellDepartment: cells.map((i) => row[years.department[i]!]!), cellCode: cells.map((i) => columnAt[years.year[i]! - first]!) }),
    budget: columnText(budget),
    actual: columnText(actual),
    basis,
  };
}
