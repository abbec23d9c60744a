import type { DocLine } from "@/lib/parsers/document";
import { compact } from "@/lib/parsers/tables/tokens";

/** A value column of a table: its key, the words that name it and, for positioned input, its horizontal extent. */
export interface ColumnSpec {
  key: string;
  synonyms: ReadonlyArray<string>;
  /** false for a column beside the 合计 that is not one of its parts (a 05 table's 年初预算 / 全年预算 columns). */
  inTotal?: boolean;
  /** A percentage column (执行率): not money, outside every sum. */
  percent?: boolean;
  /** Shorter words a header may print instead ("上缴上级" for 上缴上级支出): tried only when the table fails its identities. */
  hints?: ReadonlyArray<string>;
}

/** The specs with their hints as synonyms, for a second reading of a header that named a column in other words. */
export function withHints(specs: ReadonlyArray<ColumnSpec>): ColumnSpec[] {
  return specs.map(({ hints, ...spec }) => ({ ...spec, synonyms: [...spec.synonyms, ...(hints ?? [])] }));
}

export interface Column {
  key: string;
  label: string;
  x0?: number;
  x1?: number;
  inTotal?: boolean;
  /** Columns of one budget group (年初预算 小计/基本/项目): the group's first column is the sum of the others. */
  group?: string;
  percent?: boolean;
}

interface HeaderCell {
  text: string;
  x0: number;
  x1: number;
  row: number;
}

/**
 * Columns named in the header, in printed order. Header words wrap over several lines ("本年收入\n合计"), so plain
 * text is matched on the header joined without spaces; a longer synonym claims its span first so "合计" inside
 * "本年收入合计" is not counted twice.
 */
export function findColumns(header: ReadonlyArray<DocLine>, specs: ReadonlyArray<ColumnSpec>): Column[] {
  const outside = new Set(specs.filter((s) => s.inTotal === false).map((s) => s.key));
  const percent = new Set(specs.filter((s) => s.percent === true).map((s) => s.key));
  return namedColumns(header, specs).map((c) => ({
    ...c,
    ...(outside.has(c.key) ? { inTotal: false } : {}),
    ...(percent.has(c.key) ? { percent: true } : {}),
  }));
}

function namedColumns(header: ReadonlyArray<DocLine>, specs: ReadonlyArray<ColumnSpec>): Column[] {
  const positioned = headerCells(header);
  if (positioned.length > 0) {
    const columns = specs.flatMap((spec) => {
      const found = locateSpec(positioned, spec);
      return found ? [found] : [];
    });
    if (columns.length > 0) return columns.sort((a, b) => (a.x0 ?? 0) - (b.x0 ?? 0));
  }
  const text = compact(header.map((l) => l.text).join(""));
  const taken = new Array<boolean>(text.length).fill(false);
  const hits: Array<{ key: string; label: string; at: number }> = [];
  const bySynonymLength = specs
    .flatMap((spec) => spec.synonyms.map((synonym) => ({ spec, synonym })))
    .sort((a, b) => b.synonym.length - a.synonym.length);
  const seen = new Set<string>();
  for (const { spec, synonym } of bySynonymLength) {
    if (seen.has(spec.key)) continue;
    let from = 0;
    while (from < text.length) {
      const at = text.indexOf(synonym, from);
      if (at < 0) break;
      if (!taken.slice(at, at + synonym.length).some(Boolean)) {
        for (let i = at; i < at + synonym.length; i += 1) taken[i] = true;
        hits.push({ key: spec.key, label: synonym, at });
        seen.add(spec.key);
        break;
      }
      from = at + 1;
    }
  }
  return hits.sort((a, b) => a.at - b.at).map(({ key, label }) => ({ key, label }));
}

/** The number of value columns a "栏次 1 2 3 …" line announces, or null. */
export function declaredColumnCount(header: ReadonlyArray<DocLine>): number | null {
  for (const line of header) {
    const cells = line.cells.map((c) => c.text);
    if (!cells.some((c) => c.includes("栏次"))) continue;
    const numbers = cells.filter((c) => /^\d+$/.test(c)).map(Number);
    const max = Math.max(0, ...numbers);
    if (max > 0) return max;
  }
  return null;
}

function headerCells(header: ReadonlyArray<DocLine>): HeaderCell[] {
  const cells: HeaderCell[] = [];
  header.forEach((line, row) => {
    for (const cell of line.cells) {
      if (cell.x0 === undefined || cell.x1 === undefined) return;
      cells.push({ text: compact(cell.text), x0: cell.x0, x1: cell.x1, row });
    }
  });
  return cells;
}

function overlap(a: { x0: number; x1: number }, b: { x0: number; x1: number }): number {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
}

/** A header word in one cell, or wrapped down a stack of cells that overlap horizontally on consecutive lines. */
function locateSpec(cells: ReadonlyArray<HeaderCell>, spec: ColumnSpec): Column | null {
  for (const synonym of spec.synonyms) {
    const single = cells.filter((c) => c.text === synonym);
    const pick = single[0] ?? cells.find((c) => c.text.includes(synonym) && c.text.length <= synonym.length + 2);
    if (pick) return { key: spec.key, label: synonym, x0: pick.x0, x1: pick.x1 };
    for (const start of cells) {
      let text = start.text;
      let extent = { x0: start.x0, x1: start.x1 };
      let current = start;
      for (let depth = 0; depth < 5 && !text.includes(synonym) && synonym.startsWith(text); depth += 1) {
        const below = cells
          .filter((c) => c.row > current.row && c.row <= current.row + 3 && overlap(c, current) > 0)
          .sort((a, b) => a.row - b.row || overlap(b, current) - overlap(a, current))[0];
        if (!below) break;
        text += below.text;
        extent = { x0: Math.min(extent.x0, below.x0), x1: Math.max(extent.x1, below.x1) };
        current = below;
      }
      if (text === synonym) return { key: spec.key, label: synonym, ...extent };
    }
  }
  return null;
}
