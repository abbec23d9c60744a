import ExcelJS from "exceljs";
import type { DataColumn, DataTable } from "@/lib/data-table";
import { headerLabel, toExportCell, type ExportCell } from "./cells";
import { uniqueSheetNames } from "./sheet-names";

export interface XlsxOptions {
  /**
   * Written as the workbook's created/modified time. Defaults to the Unix epoch so that the same tables always give
   * the same metadata; pass the export time when the file is for a person.
   */
  generatedAt?: Date;
}

const CREATOR = "Fiscal Lens 财政决算透视";

/** Rates are stored as percent numbers (93.1 → "93.10%") so the cell value equals the figure in the report. */
const NUMBER_FORMAT: Record<DataColumn["kind"], string | undefined> = {
  amount: "#,##0.00",
  pct: '0.00"%"',
  pp: "0.00",
  count: "#,##0",
  year: "0",
  text: undefined,
};

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** Approximate rendered width: CJK and full-width characters take two columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\uffef]/.test(ch) ? 2 : 1;
  return width;
}

function cellValue(cell: ExportCell): string | number | null {
  switch (cell.type) {
    case "empty":
      return null;
    case "number":
      return cell.value.toNumber();
    case "text":
      return cell.text;
  }
}

/** Roughly what a cell shows once formatted (grouping separators included), for column widths. */
function shownText(cell: ExportCell): string {
  if (cell.type === "empty") return "";
  if (cell.type === "text") return cell.text;
  return cell.text.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function addTableSheet(workbook: ExcelJS.Workbook, name: string, table: DataTable): void {
  const sheet = workbook.addWorksheet(name);
  const span = Math.max(table.columns.length, 1);
  const preamble: Array<{ text: string; bold: boolean; size: number }> = [
    { text: table.title, bold: true, size: 14 },
    ...(table.period ? [{ text: `期间：${table.period}`, bold: false, size: 10 }] : []),
    ...(table.source ? [{ text: `数据来源：${table.source}`, bold: false, size: 10 }] : []),
  ];
  preamble.forEach((line, index) => {
    const row = sheet.getRow(index + 1);
    row.getCell(1).value = line.text;
    row.getCell(1).font = { bold: line.bold, size: line.size };
    if (span > 1) sheet.mergeCells(index + 1, 1, index + 1, span);
  });

  const headerRowNumber = preamble.length + 1;
  const header = sheet.getRow(headerRowNumber);
  const widths = table.columns.map((column) => displayWidth(headerLabel(column)));
  table.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = headerLabel(column);
    cell.font = { bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEFF3F8" } };
    cell.border = { bottom: { style: "thin", color: { argb: "FF8C9BAE" } } };
  });

  table.rows.forEach((source, rowIndex) => {
    const row = sheet.getRow(headerRowNumber + 1 + rowIndex);
    table.columns.forEach((column, index) => {
      const exported = toExportCell(column, source[column.key]);
      const cell = row.getCell(index + 1);
      cell.value = cellValue(exported);
      const format = NUMBER_FORMAT[column.kind];
      if (exported.type === "number" && format !== undefined) cell.numFmt = format;
      widths[index] = Math.max(widths[index] ?? 0, displayWidth(shownText(exported)));
    });
  });

  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2));
  });
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: headerRowNumber, topLeftCell: `A${headerRowNumber + 1}` }];
}

/**
 * One worksheet per table: title, 期间 and 数据来源 rows, a frozen header row with units, then the rows with
 * amounts as numbers in 万元 ("#,##0.00") and rates as percent numbers. Text is written as strings, never as
 * formulas, so formula injection is not possible here.
 */
export async function toXlsx(tables: readonly DataTable[], options: XlsxOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const stamp = options.generatedAt ?? new Date(0);
  workbook.creator = CREATOR;
  workbook.lastModifiedBy = CREATOR;
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.calcProperties.fullCalcOnLoad = false;

  const names = uniqueSheetNames(tables.map((table) => table.title));
  tables.forEach((table, index) => addTableSheet(workbook, names[index] ?? `Sheet${index + 1}`, table));
  if (tables.length === 0) workbook.addWorksheet("Sheet1");

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
