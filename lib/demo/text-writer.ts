/**
 * Writes text the way PDF extraction of a bureau's report reads: one line per printed row, cells separated by single
 * spaces, blank cells simply absent, a blank line after every line, and every page's first line starting with one
 * space (the page-break convention of the extracted samples). Keeps the cells so the XLSX renderer can lay the same
 * lines out in columns.
 */
export class TextWriter {
  private readonly pageList: string[][][] = [];

  page(): this {
    this.pageList.push([]);
    return this;
  }

  /** A printed row; null/empty cells vanish as they do in extracted text. */
  line(...cells: ReadonlyArray<string | null | undefined>): this {
    if (this.pageList.length === 0) this.page();
    this.pageList[this.pageList.length - 1]?.push(cells.filter((c): c is string => c !== null && c !== undefined && c !== ""));
    return this;
  }

  /** Pages → lines → cells. */
  pages(): string[][][] {
    return this.pageList.filter((lines) => lines.length > 0);
  }

  toString(): string {
    return this.pages()
      .map((lines) => ` ${lines.map((cells) => cells.join(" ")).join("\n\n")}\n`)
      .join("\n");
  }
}
