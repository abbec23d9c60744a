import { Decimal, type MoneyUnit } from "@/lib/money";
import { assignColumns, near, tolerance, type AssignOptions, type Assignment, type RowInput } from "@/lib/parsers/tables/assign-columns";
import type { CodeRow } from "@/lib/parsers/tables/code-rows";
import type { Column } from "@/lib/parsers/tables/header-columns";

/** One reading of a table body: each row's values, and the column placement the identities chose for them. */
export interface Reading {
  rows: CodeRow[];
  assignments: Assignment[];
  /**
   * Rows left unread plus identities (row total, 类 = Σ 款, 款 = Σ 项) that fail: 0 is a reading the table accepts.
   * With every row read and no other reading to try, identities are not counted (0): the validator reports them.
   */
  doubt: number;
}

function parentCode(code: string | null): string | null {
  if (code === null) return null;
  return code.length === 3 ? "total" : code.slice(0, -2);
}

/** Row totals and parent = Σ children, column by column, within the rounding of the printed addends. */
function failingIdentities(rows: ReadonlyArray<CodeRow>, assignments: ReadonlyArray<Assignment>, columns: ReadonlyArray<Column>, unit: MoneyUnit): number {
  let failures = 0;
  const cellsOf = new Map<string, ReadonlyArray<Decimal | null>>();
  rows.forEach((row, i) => {
    const cells = assignments[i]?.cells;
    if (cells) cellsOf.set(row.code ?? "total", cells);
  });
  // 合计 = Σ its parts; budget columns printed beside it (inTotal false) are not parts.
  const at = columns.findIndex((c) => c.key === "total");
  if (at >= 0) {
    for (const cells of cellsOf.values()) {
      const parts = cells.filter((_, i) => i !== at && columns[i]?.inTotal !== false);
      const sum = parts.reduce<Decimal>((s, v) => s.plus(v ?? 0), new Decimal(0));
      const total = cells[at] ?? null;
      if (total && parts.some((v) => v !== null) && !near(total, sum, tolerance(unit, parts.length))) failures += 1;
    }
  }
  const children = new Map<string, Array<ReadonlyArray<Decimal | null>>>();
  for (const row of rows) {
    const parent = parentCode(row.code);
    const cells = cellsOf.get(row.code ?? "total");
    if (parent === null || !cells || !cellsOf.has(parent)) continue;
    children.set(parent, [...(children.get(parent) ?? []), cells]);
  }
  for (const [parent, kids] of children) {
    const head = cellsOf.get(parent);
    if (!head) continue;
    const tol = tolerance(unit, kids.length);
    columns.forEach((column, j) => {
      if (column.percent === true) return;
      const sum = kids.reduce<Decimal>((s, c) => s.plus(c[j] ?? 0), new Decimal(0));
      if (!near(head[j] ?? null, sum, tol)) failures += 1;
    });
  }
  return failures;
}

/** `scored`: count failing identities too (only worth it when there is another reading to compare with). */
function readRows(rows: CodeRow[], columns: ReadonlyArray<Column>, options: AssignOptions, scored: boolean): Reading {
  const inputs: RowInput[] = rows.map((row, i) => ({ key: `${i}`, code: row.code, values: row.values }));
  const assignments = assignColumns(inputs, columns, options);
  const unread = assignments.filter((a) => a.cells === null).length;
  const failing = scored || unread > 0 ? failingIdentities(rows, assignments, columns, options.unit) : 0;
  return { rows, assignments, doubt: unread + failing };
}

/**
 * "A wrapped name's amounts attached to the next code": a code row that got no amounts while the rows below hold one
 * line of amounts too many. The alternative gives each row of the run the first amount line of the row below, until a
 * row that had a line to spare.
 */
function liftedAt(rows: ReadonlyArray<CodeRow>, start: number): CodeRow[] | null {
  const out = rows.map((r) => ({ ...r, groups: [...r.groups] }));
  for (let i = start; i + 1 < out.length; i += 1) {
    const row = out[i];
    const below = out[i + 1];
    if (!row || !below || below.code === null) return null;
    const lifted = below.groups.shift();
    if (!lifted) return null;
    row.groups.push(lifted);
    row.values = row.groups.flat();
    below.values = below.groups.flat();
    if (below.groups.length > 0) return out;
  }
  return null;
}

/**
 * The identities as the reader's own check: when the reading as extracted leaves rows unread or identities failing, a
 * misreading the extraction is known to make is tried instead (amounts attached to the wrong code), and kept only if
 * the table then holds together better. Otherwise the reading as extracted stands, its doubtful rows unread.
 * `scored`: count failing identities even with no alternative here (the caller has one to compare with).
 */
export function bestReading(rows: CodeRow[], columns: ReadonlyArray<Column>, options: AssignOptions, scored = false): Reading {
  const lifts = rows.flatMap((row, i) => (row.code !== null && row.values.length === 0 ? [liftedAt(rows, i)] : [])).filter((r) => r !== null);
  const asRead = readRows(rows, columns, options, scored || lifts.length > 0);
  let best = asRead;
  if (asRead.doubt === 0) return asRead;
  for (const lifted of lifts) {
    const reading = readRows(lifted, columns, options, true);
    if (reading.doubt < best.doubt) best = reading;
  }
  return best;
}
