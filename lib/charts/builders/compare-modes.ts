import type { BarSeriesOption, EChartsOption } from "echarts";
import { formatPct, formatWan, pctToNumber, yuanToWanNumber } from "@/lib/figures/format";
import { Decimal } from "@/lib/money";
import { sharePct } from "@/lib/figures/rates";
import { paletteColor, type ChartContext } from "../context";
import type { CompareDto } from "../dto";
import { axisNumber, valueAxisLabel } from "../axis-labels";
import { labelColorOn } from "../contrast";
import { axisTooltip, baseOption, escapeHtml, grid } from "../option-base";

/** The ways 对比 reads the same departments: amounts, structure shares, execution rates, change on the prior year. */
export const COMPARE_MODES = [
  { value: "amounts", label: "金额" },
  { value: "shares", label: "结构占比" },
  { value: "rates", label: "执行率" },
  { value: "yoy", label: "同比变化" },
] as const;
export type CompareMode = (typeof COMPARE_MODES)[number]["value"];

export function parseCompareMode(value: string | null | undefined): CompareMode {
  return COMPARE_MODES.find((m) => m.value === value)?.value ?? "amounts";
}

/** Per department the figures the rate and YoY modes read (percent strings, amounts in 元). */
export interface CompareFigures {
  id: string;
  name: string;
  expenditure: string | null;
  priorExpenditure: string | null;
  changePct: string | null;
  execRatePct: string | null;
  sangongRatePct: string | null;
}

const HORIZONTAL_LABEL = { width: 150, overflow: "truncate" as const, fontSize: 12 };

/**
 * 100% stacked bars: each department one bar, each 类 its share of that department's spending, so a department of
 * 1.75 亿 and one of 300 万 read on the same scale. Segments under 4% carry no label (it would not fit).
 */
export function buildCompareSharesOption(dto: CompareDto, ctx: ChartContext): EChartsOption {
  const totals = dto.departments.map((d) =>
    dto.metrics.reduce((sum, m) => sum.plus(d.values[m.key] ?? 0), new Decimal(0)),
  );
  const share = (deptIndex: number, key: string): number | null => {
    const value = dto.departments[deptIndex]?.values[key] ?? null;
    const total = totals[deptIndex];
    return pctToNumber(total === undefined ? null : sharePct(value, total));
  };
  const series: BarSeriesOption[] = dto.metrics.map((metric, index) => ({
    type: "bar",
    name: metric.label,
    stack: "share",
    itemStyle: { color: paletteColor(ctx, index) },
    barMaxWidth: 32,
    label: { show: true, color: labelColorOn(paletteColor(ctx, index), ctx.fonts.color), fontSize: 12, formatter: (p) => (typeof p.value === "number" && p.value >= 4 ? `${Math.round(p.value)}%` : "") },
    labelLayout: { hideOverlap: true },
    data: dto.departments.map((d, i) => ({ key: `${d.id}|${metric.key}`, departmentId: d.id, value: share(i, metric.key) })),
  }));
  return {
    ...baseOption(ctx),
    grid: grid(64, 24, 16, 16),
    legend: { type: "plain", top: 0, left: 0, right: 0 },
    tooltip: axisTooltip(dto.departments, (department, i) => {
        const lines = dto.metrics
          .filter((m) => department.values[m.key] !== null && department.values[m.key] !== undefined)
          .map((m) => `${escapeHtml(m.label)}：<b>${formatPct(String(share(i, m.key) ?? ""))}</b>（${formatWan(department.values[m.key] ?? null)} 万元）`);
        return `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(department.name)}</div>${lines.join("<br/>")}`;
    }),
    xAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
    yAxis: { type: "category", inverse: true, data: dto.departments.map((d) => d.name), axisLabel: HORIZONTAL_LABEL },
    series,
  };
}

