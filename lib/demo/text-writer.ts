/**
 * Writes text the way PDF extraction of a bureau's report reads: one line per printed row, cells separated by single
 * spaces, blank cells simply absent, a blank line after every line, and every page's first line starting with one
 * space (the page-break convention of the extracted samples).
 */
export class TextWriter {
  private readonly pages: string[][] = [];

  page(): this {
    this.pages.push([]);
    return this;
  }

  /** A printed row; null/empty cells vanish as they do in extracted text. */
  line(...cells: ReadonlyArray<string | null | undefined>): this {
    const text = cells.filter((c): c is string => c !== null && c !== undefined && c !== "").join(" ");
    if (this.pages.length === 0) this.page();
    this.pages[this.pages.length - 1]?.push(text);
    return this;
  }

  toString(): string {
    return this.pages
      .filter((lines) => lines.length > 0)
      .map((lines) => ` ${lines.join("\n\n")}\n`)
      .join("\n");
  }
}
