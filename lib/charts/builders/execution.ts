import type { BarSeriesOption, EChartsOption, ScatterSeriesOption } from "echarts";
import { pctToNumber, yuanToWanNumber } from "@/lib/figures/format";
import type { DataTable } from "@/lib/data-table";
import { BASIS_BUDGET_LABEL, rateLabel } from "@/lib/figures/execution";
import type { ChartContext } from "../context";
import { distinctNames } from "../distinct-names";
import type { ExecutionDto, ExecutionRow, PctString, TableMeta } from "../dto";
import {
  axisTooltip,
  bandColor,
  baseOption,
  differenceYuan,
  executionRate,
  executionTooltipRows,
  grid,
  rateBand,
  rateReferenceLines,
  table,
  tooltipHtml,
} from "../option-base";

interface Row extends ExecutionRow {
  rate: PctString | null;
}

const withRates = (dto: ExecutionDto): Row[] =>
  dto.rows.map((row) => ({ ...row, rate: executionRate(row.budget, row.actual, row.ratePct) }));

/** Rate axis wide enough for the largest rate, never narrower than 0–120% so the 110% line is always visible. */
function rateAxisMax(rows: Row[]): number {
  const largest = Math.max(120, ...rows.map((row) => pctToNumber(row.rate) ?? 0));
  return Math.ceil(largest / 10) * 10;
}

/** The budget's name and the rate's label with its denominator ("执行率（对全年预算）"); 年初预算 unless the DTO says. */
function labelsOf(dto: ExecutionDto): { budget: string; rate: string } {
  const basis = dto.basis ?? "initial";
  return { budget: BASIS_BUDGET_LABEL[basis], rate: rateLabel(basis) };
}

export function buildExecutionOption(dto: ExecutionDto, ctx: ChartContext): EChartsOption {
  const rows = withRates(dto);
  const labels = labelsOf(dto);
  const budgetColor = ctx.palette[3] ?? "#5b8db8";
  const actualColor = ctx.palette[0] ?? "#1f3a5f";
  const budget: BarSeriesOption = {
    type: "bar",
    name: labels.budget,
    itemStyle: { color: budgetColor, opacity: 0.55 },
    barMaxWidth: 28,
    data: rows.map((row) => ({ key: row.code, code: row.code, value: yuanToWanNumber(row.budget) })),
  };
  const actual: BarSeriesOption = {
    type: "bar",
    name: "决算",
    itemStyle: { color: actualColor },
    barMaxWidth: 28,
    data: rows.map((row) => ({ key: row.code, code: row.code, value: yuanToWanNumber(row.actual) })),
  };
  const rate: ScatterSeriesOption = {
    type: "scatter",
    name: labels.rate,
    yAxisIndex: 1,
    symbol: "diamond",
    symbolSize: 12,
    z: 5,
    data: rows.map((row) => ({
      key: row.code,
      code: row.code,
      value: pctToNumber(row.rate),
      itemStyle: { color: row.rate === null ? ctx.noBudgetColor : bandColor(ctx, rateBand(ctx, row.rate)) },
    })),
    markLine: rateReferenceLines(ctx, "y"),
  };
  return {
    ...baseOption(ctx),
    grid: grid(40, 56, 24, 16),
    legend: { top: 0, data: [labels.budget, "决算", labels.rate] },
    tooltip: axisTooltip(rows, (row) =>
      tooltipHtml(`${row.code} ${row.name}`, executionTooltipRows({ budget: labels.budget, actual: "决算", rate: labels.rate }, row)),
    ),
    xAxis: {
      type: "category",
      // 行政运行 under two 款 is two bars: each label says which.
      data: distinctNames(rows),
      axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0, width: 132, overflow: "truncate", hideOverlap: true },
    },
    yAxis: [
      { type: "value", name: "万元" },
      { type: "value", name: "执行率", min: 0, max: rateAxisMax(rows), splitLine: { show: false }, axisLabel: { formatter: "{value}%" } },
    ],
    series: [budget, actual, rate],
  };
}

export function toExecutionTable(dto: ExecutionDto, meta: TableMeta = {}): DataTable {
  const labels = labelsOf(dto);
  return table(
    meta,
    "预算执行情况",
    [
      { key: "code", label: "科目编码", kind: "text" },
      { key: "name", label: "科目名称", kind: "text" },
      { key: "budget", label: labels.budget, kind: "amount" },
      { key: "actual", label: "决算", kind: "amount" },
      { key: "rate", label: labels.rate, kind: "pct" },
      { key: "difference", label: "差额", kind: "amount" },
    ],
    withRates(dto).map((row) => ({
      code: row.code,
      name: row.name,
      budget: row.budget,
      actual: row.actual,
      rate: row.rate,
      difference: differenceYuan(row.budget, row.actual),
    })),
  );
}
