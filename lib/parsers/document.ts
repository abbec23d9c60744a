/**
 * The format-neutral middle of the parser: every input (PDF glyphs, extracted text, XLSX cells) is first turned into
 * numbered lines of cells with their page; table and narrative recognisers work on this, never on the raw format.
 */
export interface DocCell {
  text: string;
  /** Horizontal extent on the page (PDF points) or column index (XLSX); absent for plain text. */
  x0?: number;
  x1?: number;
}

export interface DocLine {
  /** 1-based page (PDF page, text page break, XLSX sheet index). */
  page: number;
  /** 1-based line number in the source (text line, PDF row on its page, XLSX row). */
  line: number;
  /** The line's text with cells joined by single spaces. */
  text: string;
  cells: DocCell[];
  /** Vertical position on the page (PDF), for row merging: the baseline in points from the top of the page. */
  y?: number;
  /** Largest font size on the line (PDF points), so the line's box can be drawn over the page. */
  size?: number;
  /** Sheet name for XLSX input. */
  sheet?: string;
  /** The printed text when `text` is a simplified copy of a traditional-character line (recognition reads `text`). */
  original?: string;
}

export interface SourceDoc {
  format: "pdf" | "text" | "xlsx";
  pageCount: number;
  lines: DocLine[];
  /** What the reader itself could not read (a formula without a cached result, a page without text). */
  unread?: Array<{ section: string; reason: string; location?: { page: number | null; line: number | null } | null }>;
}
