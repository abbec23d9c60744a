import type { DocCell } from "@/lib/parsers/document";

/**
 * One run of text as pdfjs places it, already in top-down page coordinates (PDF points): x is the left edge, y the
 * baseline measured from the top of the page, width the advance of the whole run.
 */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

/** One visual row of a page: the cells left to right and the baseline (points from the top of the page). */
export interface PageRow {
  y: number;
  cells: DocCell[];
  /** Largest font size on the row (points): with the baseline it gives the row's box on the page. */
  size?: number;
}

/**
 * Baselines closer than this share a row. Half a line: table cells on one row differ by a fraction of a point,
 * while a name wrapped inside a cell sits most of a line above or below the amounts, and must stay its own row so the
 * table recogniser can see the wrap rather than a name glued to the wrong amounts.
 */
const ROW_TOLERANCE_EM = 0.5;

/**
 * A horizontal gap wider than this starts a new cell. Table columns are separated by far more than a character, while
 * runs inside one phrase (a CJK line pdfjs split at a font change, a space between words) are closer.
 */
const CELL_GAP_EM = 0.9;

/** Gaps above this inside one cell are rendered as a space between Latin words or numbers. */
const WORD_GAP_EM = 0.2;

/** Ideographs, CJK punctuation and full-width forms. */
const CJK_CHARS = "\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f";
const CJK = new RegExp(`[${CJK_CHARS}]`, "u");

/**
 * Letter-spaced (justified) CJK cells come out of pdfjs as "行 政 事 业 单 位"; Chinese never separates characters by
 * spaces, and labels must match the national names, so spaces between two CJK characters are removed.
 */
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK_CHARS}]) +(?=[${CJK_CHARS}])`, "gu");

/** Two runs of the same text closer than this are one run drawn twice (fake bold, shadowed titles). */
const DUPLICATE_EM = 0.3;

export function buildPageRows(items: readonly PlacedText[]): PageRow[] {
  const visible = items.filter((item) => item.text.trim() !== "" && item.fontSize > 0);
  const byBaseline = dropOverprints(visible.flatMap(splitSpacedRun).sort((a, b) => a.y - b.y || a.x - b.x));
  const rows: PlacedText[][] = [];
  let current: PlacedText[] = [];
  let anchor: PlacedText | undefined;
  for (const item of byBaseline) {
    if (anchor && Math.abs(item.y - anchor.y) <= ROW_TOLERANCE_EM * Math.min(item.fontSize, anchor.fontSize)) {
      current.push(item);
      continue;
    }
    if (current.length > 0) rows.push(current);
    current = [item];
    anchor = item;
  }
  if (current.length > 0) rows.push(current);
  return rows.map((row) => ({
    y: round2(row[0]?.y ?? 0),
    cells: splitCells(row),
    size: round2(Math.max(...row.map((item) => item.fontSize))),
  }));
}

/**
 * Some generators fake bold by printing a run again a fraction of a point away; read naively the title comes out
 * twice ("收入决算表收入决算表"). Identical text at nearly the same spot is never two figures, so the repeat is dropped.
 */
function dropOverprints(sorted: readonly PlacedText[]): PlacedText[] {
  const kept: PlacedText[] = [];
  for (const item of sorted) {
    const near = DUPLICATE_EM * item.fontSize;
    let repeat = false;
    // Sorted by baseline: only the tail of kept can be close enough vertically.
    for (let i = kept.length - 1; i >= 0 && !repeat; i -= 1) {
      const other = kept[i];
      if (!other || item.y - other.y > near) break;
      repeat = other.text === item.text && Math.abs(other.x - item.x) <= near;
    }
    if (!repeat) kept.push(item);
  }
  return kept;
}

/** Where one run holds several columns: a gap of two or more spaces, or a single space between two numbers. */
const COLUMN_BREAK_IN_RUN = /\s{2,}|(?<=[\d%％])\s(?=[-−(（]?\d)/u;

/**
 * Some producers draw a whole table row as one run with spaces between the columns ("201  一般公共服务支出  264.87").
 * The run is cut at those spaces and each piece placed by its share of the run's width (CJK characters count as a
 * full em, others as half), so the pieces become cells like separately drawn ones.
 */
function splitSpacedRun(item: PlacedText): PlacedText[] {
  const text = item.text.trim();
  if (!COLUMN_BREAK_IN_RUN.test(text)) return [item];
  const weights = new Array<number>(item.text.length).fill(0);
  for (let i = 0; i < item.text.length; i += 1) weights[i] = CJK.test(item.text.charAt(i)) ? 1 : 0.5;
  const scale = item.width / Math.max(weights.reduce((sum, weight) => sum + weight, 0), 1e-9);
  const pieces: PlacedText[] = [];
  const splitter = new RegExp(COLUMN_BREAK_IN_RUN.source, "gu");
  let start = 0;
  for (const match of [...item.text.matchAll(splitter), null]) {
    const end = match ? match.index : item.text.length;
    const piece = item.text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const offset = weightOf(weights, 0, start + lead) * scale;
    const width = weightOf(weights, start + lead, start + piece.trimEnd().length) * scale;
    if (piece.trim() !== "") pieces.push({ ...item, text: piece.trim(), x: item.x + offset, width });
    start = match ? end + match[0].length : end;
  }
  return pieces;
}

/** Sum of the per-UTF-16-unit weights over [from, to). */
function weightOf(weights: readonly number[], from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i += 1) sum += weights[i] ?? 0;
  return sum;
}

function splitCells(row: readonly PlacedText[]): DocCell[] {
  const byX = [...row].sort((a, b) => a.x - b.x);
  const cells: DocCell[] = [];
  let text = "";
  let x0 = 0;
  let x1 = 0;
  let em = 0;
  for (const item of byX) {
    const piece = item.text.replace(/\s+/gu, " ").trim();
    const gap = item.x - x1;
    const itemEm = Math.max(em, item.fontSize);
    if (text !== "" && gap <= CELL_GAP_EM * itemEm && !twoNumbersApart(text, piece, gap, itemEm)) {
      text += joiner(text, piece, gap, itemEm) + piece;
      x1 = Math.max(x1, item.x + item.width);
      em = itemEm;
      continue;
    }
    if (text !== "") cells.push(makeCell(text, x0, x1));
    text = piece;
    x0 = item.x;
    x1 = item.x + item.width;
    em = item.fontSize;
  }
  if (text !== "") cells.push(makeCell(text, x0, x1));
  return cells;
}

function makeCell(text: string, x0: number, x1: number): DocCell {
  return { text: text.replace(SPACE_BETWEEN_CJK, ""), x0: round2(x0), x1: round2(x1) };
}

/** Two figures side by side with any visible gap are two columns, however narrow the table. */
function twoNumbersApart(before: string, after: string, gap: number, em: number): boolean {
  return gap > WORD_GAP_EM * em && /[\d%％]$/u.test(before) && /^[-−(（]?\d/u.test(after);
}

/** CJK never takes a space between runs; Latin words and numbers do when the runs are visibly apart. */
function joiner(before: string, after: string, gap: number, em: number): string {
  if (gap <= WORD_GAP_EM * em) return "";
  const last = before.at(-1) ?? "";
  const first = after[0] ?? "";
  return CJK.test(last) && CJK.test(first) ? "" : " ";
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
