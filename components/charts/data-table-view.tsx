import type { ColumnKind, DataCell, DataColumn, DataTable } from "@/lib/data-table";
import { formatCount, formatPct, formatPp, formatWan, MISSING } from "@/lib/figures/format";
import { DataDownloads } from "@/components/export/data-downloads";
import styles from "./chart-card.module.css";

/** A chart's numbers as a table: amounts in 万元 with separators, rates with %, missing as "—" (never 0). */
export function formatCell(kind: ColumnKind, value: DataCell | undefined): string {
  if (value === null || value === undefined || value === "") return MISSING;
  const text = String(value);
  switch (kind) {
    case "amount":
      return formatWan(text);
    case "pct":
      return formatPct(text);
    case "pp":
      return formatPp(text);
    case "count":
      return formatCount(text);
    case "year":
    case "text":
      return text;
  }
}

const NUMERIC: ReadonlySet<ColumnKind> = new Set(["amount", "pct", "pp", "count"]);

function header(column: DataColumn): string {
  return column.kind === "amount" ? `${column.label}（万元）` : column.label;
}

/** `downloadable` adds 下载 CSV / 下载 Excel for a table shown on its own (inside a chart card the 导出 menu has them). */
export function DataTableView({ table, caption = false, downloadable = false }: { table: DataTable; caption?: boolean; downloadable?: boolean }) {
  const view = (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        {caption ? <caption>{table.title}</caption> : null}
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.key} scope="col" className={NUMERIC.has(column.kind) ? styles.num : undefined}>
                {header(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              {table.columns.map((column) => (
                <td key={column.key} className={NUMERIC.has(column.kind) ? styles.num : undefined}>
                  {formatCell(column.kind, row[column.key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  if (!downloadable) return view;
  return (
    <div>
      <DataDownloads table={table} />
      {view}
    </div>
  );
}
