import type { BarSeriesOption, EChartsOption } from "echarts";
import { formatWan, yuanToWanNumber } from "@/lib/figures/format";
import type { DataTable } from "@/lib/data-table";
import { paletteColor, type ChartContext } from "../context";
import type { CompareDto, TableMeta } from "../dto";
import { valueAxisLabel } from "../axis-labels";
import { axisTooltip, baseOption, escapeHtml, grid, table } from "../option-base";

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 6;

/** More than six bars per group stop being comparable; fewer than two is not a comparison. The page enforces it too. */
function assertCount(dto: CompareDto): void {
  const n = dto.departments.length;
  if (n < MIN_COMPARED || n > MAX_COMPARED) {
    throw new RangeError(`compare needs ${MIN_COMPARED}–${MAX_COMPARED} departments, got ${n}`);
  }
}

/** Pixel height that gives every department's bar in every metric group about 10 px, legend rows included. */
export function compareHeight(dto: CompareDto): number {
  const legend = 24 + 22 * Math.ceil(dto.departments.length / 3);
  return Math.max(240, legend + 32 + dto.metrics.length * Math.max(36, dto.departments.length * 11 + 12));
}

/**
 * One value axis for every department and metric, so bar lengths compare directly. Metrics run down the side: a
 * dozen 类 names ("201 一般公共服务支出") side by side under columns ran into each other on a card and on a slide.
 */
export function buildCompareOption(dto: CompareDto, ctx: ChartContext): EChartsOption {
  assertCount(dto);
  const series: BarSeriesOption[] = dto.departments.map((department, index) => ({
    type: "bar",
    name: department.name,
    itemStyle: { color: paletteColor(ctx, index) },
    barMaxWidth: 28,
    data: dto.metrics.map((metric) => ({
      key: `${department.id}|${metric.key}`,
      departmentId: department.id,
      metric: metric.key,
      value: yuanToWanNumber(department.values[metric.key] ?? null),
    })),
  }));
  return {
    ...baseOption(ctx),
    grid: grid(24 + 22 * Math.ceil(dto.departments.length / 3), 24, 8, 8),
    legend: { type: "plain", top: 0, left: 0, right: 0 },
    tooltip: axisTooltip(dto.metrics, (metric) => {
      const lines = dto.departments.map(
        (department) => `${escapeHtml(department.name)}：<b>${formatWan(department.values[metric.key] ?? null)}</b> 万元`,
      );
      return `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(metric.label)}</div>${lines.join("<br/>")}`;
    }),
    xAxis: { type: "value", splitNumber: 4, axisLabel: valueAxisLabel() },
    yAxis: {
      type: "category",
      inverse: true,
      data: dto.metrics.map((metric) => metric.label.replace(/^\d+\s*/u, "")),
      axisLabel: { interval: 0, width: 120, overflow: "truncate", fontSize: 12 },
    },
    series,
  };
}

export function toCompareTable(dto: CompareDto, meta: TableMeta = {}): DataTable {
  assertCount(dto);
  return table(
    meta,
    "部门对比",
    [
      { key: "metric", label: "指标", kind: "text" },
      ...dto.departments.map((department) => ({ key: `d:${department.id}`, label: department.name, kind: "amount" as const })),
    ],
    dto.metrics.map((metric) => ({
      metric: metric.label,
      ...Object.fromEntries(dto.departments.map((department) => [`d:${department.id}`, department.values[metric.key] ?? null])),
    })),
  );
}
