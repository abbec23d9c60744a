import type { DocLine, SourceDoc } from "@/lib/parsers/document";

/** "- 5 -", "— 12 —", "-5-": page-number footers that PDF text extraction leaves in the flow. */
const PAGE_NUMBER_LINE = /^[-－—–]\s*\d{1,4}\s*[-－—–]$/;
/** The extractor that produced the samples starts every page with exactly one space. */
const PAGE_START = /^ (?! )/;
const CELL_SPLIT = /[\s\u00a0\u3000]+/;

/**
 * Text as extracted from a report PDF → numbered lines of cells. Line numbers stay the source's 1-based line numbers
 * (blank lines are dropped but still counted) so every figure can be traced back with `sed -n`.
 */
export function readTextDocument(text: string): SourceDoc {
  const lines: DocLine[] = [];
  let page = 1;
  let pageHasLines = false;
  let breakPending = false;
  const rawLines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);

  rawLines.forEach((raw, index) => {
    const segments = raw.split("\f");
    segments.forEach((segment, segmentIndex) => {
      if (segmentIndex > 0 && pageHasLines) breakPending = true;
      const trimmed = segment.trim();
      if (trimmed === "") return;
      if (PAGE_NUMBER_LINE.test(trimmed)) {
        if (pageHasLines) breakPending = true;
        return;
      }
      if ((breakPending || PAGE_START.test(segment)) && pageHasLines) {
        page += 1;
      }
      breakPending = false;
      pageHasLines = true;
      const cells = trimmed.split(CELL_SPLIT).map((cell) => ({ text: cell }));
      lines.push({ page, line: index + 1, text: cells.map((c) => c.text).join(" "), cells });
    });
  });

  return { format: "text", pageCount: lines.length === 0 ? 0 : page, lines };
}
