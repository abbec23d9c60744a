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
  const byBaseline = dropOverprints([...visible].sort((a, b) => a.y - b.y || a.x - b.x));
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
  return rows.map((row) => ({ y: round2(row[0]?.y ?? 0), cells: splitCells(row) }));
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
    if (text !== "" && gap <= CELL_GAP_EM * itemEm) {
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
