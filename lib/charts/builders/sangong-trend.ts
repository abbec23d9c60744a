import type { BarSeriesOption, EChartsOption, LineSeriesOption } from "echarts";
import { formatPct, formatWan, yuanToWanNumber } from "@/lib/figures/format";
import type { DataTable } from "@/lib/data-table";
import { paletteColor, type ChartContext } from "../context";
import type { SangongTrendDto, TableMeta } from "../dto";
import { axisIndex, baseOption, escapeHtml, executionRate, grid, table } from "../option-base";

const TOTAL_NAME = "合计";

/** What the two drawing styles mean; printed next to the one legend (one entry per item, not per item × measure). */
export const SANGONG_STYLE_KEY = "柱/实线 = 决算　虚线 = 预算";

/**
 * 决算 as bars per item, 预算 as dashed lines of the same colour, 合计 as a bold line pair on the same axis. Each item's
 * two series share its name, so the legend has one entry per item (five in all) and never pages, even at 1024 px;
 * clicking an entry hides both of its series.
 */
export function buildSangongTrendOption(dto: SangongTrendDto, ctx: ChartContext): EChartsOption {
  const years = dto.years.map(String);
  const totalColor = ctx.palette[0] ?? "#1f3a5f";
  const itemSeries = dto.items.flatMap((item, index): Array<BarSeriesOption | LineSeriesOption> => {
    // Index 0 is reserved for 合计 so an item never shares its colour.
    const color = paletteColor(ctx, index + 1);
    return [
      {
        type: "bar",
        name: item.name,
        itemStyle: { color },
        barMaxWidth: 18,
        data: item.actual.map((value, i) => ({ key: `${item.key}/${years[i] ?? ""}`, item: item.key, value: yuanToWanNumber(value) })),
      },
      {
        type: "line",
        name: item.name,
        itemStyle: { color },
        lineStyle: { type: "dashed", color, width: 1 },
        symbol: "emptyCircle",
        data: item.budget.map((value) => yuanToWanNumber(value)),
      },
    ];
  });
  const totals: LineSeriesOption[] = [
    {
      type: "line",
      name: TOTAL_NAME,
      itemStyle: { color: totalColor },
      lineStyle: { width: 3, color: totalColor },
      symbolSize: 8,
      data: dto.total.actual.map((value) => yuanToWanNumber(value)),
    },
    {
      type: "line",
      name: TOTAL_NAME,
      itemStyle: { color: totalColor },
      lineStyle: { width: 2, type: "dashed", color: totalColor },
      symbol: "emptyCircle",
      data: dto.total.budget.map((value) => yuanToWanNumber(value)),
    },
  ];
  return {
    ...baseOption(ctx),
    // Style key on the first line, the item legend below it (it may wrap to a second line in a narrow card, never pages).
    // Without items there is one pair of lines, which the style key names: no legend, and the axis name 万元 below the key.
    grid: grid(dto.items.length > 0 ? 96 : 44, 16, 24, 16),
    legend: {
      show: dto.items.length > 0,
      type: "plain",
      top: 22,
      left: 0,
      right: 0,
      itemGap: 14,
      data: [...dto.items.map((item) => item.name), TOTAL_NAME],
    },
    graphic: [{ type: "text", left: 4, top: 2, style: { text: SANGONG_STYLE_KEY, fontSize: 12, fill: ctx.fonts.mutedColor } }],
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      formatter: (params) => {
        const i = axisIndex(params) ?? -1;
        const year = years[i];
        if (year === undefined) return "";
        const lines = [...dto.items, { name: TOTAL_NAME, ...dto.total }].map((item) => {
          const budget = item.budget[i] ?? null;
          const actual = item.actual[i] ?? null;
          return `${escapeHtml(item.name)}：预算 <b>${formatWan(budget)}</b>，决算 <b>${formatWan(actual)}</b>（${formatPct(executionRate(budget, actual))}）`;
        });
        return `<div style="font-weight:600;margin-bottom:4px">${year}年（万元）</div>${lines.join("<br/>")}`;
      },
    },
    xAxis: { type: "category", data: years },
    yAxis: { type: "value", name: "万元" },
    series: [...itemSeries, ...totals],
  };
}

export function toSangongTrendTable(dto: SangongTrendDto, meta: TableMeta = {}): DataTable {
  const items = [...dto.items, { key: "total", name: TOTAL_NAME, ...dto.total }];
  return table(
    meta,
    "“三公”经费预算与决算",
    [
      { key: "year", label: "年度", kind: "year" },
      { key: "item", label: "项目", kind: "text" },
      { key: "budget", label: "预算数", kind: "amount" },
      { key: "actual", label: "决算数", kind: "amount" },
      { key: "rate", label: "执行率", kind: "pct" },
    ],
    dto.years.flatMap((year, i) =>
      items.map((item) => {
        const budget = item.budget[i] ?? null;
        const actual = item.actual[i] ?? null;
        return { year, item: item.name, budget, actual, rate: executionRate(budget, actual) };
      }),
    ),
  );
}
