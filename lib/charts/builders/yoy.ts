import type { BarSeriesOption, EChartsOption, LineSeriesOption } from "echarts";
import { changePct } from "@/lib/figures/rates";
import { formatPct, formatWan, pctToNumber, yuanToWanNumber } from "@/lib/figures/format";
import type { DataTable } from "@/lib/data-table";
import type { ChartContext } from "../context";
import type { PctString, TableMeta, YoyDto, YoyPoint } from "../dto";
import { axisIndex, baseOption, grid, table, tooltipHtml } from "../option-base";

export const NARRATIVE_SUFFIX = "（说明口径）";

interface YoyRow extends YoyPoint {
  category: string;
  growthPct: PctString | null;
}

/** Growth against the immediately preceding year only: a gap year gives no rate rather than a multi-year one. */
function rows(dto: YoyDto): YoyRow[] {
  const points = [...dto.points].sort((a, b) => a.year - b.year);
  return points.map((point, index) => {
    const prior = points[index - 1];
    let growthPct: PctString | null = null;
    if (prior !== undefined && prior.year === point.year - 1) growthPct = changePct(point.amount, prior.amount);
    const category = point.source === "narrative" ? `${point.year}${NARRATIVE_SUFFIX}` : String(point.year);
    return { ...point, category, growthPct };
  });
}

export function buildYoyOption(dto: YoyDto, ctx: ChartContext): EChartsOption {
  const data = rows(dto);
  const solid = ctx.palette[0] ?? "#1f3a5f";
  const bars: BarSeriesOption = {
    type: "bar",
    name: dto.label,
    barMaxWidth: 48,
    data: data.map((row) => ({
      key: String(row.year),
      value: yuanToWanNumber(row.amount),
      year: row.year,
      source: row.source,
      itemStyle:
        row.source === "narrative"
          ? {
              color: solid,
              opacity: 0.45,
              decal: { symbol: "rect", dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: -Math.PI / 4, color: "rgba(255,255,255,0.7)" },
            }
          : { color: solid },
    })),
  };
  const growth: LineSeriesOption = {
    type: "line",
    name: "增长率",
    yAxisIndex: 1,
    connectNulls: false,
    lineStyle: { color: ctx.fonts.mutedColor, width: 1.5 },
    symbolSize: 8,
    // The point often sits over a navy bar: the label gets its own white plate and a text shade readable on it.
    label: {
      show: true,
      position: "top",
      backgroundColor: "rgba(255,255,255,0.92)",
      padding: [1, 4],
      borderRadius: 3,
      formatter: (params) => formatPct(data[params.dataIndex]?.growthPct ?? null, { signed: true }),
    },
    labelLayout: { hideOverlap: true },
    data: data.map((row) => {
      const value = pctToNumber(row.growthPct);
      const flat = value === null || value === 0;
      const color = flat ? ctx.fonts.mutedColor : value > 0 ? ctx.increaseColor : ctx.decreaseColor;
      const text = flat ? ctx.fonts.color : value > 0 ? ctx.increaseTextColor : ctx.decreaseTextColor;
      return { key: String(row.year), value, itemStyle: { color }, label: { color: text } };
    }),
  };
  return {
    ...baseOption(ctx),
    grid: grid(40, 56, 40, 16),
    legend: { top: 0, data: [dto.label, "增长率"] },
    tooltip: {
      trigger: "axis",
      formatter: (params) => {
        const row = data[axisIndex(params) ?? -1];
        if (row === undefined) return "";
        return tooltipHtml(row.category, [
          [dto.label, `${formatWan(row.amount)} 万元`],
          ["比上年增长", formatPct(row.growthPct, { signed: true })],
          ["口径", row.source === "narrative" ? "决算情况说明所述上年数" : "决算报表"],
        ]);
      },
    },
    xAxis: { type: "category", data: data.map((row) => row.category), axisLabel: { interval: 0 } },
    yAxis: [
      { type: "value", name: "万元" },
      { type: "value", name: "增长率(%)", alignTicks: true, splitLine: { show: false }, axisLabel: { formatter: "{value}%" } },
    ],
    series: [bars, growth],
  };
}

export function toYoyTable(dto: YoyDto, meta: TableMeta = {}): DataTable {
  return table(
    meta,
    `${dto.label}年度变化`,
    [
      { key: "year", label: "年度", kind: "year" },
      { key: "amount", label: dto.label, kind: "amount" },
      { key: "growth", label: "比上年增长", kind: "pct" },
      { key: "source", label: "口径", kind: "text" },
    ],
    rows(dto).map((row) => ({
      year: row.year,
      amount: row.amount,
      growth: row.growthPct,
      source: row.source === "narrative" ? "说明口径" : "决算报表",
    })),
  );
}
