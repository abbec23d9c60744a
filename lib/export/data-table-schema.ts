import { z } from "zod";

/**
 * A DataTable as a client may send it for conversion (POST /api/export/xlsx). Bounded so one request cannot make the
 * server build a huge workbook: the largest chart table (heatmap of every department × 类) stays well inside.
 */
export const MAX_EXPORT_BYTES = 2_000_000;
const MAX_ROWS = 20_000;
const MAX_COLUMNS = 60;
const MAX_TABLES = 20;
const text = (max: number) => z.string().max(max);

export const DataTableSchema = z.object({
  title: text(200).min(1),
  period: text(100).optional(),
  source: text(500).optional(),
  columns: z
    .array(z.object({ key: text(100).min(1), label: text(200), kind: z.enum(["text", "amount", "pct", "pp", "count", "year"]) }))
    .min(1)
    .max(MAX_COLUMNS),
  rows: z.array(z.record(text(100), z.union([text(2000), z.number().finite(), z.null()]))).max(MAX_ROWS),
});

export const XlsxRequestSchema = z.object({
  tables: z.array(DataTableSchema).min(1).max(MAX_TABLES),
  /** File name stem; the first table's "<title>-<period>" when absent. */
  fileName: text(200).optional(),
});

export { exportFileStem } from "./file-name";