/** Rates and changes are percentages of each department's own figures: one axis compares them fairly. */
function percentBars(
  rows: CompareFigures[],
  ctx: ChartContext,
  measures: ReadonlyArray<{ name: string; pick: (row: CompareFigures) => string | null; color: string }>,
  // The dashed line at 100% (rates) or 0 (change) is not labelled: the value axis prints that tick itself.
  reference: { value: number },
): EChartsOption {
  const series: BarSeriesOption[] = measures.map((measure, index) => ({
    type: "bar",
    name: measure.name,
    itemStyle: { color: measure.color },
    barMaxWidth: 18,
    label: { show: true, position: "right", fontSize: 12, color: ctx.fonts.color, formatter: (p) => (typeof p.value === "number" ? `${reference.value === 0 && p.value > 0 ? "+" : ""}${p.value.toFixed(1)}%` : "—") },
    labelLayout: { hideOverlap: true },
    data: rows.map((row) => ({ key: `${row.id}|${index}`, departmentId: row.id, value: pctToNumber(measure.pick(row)) })),
    ...(index === 0 ? { markLine: { silent: true, symbol: "none", label: { show: false }, lineStyle: { color: ctx.fonts.mutedColor, type: "dashed" }, data: [{ xAxis: reference.value }] } } : {}),
  }));
  return {
    ...baseOption(ctx),
    grid: grid(40, 56, 16, 16),
    legend: { type: "plain", top: 0 },
    tooltip: axisTooltip(rows, (row) => {
      const lines = measures.map((m) => `${escapeHtml(m.name)}：<b>${formatPct(m.pick(row), { signed: reference.value === 0 })}</b>`);
      return `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(row.name)}</div>${lines.join("<br/>")}`;
    }),
    xAxis: { type: "value", splitNumber: 4, axisLabel: valueAxisLabel({ formatter: (v) => `${axisNumber(v)}%` }) },
    yAxis: { type: "category", inverse: true, data: rows.map((r) => r.name), axisLabel: HORIZONTAL_LABEL },
    series,
  };
}

/** 预算执行率 and 三公经费执行率 per department against the 100% line. */
export function buildCompareRatesOption(rows: CompareFigures[], ctx: ChartContext): EChartsOption {
  return percentBars(
    rows,
    ctx,
    [
      { name: "预算执行率", pick: (r) => r.execRatePct, color: paletteColor(ctx, 0) },
      { name: "三公经费执行率", pick: (r) => r.sangongRatePct, color: paletteColor(ctx, 2) },
    ],
    { value: 100 },
  );
}

/** Change of total spending on the prior year, in percent; increases and decreases in the house colours. */
export function buildCompareYoyOption(rows: CompareFigures[], ctx: ChartContext): EChartsOption {
  const option = percentBars(rows, ctx, [{ name: "支出比上年", pick: (r) => r.changePct, color: ctx.increaseColor }], { value: 0 });
  const series = (option.series as BarSeriesOption[]).map((s) => ({
    ...s,
    data: (s.data as Array<{ value: number | null }>).map((d) => ({
      ...d,
      itemStyle: { color: d.value !== null && d.value < 0 ? ctx.decreaseColor : ctx.increaseColor },
    })),
  }));
  return { ...option, legend: { show: false }, series };
}

/**
 * Small multiples: one chart per department, each on its own scale, so a large department does not flatten the
 * others. The same metrics in the same order and colours in every panel.
 */
export function buildCompareMultipleOption(dto: CompareDto, departmentId: string, ctx: ChartContext): EChartsOption {
  const department = dto.departments.find((d) => d.id === departmentId);
  const metrics = dto.metrics;
  return {
    ...baseOption(ctx),
    grid: grid(8, 48, 8, 8),
    tooltip: { trigger: "item", formatter: (p) => `${escapeHtml(String((p as { name?: string }).name ?? ""))}：<b>${formatWan(department?.values[metrics[(p as { dataIndex: number }).dataIndex]?.key ?? ""] ?? null)}</b> 万元` },
    xAxis: { type: "value", axisLabel: { ...valueAxisLabel(), fontSize: 12 }, splitNumber: 3 },
    yAxis: { type: "category", inverse: true, data: metrics.map((m) => m.label), axisLabel: { width: 96, overflow: "truncate", fontSize: 12 } },
    series: [
      {
        type: "bar",
        barMaxWidth: 14,
        label: { show: true, position: "right", fontSize: 12, formatter: (p) => (typeof p.value === "number" && p.value > 0 ? formatWan(new Decimal(p.value).times(10000).toFixed(2)) : "") },
        labelLayout: { hideOverlap: true },
        data: metrics.map((m, i) => ({ value: yuanToWanNumber(department?.values[m.key] ?? null), itemStyle: { color: paletteColor(ctx, i) } })),
      },
    ],
  };
}
