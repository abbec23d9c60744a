import { createRequire } from "node:module";
import path from "node:path";
import { getDocument, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { DocLine, SourceDoc } from "@/lib/parsers/document";
import { buildPageRows } from "@/lib/parsers/pdf/build-rows";
import {
  emptyError,
  fromPdfjsError,
  needsOcrError,
  notPdfError,
  timeoutError,
  tooLargeError,
  undecodableTextError,
} from "@/lib/parsers/pdf/pdf-errors";
import { placeTextItems, type RawTextItem } from "@/lib/parsers/pdf/place-text";
import { dropRunningLines, type PageLayout } from "@/lib/parsers/pdf/running-lines";
import { isTextLayerUnreadable, measureTextLayer } from "@/lib/parsers/pdf/text-quality";

export interface ReadPdfOptions {
  /** Named in error messages. */
  fileName?: string;
  /** More pages than this is refused as too_large (default 500). */
  maxPages?: number;
  /** Wall-clock budget for the whole read (default 30 s); 0 or less has already run out. */
  timeoutMs?: number;
}

const DEFAULT_MAX_PAGES = 500;
const DEFAULT_TIMEOUT_MS = 30_000;
/** pdfjs, like other readers, accepts a header preceded by junk within the first KiB. */
const HEADER_WINDOW = 1024;

class DeadlinePassed extends Error {}

/**
 * Reads a PDF's text layer into page-numbered rows of positioned cells. Runs pdfjs in-process (its fake worker on
 * Node), never touches the network, and turns every failure into a ParseError with the file and page.
 */
export async function readPdfDocument(bytes: Uint8Array, opts: ReadPdfOptions = {}): Promise<SourceDoc> {
  const { fileName } = opts;
  const maxPages = opts.maxPages ?? DEFAULT_MAX_PAGES;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (bytes.length === 0) throw emptyError(fileName);
  if (!hasPdfHeader(bytes)) throw notPdfError(fileName);

  const deadline = Date.now() + timeoutMs;
  // pdfjs transfers (detaches) the buffer it is given; the caller's bytes must stay usable.
  const task = getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: VerbosityLevel.ERRORS,
    cMapUrl: packagedCMapUrl(),
    cMapPacked: true,
  });
  let page: number | undefined;
  try {
    const doc = await beforeDeadline(task.promise, deadline);
    if (doc.numPages > maxPages) throw tooLargeError(fileName, doc.numPages, maxPages);
    const layouts: PageLayout[] = [];
    for (page = 1; page <= doc.numPages; page += 1) {
      layouts.push(await beforeDeadline(readPageLayout(doc, page), deadline));
    }
    page = undefined;
    if (layouts.every((layout) => layout.rows.length === 0)) throw needsOcrError(fileName, doc.numPages);
    if (isTextLayerUnreadable(measureTextLayer(layouts))) throw undecodableTextError(fileName, doc.numPages);
    return { format: "pdf", pageCount: doc.numPages, lines: toDocLines(layouts) };
  } catch (error) {
    if (error instanceof DeadlinePassed) throw timeoutError(fileName, timeoutMs, page);
    throw fromPdfjsError(error, fileName, page);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

async function readPageLayout(doc: PDFDocumentProxy, pageNumber: number): Promise<PageLayout> {
  const page = await doc.getPage(pageNumber);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: RawTextItem[] = [];
  for (const item of content.items) {
    if ("str" in item) items.push({ str: item.str, transform: item.transform.map(Number), width: item.width });
  }
  page.cleanup();
  const placed = placeTextItems(items, viewport);
  return { page: pageNumber, height: placed.height, rows: buildPageRows(placed.items) };
}

/** Line numbers are the row's place on the printed page, counted before running headers are dropped. */
function toDocLines(layouts: readonly PageLayout[]): DocLine[] {
  const numbered = layouts.map((layout) => ({
    ...layout,
    rows: layout.rows.map((row, index) => ({ ...row, line: index + 1 })),
  }));
  const lines: DocLine[] = [];
  for (const layout of dropRunningLines(numbered)) {
    for (const row of layout.rows) {
      lines.push({
        page: layout.page,
        line: row.line,
        text: row.cells.map((cell) => cell.text).join(" "),
        cells: row.cells,
        y: row.y,
        ...(row.size === undefined ? {} : { size: row.size }),
      });
    }
  }
  return lines;
}

/**
 * pdfjs does its work in small asynchronous steps, so racing each step against the clock bounds the whole read; the
 * finally block then destroys the task, which stops any step still queued.
 */
async function beforeDeadline<T>(work: Promise<T>, deadline: number): Promise<T> {
  const remaining = deadline - Date.now();
  if (remaining <= 0) {
    work.catch(() => undefined);
    throw new DeadlinePassed();
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlinePassed()), remaining);
  });
  try {
    return await Promise.race([work, expiry]);
  } finally {
    clearTimeout(timer);
    work.catch(() => undefined);
  }
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, HEADER_WINDOW)).toString("latin1");
  return head.includes("%PDF-");
}

/**
 * Chinese reports often use non-embedded CJK fonts (STSong-Light with UniGB-UCS2-H) whose text can only be decoded
 * with the predefined CMaps pdfjs ships; they are read from the installed package, never fetched.
 */
function packagedCMapUrl(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return path.join(path.dirname(require.resolve("pdfjs-dist/package.json")), "cmaps") + path.sep;
  } catch {
    return undefined;
  }
}
