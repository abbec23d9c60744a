import type { DocCell } from "@/lib/parsers/document";

/** One table cell of a worksheet row as drawn: its text (empty for a gap) and how many columns it spans. */
export interface GridCell {
  text: string;
  span: number;
}

/**
 * A worksheet row laid out on its sheet's columns: each cell at its column (x0, 1-based) spanning to x1 (merged
 * cells), the empty columns between as blank cells, so a header merged over two columns sits above its data.
 * Cells without a column (plain text) follow one another.
 */
export function gridRow(cells: ReadonlyArray<DocCell>): GridCell[] {
  const row: GridCell[] = [];
  let next = 1;
  for (const cell of cells) {
    const start = cell.x0 ?? next;
    if (start < next) continue;
    if (start > next) row.push({ text: "", span: start - next });
    const span = Math.max(1, (cell.x1 ?? start) - start + 1);
    row.push({ text: cell.text, span });
    next = start + span;
  }
  return row;
}
