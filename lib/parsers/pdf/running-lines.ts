import type { PageRow } from "@/lib/parsers/pdf/build-rows";

export interface PageLayout<R extends PageRow = PageRow> {
  page: number;
  /** Page height in points, to tell the margins from the body. */
  height: number;
  rows: R[];
}

/** Page-number lines in the forms Chinese reports use: "- 5 -", "— 5 —", "第 5 页", "第5页 共24页", "5/24", "5". */
const PAGE_NUMBER_PATTERNS: readonly RegExp[] = [
  /^[-—–－‒]\s*\d{1,4}\s*[-—–－‒]$/u,
  /^第\s*\d{1,4}\s*页(\s*[,，]?\s*共\s*\d{1,4}\s*页)?$/u,
  /^共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页$/u,
  /^\d{1,4}\s*\/\s*\d{1,4}$/u,
  /^(page\s*)?\d{1,4}(\s*of\s*\d{1,4})?$/iu,
];

/** Running headers/footers live in the outer strip of the page; body text and table rows never do. */
const MARGIN_SHARE = 0.1;

/** Rows looked at from each end of a page: a header or footer is the first or last thing printed there. */
const EDGE_ROWS = 2;

/**
 * Removes page numbers and running headers/footers. A row is dropped only when it sits in the page margin among the
 * first or last rows of its page, and either reads as a page number or repeats (digits aside) on at least half the
 * pages — so a table header that recurs on a continuation page is kept, being in the body, not the margin.
 */
export function dropRunningLines<R extends PageRow>(pages: readonly PageLayout<R>[]): PageLayout<R>[] {
  const repeated = findRepeatedMarginTexts(pages);
  return pages.map((layout) => ({
    ...layout,
    rows: layout.rows.filter((row, index) => {
      if (!isEdgeRow(layout, row, index)) return true;
      const text = rowText(row);
      return !isPageNumber(text) && !repeated.has(signature(text));
    }),
  }));
}

export function isPageNumber(text: string): boolean {
  const compact = text.trim();
  return PAGE_NUMBER_PATTERNS.some((pattern) => pattern.test(compact));
}

function findRepeatedMarginTexts(pages: readonly PageLayout[]): Set<string> {
  const pagesWithText = pages.filter((layout) => layout.rows.length > 0).length;
  const minimumPages = Math.max(2, Math.ceil(pagesWithText / 2));
  const seenOnPages = new Map<string, Set<number>>();
  for (const layout of pages) {
    layout.rows.forEach((row, index) => {
      if (!isEdgeRow(layout, row, index)) return;
      const key = signature(rowText(row));
      const onPages = seenOnPages.get(key) ?? new Set<number>();
      onPages.add(layout.page);
      seenOnPages.set(key, onPages);
    });
  }
  const repeated = new Set<string>();
  for (const [key, onPages] of seenOnPages) {
    if (key !== "" && onPages.size >= minimumPages) repeated.add(key);
  }
  return repeated;
}

function isEdgeRow(layout: PageLayout, row: PageRow, index: number): boolean {
  const nearEnd = index < EDGE_ROWS || index >= layout.rows.length - EDGE_ROWS;
  const margin = layout.height * MARGIN_SHARE;
  const inMargin = row.y <= margin || row.y >= layout.height - margin;
  return nearEnd && inMargin;
}

/**
 * A running header or footer may carry the page number at either end ("普陀区 2024 年度部门决算 5"); masking only those
 * edge digits finds it across pages, while a body line that merely shares a template ("第 27 段…81.25 万元。") still
 * differs from page to page and is kept.
 */
function signature(text: string): string {
  return text
    .replace(/\s+/gu, "")
    .replace(/^[-—–－‒]?\d+[-—–－‒]?/u, "#")
    .replace(/[-—–－‒]?\d+[-—–－‒]?$/u, "#");
}

function rowText(row: PageRow): string {
  return row.cells.map((cell) => cell.text).join(" ");
}
