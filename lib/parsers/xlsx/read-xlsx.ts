import ExcelJS from "exceljs";
import type { Unread } from "@/lib/parsers/contract";
import type { DocCell, DocLine, SourceDoc } from "@/lib/parsers/document";
import { ParseError } from "@/lib/parsers/errors";
import { cellText, flattenCellText } from "./cell-text";

/** The document plus what could not be read cell by cell (a formula without a cached result, an error value). */
export interface XlsxSourceDoc extends SourceDoc {
  format: "xlsx";
  unread: Unread[];
}

/** Words that make a row a table title; a sheet without one gets its name as the title line. */
const TITLE = /公开\s*\d+\s*表|附表\s*\d+|表\s*\d+|决算表|总表|明细表|自评表|情况说明/;
const TITLE_SEARCH_ROWS = 5;
/** OLE compound files: legacy .xls, and .xlsx saved with a password (Excel wraps those in OLE too). */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Rightmost column each merge master spans (merges across rows count by their columns). */
function mergeExtents(sheet: ExcelJS.Worksheet): Map<string, number> {
  const extents = new Map<string, number>();
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (!cell.isMerged || cell.master.address === cell.address) return;
      extents.set(cell.master.address, Math.max(extents.get(cell.master.address) ?? 0, col));
    });
  });
  return extents;
}

function sheetLines(sheet: ExcelJS.Worksheet, page: number, unread: Unread[]): DocLine[] {
  const extents = mergeExtents(sheet);
  const lines: DocLine[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: DocCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const reading = cellText(cell.value, cell.numFmt);
      if ("problem" in reading) {
        unread.push({
          section: "xlsx",
          reason: `工作表“${sheet.name}”单元格 ${cell.address}：${reading.problem}，按空白处理`,
          location: { page, line: rowNumber, sheet: sheet.name },
        });
      }
      const text = flattenCellText(reading.text);
      if (text === "") return;
      cells.push({ text, x0: col, x1: extents.get(cell.address) ?? col });
    });
    if (cells.length === 0) return;
    lines.push({ page, line: rowNumber, text: cells.map((c) => c.text).join(" "), cells, sheet: sheet.name });
  });
  const hasTitle = lines.slice(0, TITLE_SEARCH_ROWS).some((l) => TITLE.test(l.text) || l.text.includes(sheet.name));
  if (!hasTitle && sheet.name.trim() !== "") {
    const name = sheet.name.trim();
    // The sheet name stands in for the printed title ("公开01表"); it has no row of its own, so it borrows row 1.
    lines.unshift({ page, line: 1, text: name, cells: [{ text: name, x0: 1, x1: 1 }], sheet: sheet.name });
  }
  return lines;
}

/**
 * An XLSX workbook → lines of cells: each worksheet is a page (1-based sheet index), each non-empty row a line (its row
 * number), each non-empty cell a DocCell whose x0/x1 are its column span, so table recognisers can match values to
 * header columns by overlap.
 */
export async function readXlsxDocument(bytes: Uint8Array, opts: { fileName?: string } = {}): Promise<XlsxSourceDoc> {
  const file = opts.fileName ?? "上传的文件";
  if (bytes.byteLength === 0) throw new ParseError("empty", `文件“${file}”是空文件，没有可读取的内容`, { file });
  if (OLE_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    throw new ParseError(
      "unsupported_format",
      `文件“${file}”是旧版 Excel（.xls）或加密的工作簿，无法直接读取；请在 Excel 中另存为未加密的 .xlsx 后再上传`,
      { file },
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; a copy also detaches us from the caller's view offsets.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ParseError("corrupt", `无法读取 Excel 文件“${file}”：文件已损坏或不是 xlsx 格式（${detail}）`, { file });
  }
  const unread: Unread[] = [];
  const lines = workbook.worksheets.flatMap((sheet, index) => sheetLines(sheet, index + 1, unread));
  if (workbook.worksheets.length === 0) {
    throw new ParseError("corrupt", `无法读取 Excel 文件“${file}”：工作簿中没有工作表`, { file });
  }
  return { format: "xlsx", pageCount: workbook.worksheets.length, lines, unread };
}
