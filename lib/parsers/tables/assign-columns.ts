import { Decimal, parseAmount, type MoneyUnit } from "@/lib/money";
import type { Column } from "@/lib/parsers/tables/header-columns";
import { amountOf, hasPositions, type Token } from "@/lib/parsers/tables/tokens";

/** One way of reading a row: a value (or null for blank) per column. */
export type Cells = ReadonlyArray<Decimal | null>;

export interface RowInput {
  key: string;
  code: string | null;
  values: ReadonlyArray<Token>;
}

export interface AssignOptions {
  unit: MoneyUnit;
  /** Columns another table proves empty (e.g. no 经营收入 in 01 → no 经营收入 column values in 02). */
  allowed?: (columnKey: string) => boolean;
  /** Identities against other tables: the same row elsewhere, the 01 totals. */
  check?: (row: RowInput, cells: Cells, columns: ReadonlyArray<Column>) => boolean;
}

export interface Assignment {
  cells: Cells | null;
  /** Why the row could not be placed, when cells is null. */
  reason: string | null;
}

const MAX_COMBINATIONS = 20000;

/** Half a printed cent per rounded addend (plus the rounded total): the envelope rounding alone can explain. */
export function tolerance(unit: MoneyUnit, addends: number): Decimal {
  const step = unit === "万元" ? new Decimal(100) : new Decimal("0.01");
  return step.times(Math.max(2, addends + 1)).dividedBy(2);
}

export function near(a: Decimal | null, b: Decimal | null, tol: Decimal): boolean {
  return (a ?? new Decimal(0)).minus(b ?? new Decimal(0)).abs().lte(tol);
}

function overlapScore(token: Token, column: Column): number {
  if (token.x0 === undefined || token.x1 === undefined || column.x0 === undefined || column.x1 === undefined) {
    return Number.NEGATIVE_INFINITY;
  }
  const overlap = Math.min(token.x1, column.x1) - Math.max(token.x0, column.x0);
  if (overlap >= 0) return overlap + 1;
  return overlap;
}

function positional(values: ReadonlyArray<Token>, columns: ReadonlyArray<Column>, unit: MoneyUnit): Cells | null {
  const cells: Array<Decimal | null> = columns.map(() => null);
  const used = new Set<number>();
  for (const token of values) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    columns.forEach((column, index) => {
      const score = overlapScore(token, column);
      if (score > bestScore) {
        best = index;
        bestScore = score;
      }
    });
    // Spreadsheet columns (x0 = x1) must match exactly; on a PDF page a right-aligned figure may end just past a
    // narrow header word.
    const width = (columns[best]?.x1 ?? 0) - (columns[best]?.x0 ?? 0);
    const slack = width === 0 ? 0 : Math.max(width / 2, 4);
    if (best < 0 || used.has(best) || bestScore < -slack) return null;
    used.add(best);
    cells[best] = amountOf(token, unit);
  }
  return cells;
}

function combinations(from: number, to: number, k: number): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (let i = from; i <= to - k + 1; i += 1) {
    for (const rest of combinations(i + 1, to, k - 1)) out.push([i, ...rest]);
  }
  return out;
}

/** Each budget group's 小计 = its 基本 + 项目; a 小计 is blank only when its whole group is (a lone 0.00 is the 小计). */
function groupSumsHold(cells: Cells, columns: ReadonlyArray<Column>, unit: MoneyUnit): boolean {
  const groups = new Set(columns.flatMap((c) => (c.group ? [c.group] : [])));
  return [...groups].every((group) => {
    const [head, ...parts] = columns.flatMap((c, i) => (c.group === group ? [cells[i] ?? null] : []));
    if (head === undefined || parts.every((v) => v === null)) return true;
    if (head === null) return false;
    return near(head, parts.reduce<Decimal>((s, v) => s.plus(v ?? 0), new Decimal(0)), tolerance(unit, parts.length));
  });
}

