import type { DataTable } from "@/lib/data-table";
import { headerLabel, toExportCell, type ExportCell } from "./cells";

/**
 * Characters that make Excel/WPS/LibreOffice treat a cell as a formula (CSV injection). Tab and CR are included
 * because some spreadsheet apps strip them and then evaluate what follows.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const BOM = "\uFEFF";
const CRLF = "\r\n";

/**
 * Text cells that would start a formula get a leading apostrophe. Only text is escaped: a numeric column's value
 * has already been validated as a plain decimal ("-12.50"), so it is written as a number and stays summable.
 * A text column is escaped even when its content looks numeric ("-3"), because a text column promises text.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180: quote a field holding a quote, comma or line break, doubling inner quotes. */
export function quoteField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function fieldText(cell: ExportCell): string {
  switch (cell.type) {
    case "empty":
      return "";
    case "number":
      return cell.text;
    case "text":
      return quoteField(neutraliseFormula(cell.text));
  }
}

/**
 * One DataTable as CSV: UTF-8 with BOM (so Excel on Chinese Windows reads it as UTF-8), CRLF line ends, a single
 * header row with units and one line per row. Title, period and source are not written as extra lines because
 * they would break every CSV reader that expects the header first; they belong in the file name or the XLSX export.
 */
export function toCsv(table: DataTable): string {
  const header = table.columns.map((column) => quoteField(neutraliseFormula(headerLabel(column))));
  const lines = [header.join(",")];
  for (const row of table.rows) {
    lines.push(table.columns.map((column) => fieldText(toExportCell(column, row[column.key]))).join(","));
  }
  return BOM + lines.join(CRLF) + CRLF;
}
