import type { DataCell, DataColumn } from "@/lib/data-table";
import { Decimal, yuanToWan } from "@/lib/money";
import { exactWanText, toDecimal } from "@/lib/figures/format";

/** A table cell as the exporters see it: a number to write as a number, text to write as text, or nothing. */
export type ExportCell =
  | { type: "number"; value: Decimal; text: string }
  | { type: "text"; text: string }
  | { type: "empty" };

const UNIT_SUFFIX: Partial<Record<DataColumn["kind"], string>> = {
  amount: "万元",
  pct: "%",
  pp: "百分点",
};

/** Header label with its unit: "金额" (amount) → "金额（万元）"; a label that already names the unit is left alone. */
export function headerLabel(column: DataColumn): string {
  const unit = UNIT_SUFFIX[column.kind];
  if (unit === undefined || column.label.includes(unit)) return column.label;
  return `${column.label}（${unit}）`;
}

/**
 * Converts one cell by its column kind. Amounts arrive in 元 and leave in 万元, exactly; rates and points are
 * shown with two decimals. A non-numeric value in a numeric column is kept as text rather than dropped or zeroed,
 * so a "—" or "未公开" in the source survives into the export.
 */
export function toExportCell(column: DataColumn, cell: DataCell | undefined): ExportCell {
  if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) return { type: "empty" };
  if (column.kind === "text") return { type: "text", text: String(cell) };
  const value = toDecimal(cell);
  if (value === null) return { type: "text", text: String(cell) };
  switch (column.kind) {
    case "amount": {
      return { type: "number", value: yuanToWan(value), text: exactWanText(value) };
    }
    case "pct":
    case "pp":
      return { type: "number", value, text: value.toFixed(2, Decimal.ROUND_HALF_UP) };
    case "count":
    case "year":
      return { type: "number", value, text: value.toFixed() };
  }
}