/** A printed % sits in the percent column, and only there; an unmarked value there must be a plausible rate. */
function percentsPlaced(row: RowInput, slot: ReadonlyArray<number>, columns: ReadonlyArray<Column>): boolean {
  return slot.every((columnIndex, i) => (row.values[i]?.percent === true) === (columns[columnIndex]?.percent === true) || (columns[columnIndex]?.percent === true && row.values[i]?.kind === "amount"));
}

/**
 * An 执行率 cell = 决算 合计 ÷ one of the budgets × 100, within what the rounding of the printed amounts allows. Cells
 * hold every value scaled as money, so the rate is compared in the same scale.
 */
function rateHolds(cells: Cells, columns: ReadonlyArray<Column>, unit: MoneyUnit): boolean {
  const at = columns.findIndex((c) => c.percent === true);
  const rate = at < 0 ? null : (cells[at] ?? null);
  const total = cells[columns.findIndex((c) => c.key === "total")] ?? null;
  if (rate === null || total === null) return true;
  const scale = parseAmount("1", unit) ?? new Decimal(1);
  const half = tolerance(unit, 1).dividedBy(2);
  return columns.some((c, i) => {
    const budget = cells[i] ?? null;
    if ((c.key !== "budgetInitial" && c.key !== "budgetFull") || budget === null || budget.isZero()) return false;
    const recomputed = total.dividedBy(budget).times(100);
    const envelope = half.dividedBy(budget).plus(half.times(total).dividedBy(budget.pow(2))).times(100).plus("0.005");
    return rate.dividedBy(scale).minus(recomputed).abs().lte(envelope);
  });
}

/** 合计 = Σ its parts; columns printed beside it that are not parts (budget columns) stay out of the sum. */
function rowSumHolds(cells: Cells, columns: ReadonlyArray<Column>, unit: MoneyUnit, filled: number): boolean {
  if (!groupSumsHold(cells, columns, unit)) return false;
  const at = columns.findIndex((c) => c.key === "total");
  const outside = columns.some((c) => c.inTotal === false);
  if (at < 0 || (at !== 0 && !outside) || filled < 2) return true;
  const parts = cells.filter((v, i) => i !== at && columns[i]?.inTotal !== false);
  const others = parts.reduce<Decimal>((sum, v) => sum.plus(v ?? 0), new Decimal(0));
  const addends = outside ? parts.filter((v) => v !== null).length : filled - 1;
  return near(cells[at] ?? null, others, tolerance(unit, addends));
}

/** Every order-preserving way to place a row's printed values in the columns, narrowed by the identities. */
export function candidateCells(row: RowInput, columns: ReadonlyArray<Column>, options: AssignOptions): Cells[] {
  const { unit } = options;
  const n = columns.length;
  const k = row.values.length;
  if (k === 0) return [columns.map(() => null)];
  if (hasPositions(row.values) && columns.every((c) => c.x0 !== undefined)) {
    const cells = positional(row.values, columns, unit);
    return cells ? [cells] : [];
  }
  if (k > n) return [];
  const amounts = row.values.map((t) => amountOf(t, unit));
  const totalFirst = columns[0]?.key === "total";
  const slots = (totalFirst ? combinations(1, n - 1, k - 1).map((c) => [0, ...c]) : combinations(0, n - 1, k)).filter((slot) =>
    percentsPlaced(row, slot, columns),
  );
  let candidates: Cells[] = slots.map((slot) => {
    const cells: Array<Decimal | null> = columns.map(() => null);
    slot.forEach((columnIndex, i) => {
      cells[columnIndex] = amounts[i] ?? null;
    });
    return cells;
  });
  const filters: Array<(cells: Cells) => boolean> = [
    (cells) =>
      cells.every((v, i) => v === null || v.isZero() || (options.allowed?.(columns[i]?.key ?? "") ?? true)),
    (cells) => rowSumHolds(cells, columns, unit, k),
    (cells) => rateHolds(cells, columns, unit),
    (cells) => options.check?.(row, cells, columns) ?? true,
  ];
  for (const filter of filters) {
    if (candidates.length <= 1) break;
    const kept = candidates.filter(filter);
    if (kept.length > 0) candidates = kept;
  }
  return dedupe(candidates);
}

