"use client";

import { useRef, useState, type ReactNode } from "react";
import type { EChartsOption } from "echarts";
import type { DataTable } from "@/lib/data-table";
import { formatSourceNote, type SourceNote } from "@/lib/charts/source-note";
import { SourceLink } from "@/components/evidence/source-link";
import { exportFileStem, exportTitle } from "@/lib/export/file-name";
import { ExportMenu } from "@/components/export/export-menu";
import { EChart, type ChartEventHandlers, type ChartRenderer, type EChartHandle, type ImageFormat } from "./echart";
import { DataTableView } from "./data-table-view";
import styles from "./chart-card.module.css";
import { formatDate } from "@/lib/figures/format";

export interface ChartCardProps {
  title: string;
  /** "万元" by default; null for charts without a money axis (counts, rates). */
  unit?: string | null;
  period?: string;
  option: EChartsOption;
  /** The same numbers as a table (the builder's to*Table twin); enables the 数据表 toggle. */
  table?: DataTable;
  source?: SourceNote;
  height?: number;
  renderer?: ChartRenderer;
  onEvents?: ChartEventHandlers;
  /** Extra controls in the header (breadcrumb, metric switch). */
  actions?: ReactNode;
  /** File name stem for exports; "<department> <title>-<period>" by default (the department from `source`). */
  fileName?: string;
  /** A line above the chart while its figures load, or why they did not (announced to screen readers). */
  notice?: string | null;
}

/** The export stamp's day in Beijing time, as the server's chart exports and decks print it. */
const today = () => formatDate(new Date());

export function ChartCard({
  title,
  unit = "万元",
  period,
  option,
  table,
  source,
  height = 360,
  renderer,
  onEvents,
  actions,
  fileName,
  notice = null,
}: ChartCardProps) {
  const chartRef = useRef<EChartHandle>(null);
  const [showTable, setShowTable] = useState(false);
  const sourceText = source === undefined ? "" : formatSourceNote(source);
  const fileTitle = exportTitle(title, source?.department);

  // The whole chart (every row of a zoomed heatmap) framed with title, unit, period, source and today's date.
  const renderImage = (format: ImageFormat) =>
    chartRef.current?.exportImage(format, {
      title: fileTitle,
      ...(unit === null ? {} : { unit }),
      ...(period === undefined ? {} : { period }),
      ...(sourceText === "" ? {} : { source: sourceText }),
      exportedOn: today(),
    }) ?? null;
  // Files carry the title the card shows (with the department's name); the table keeps its own columns and rows.
  const tablePeriod = table?.period ?? period;
  const tableSource = table?.source ?? (sourceText === "" ? undefined : sourceText);
  const exportTable =
    table === undefined
      ? undefined
      : { ...table, title: fileTitle, ...(tablePeriod === undefined ? {} : { period: tablePeriod }), ...(tableSource === undefined ? {} : { source: tableSource }) };

  return (
    <section className={styles.card} aria-label={title}>
      <header className={styles.header}>
        <div>
          <h3 className={styles.title}>{title}</h3>
          <p className={styles.meta}>
            {unit === null ? null : <span>单位：{unit}</span>}
            {period === undefined ? null : <span>{period}</span>}
          </p>
        </div>
        <div className={styles.actions}>
          {actions}
          {table === undefined ? null : (
            <button type="button" className={styles.button} aria-pressed={showTable} onClick={() => setShowTable((shown) => !shown)}>
              {showTable ? "图表" : "数据表"}
            </button>
          )}
          <ExportMenu
            fileStem={exportFileStem(fileName ?? fileTitle, period)}
            renderImage={renderImage}
            imagesDisabled={showTable}
            {...(exportTable === undefined ? {} : { table: exportTable })}
          />
        </div>
      </header>
      {notice === null ? null : <p className={styles.notice} role="status">{notice}</p>}
      {/* The chart stays mounted under the table so export and drill state survive the toggle. */}
      <div className={showTable ? styles.hidden : undefined}>
        <EChart ref={chartRef} option={option} height={height} renderer={renderer} onEvents={onEvents} />
      </div>
      {showTable && table !== undefined ? <DataTableView table={table} /> : null}
      {sourceText === "" ? null : (
        <footer className={styles.source}>
          来源：
          {source?.reportId === undefined ? sourceText : <SourceLink reportId={source.reportId} page={source.page}>{sourceText}</SourceLink>}
        </footer>
      )}
    </section>
  );
}
