"use client";

import { useState } from "react";
import type { DataTable } from "@/lib/data-table";
import { toCsv } from "@/lib/export/csv";
import { exportFileStem } from "@/lib/export/file-name";
import { downloadBlob, errorMessage } from "./download";
import { csrfHeaders } from "@/components/layout/csrf";

export type DataFormat = "csv" | "xlsx";

/**
 * The table behind a chart (or a plain table) as CSV, built here from the same DataTable the card shows, or as XLSX
 * converted by POST /api/export/xlsx — exceljs stays on the server, so no page's first-load JavaScript grows.
 */
export async function downloadTable(table: DataTable, format: DataFormat, stem = exportFileStem(table.title, table.period)): Promise<void> {
  if (format === "csv") {
    downloadBlob(new Blob([toCsv(table)], { type: "text/csv;charset=utf-8" }), `${stem}.csv`);
    return;
  }
  const response = await fetch("/api/export/xlsx", {
    method: "POST",
    headers: { "content-type": "application/json", ...csrfHeaders() },
    body: JSON.stringify({ tables: [table], fileName: stem }),
  });
  if (!response.ok) throw new Error(await errorMessage(response));
  downloadBlob(await response.blob(), `${stem}.xlsx`);
}

/** CSV / Excel buttons for a table shown outside a chart card. */
export function DataDownloads({ table, className }: { table: DataTable; className?: string }) {
  const [status, setStatus] = useState("");
  const run = (format: DataFormat) => {
    setStatus(format === "xlsx" ? "正在生成 Excel…" : "");
    downloadTable(table, format).then(
      () => setStatus(""),
      (error: unknown) => setStatus(error instanceof Error ? error.message : "导出失败"),
    );
  };
  return (
    <div className={className} role="group" aria-label={`${table.title} 数据下载`}>
      <button type="button" className="button" onClick={() => run("csv")}>下载 CSV</button>{" "}
      <button type="button" className="button" onClick={() => run("xlsx")}>下载 Excel</button>
      <span aria-live="polite" style={{ marginLeft: 8, fontSize: 12 }}>{status}</span>
    </div>
  );
}