function key(cells: Cells): string {
  return cells.map((v) => (v === null ? "_" : v.toFixed(2))).join("|");
}

function dedupe(list: ReadonlyArray<Cells>): Cells[] {
  const seen = new Map<string, Cells>();
  for (const cells of list) seen.set(key(cells), cells);
  return [...seen.values()];
}

function parentKey(code: string | null): string | null {
  if (code === null) return null;
  if (code.length === 3) return "total";
  return code.slice(0, code.length - 2);
}

/**
 * Places the values of every row. Plain text loses the position of blank cells, so a row with fewer values than
 * columns has several readings; the hierarchy decides between them: a 类 equals the sum of its 款, a 款 of its 项,
 * the 合计 row of the 类 rows, column by column. A row still ambiguous afterwards is left unread, never guessed.
 */
export function assignColumns(
  rows: ReadonlyArray<RowInput>,
  columns: ReadonlyArray<Column>,
  options: AssignOptions,
): Assignment[] {
  const candidates = rows.map((row) => candidateCells(row, columns, options));
  const indexOf = new Map<string, number>();
  rows.forEach((row, i) => indexOf.set(row.code ?? "total", i));
  const children = new Map<number, number[]>();
  rows.forEach((row, i) => {
    const parent = parentKey(row.code);
    const p = parent === null ? undefined : indexOf.get(parent);
    if (p === undefined) return;
    children.set(p, [...(children.get(p) ?? []), i]);
  });
  // Rates do not add up the hierarchy.
  const checked = columns.flatMap((c, i) => (c.percent === true || (i === 0 && c.key === "total") ? [] : [i]));

  for (let pass = 0; pass < 6; pass += 1) {
    let changed = false;
    for (const [parent, kids] of children) {
      const members = [parent, ...kids];
      const sizes = members.map((m) => candidates[m]?.length ?? 0);
      if (sizes.some((s) => s === 0) || sizes.every((s) => s === 1)) continue;
      if (sizes.reduce((a, b) => a * b, 1) > MAX_COMBINATIONS) continue;
      const survivors = members.map(() => new Map<string, Cells>());
      const tol = tolerance(options.unit, kids.length);
      const walk = (depth: number, chosen: Cells[]): void => {
        if (depth === members.length) {
          const [head, ...rest] = chosen;
          if (!head) return;
          const holds = checked.every((j) =>
            near(head[j] ?? null, rest.reduce<Decimal>((s, c) => s.plus(c[j] ?? 0), new Decimal(0)), tol),
          );
          if (holds) chosen.forEach((cells, m) => survivors[m]?.set(key(cells), cells));
          return;
        }
        for (const cells of candidates[members[depth] ?? -1] ?? []) walk(depth + 1, [...chosen, cells]);
      };
      walk(0, []);
      if (survivors.every((s) => s.size === 0)) continue;
      members.forEach((m, i) => {
        const kept = [...(survivors[i]?.values() ?? [])];
        if (kept.length > 0 && kept.length < (candidates[m]?.length ?? 0)) {
          candidates[m] = kept;
          changed = true;
        }
      });
    }
    if (!changed) break;
  }

  return rows.map((row, i) => {
    const list = candidates[i] ?? [];
    if (list.length === 1) return { cells: list[0] ?? null, reason: null };
    if (list.length === 0) {
      return { cells: null, reason: `读取存疑：${row.values.length} 个数值无法对应到 ${columns.length} 列，未读取` };
    }
    return {
      cells: null,
      reason: `读取存疑：${row.values.length} 个数值对应 ${columns.length} 列有 ${list.length} 种读法（空白单元格位置不明，恒等式无法确定），未猜测`,
    };
  });
}
