import type { LineBox } from "@/lib/parsers/contract";
import type { DocLine } from "@/lib/parsers/document";

/** Share of the font size above the baseline (ascent) and below it (descent) that a CJK glyph covers. */
const ASCENT = 0.9;
const DESCENT = 0.2;

/** Every {page, line} pair anywhere in a parse result (figures, findings, claims, unread). */
export function collectLocatedLines(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) collectLocatedLines(item, into);
  } else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.page === "number" && typeof record.line === "number") into.add(`${record.page}:${record.line}`);
    for (const child of Object.values(record)) collectLocatedLines(child, into);
  }
  return into;
}

/**
 * The page boxes of the located lines, from the glyph positions the PDF reader kept (baseline, font size, cell
 * extents). Lines without positions (text and XLSX input) have no box.
 */
export function lineBoxes(lines: readonly DocLine[], located: ReadonlySet<string>): LineBox[] {
  const boxes: LineBox[] = [];
  for (const line of lines) {
    if (!located.has(`${line.page}:${line.line}`) || line.y === undefined || line.size === undefined) continue;
    const xs = line.cells.flatMap((cell) => (cell.x0 === undefined || cell.x1 === undefined ? [] : [cell.x0, cell.x1]));
    if (xs.length === 0) continue;
    boxes.push({
      page: line.page,
      line: line.line,
      x0: Math.min(...xs),
      x1: Math.max(...xs),
      top: round2(line.y - ASCENT * line.size),
      bottom: round2(line.y + DESCENT * line.size),
    });
  }
  return boxes;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
