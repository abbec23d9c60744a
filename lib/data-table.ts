/**
 * A chart's or view's numbers as a plain table: what the "数据表" toggle shows and what CSV/XLSX exports write.
 * Amount cells are decimal strings in 元 (formatted to 万元 for display), rates are decimal strings in percent.
 */
export type ColumnKind = "text" | "amount" | "pct" | "pp" | "count" | "year";

export interface DataColumn {
  key: string;
  label: string;
  kind: ColumnKind;
}

export type DataCell = string | number | null;

export interface DataTable {
  title: string;
  /** Period, e.g. "2024年度" or "2019—2024年". */
  period?: string;
  /** Where the figures come from, e.g. "咸宁市人民政府办公室 2024 年度部门决算 公开05表 第6页". */
  source?: string;
  columns: DataColumn[];
  rows: Array<Record<string, DataCell>>;
}
