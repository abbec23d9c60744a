import type { BarSeriesOption, EChartsOption } from "echarts";
import { formatPct, pctToNumber } from "@/lib/figures/format";
import type { DataTable } from "@/lib/data-table";
import { PERFORMANCE_RATE_LABEL } from "@/lib/figures/execution";
import type { ChartContext } from "../context";
import type { PctString, PerformanceDto, PerformanceProjectRow, TableMeta } from "../dto";
import {
  bandColor,
  baseOption,
  dataKey,
  differenceYuan,
  executionRate,
  executionTooltipRows,
  grid,
  rateBand,
  rateReferenceLines,
  table,
  tooltipHtml,
} from "../option-base";

interface Row extends PerformanceProjectRow {
  key: string;
  rate: PctString | null;
}

/** The self-evaluation table's printed rate wins; computed only when the report leaves it blank. */
const withRates = (dto: PerformanceDto): Row[] =>
  dto.projects.map((project, index) => ({
    ...project,
    key: String(index),
    rate: executionRate(project.budget, project.actual, project.ratePct),
  }));

export function buildPerformanceOption(dto: PerformanceDto, ctx: ChartContext): EChartsOption {
  const rows = withRates(dto);
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const largest = Math.max(120, ...rows.map((row) => pctToNumber(row.rate) ?? 0));
  const bars: BarSeriesOption = {
    type: "bar",
    name: PERFORMANCE_RATE_LABEL,
    barMaxWidth: 18,
    label: {
      show: true,
      position: "right",
      color: ctx.fonts.mutedColor,
      formatter: (params) => formatPct(rows[params.dataIndex]?.rate ?? null),
    },
    data: rows.map((row) => ({
      key: row.key,
      value: pctToNumber(row.rate),
      itemStyle: { color: row.rate === null ? ctx.noBudgetColor : bandColor(ctx, rateBand(ctx, row.rate)) },
    })),
    markLine: rateReferenceLines(ctx, "x"),
  };
  return {
    ...baseOption(ctx),
    grid: grid(24, 56, 24, 8),
    tooltip: {
      trigger: "item",
      formatter: (params) => {
        const row = byKey.get(dataKey(params) ?? "");
        if (row === undefined) return "";
        return tooltipHtml(row.name, executionTooltipRows({ budget: "预算数", actual: "执行数", rate: PERFORMANCE_RATE_LABEL }, row));
      },
    },
    xAxis: { type: "value", position: "top", min: 0, max: Math.ceil(largest / 10) * 10, axisLabel: { formatter: "{value}%" } },
    yAxis: {
      type: "category",
      inverse: true,
      data: rows.map((row) => row.name),
      axisLabel: { interval: 0, width: 200, overflow: "truncate" },
    },
    series: [bars],
  };
}

export function toPerformanceTable(dto: PerformanceDto, meta: TableMeta = {}): DataTable {
  return table(
    meta,
    "项目绩效自评执行率",
    [
      { key: "name", label: "项目", kind: "text" },
      { key: "budget", label: "预算数", kind: "amount" },
      { key: "actual", label: "执行数", kind: "amount" },
      { key: "rate", label: PERFORMANCE_RATE_LABEL, kind: "pct" },
      { key: "difference", label: "差额", kind: "amount" },
    ],
    withRates(dto).map((row) => ({
      name: row.name,
      budget: row.budget,
      actual: row.actual,
      rate: row.rate,
      difference: differenceYuan(row.budget, row.actual),
    })),
  );
}
