import type { EChartsOption, GridComponentOption, TooltipComponentFormatterCallbackParams, TooltipComponentOption } from "echarts";
import { Decimal } from "@/lib/money";
import { ratePct } from "@/lib/figures/rates";
import { rateBandOf, type RateBand } from "@/lib/figures/execution";
import { formatAmount, formatPct, formatWan } from "@/lib/figures/format";
import type { DataTable } from "@/lib/data-table";
import type { ChartContext } from "./context";
import type { PctString, TableMeta, Yuan } from "./dto";

/** What every builder starts from: accessible, title-less (the card draws it), no animation when static. */
export function baseOption(ctx: ChartContext): EChartsOption {
  return {
    aria: { enabled: true },
    animation: !ctx.static,
    color: [...ctx.palette],
    textStyle: { fontFamily: ctx.fonts.family, fontSize: ctx.fonts.size, color: ctx.fonts.color },
  };
}

/** Pixel grid with labels kept inside it (v6 replacement of `containLabel`). Numbers, so exports can shift it. */
export function grid(top: number, right: number, bottom: number, left: number): GridComponentOption {
  return { top, right, bottom, left, outerBoundsMode: "same", outerBoundsContain: "axisLabel" };
}

/** Report text ends up in tooltip HTML: escape it. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export function tooltipHtml(heading: string, rows: ReadonlyArray<readonly [string, string]>): string {
  const body = rows.map(([label, value]) => `${escapeHtml(label)}：<b>${escapeHtml(value)}</b>`).join("<br/>");
  return `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(heading)}</div>${body}`;
}

/** Tooltip of a category chart: one block per category, rendered from the builder's own row (exact strings). */
export function axisTooltip<T>(rows: readonly T[], render: (row: T, index: number) => string): TooltipComponentOption {
  return {
    trigger: "axis",
    axisPointer: { type: "shadow" },
    formatter: (params) => {
      const index = axisIndex(params) ?? -1;
      const row = rows[index];
      return row === undefined ? "" : render(row, index);
    },
  };
}

/** Budget, actual, rate and difference lines of an execution tooltip (项 execution, project self-evaluation). */
export function executionTooltipRows(
  labels: { budget: string; actual: string; rate: string },
  row: { budget: Yuan | null; actual: Yuan | null; rate: PctString | null },
): Array<[string, string]> {
  return [
    [labels.budget, `${formatWan(row.budget)} 万元`],
    [labels.actual, `${formatWan(row.actual)} 万元`],
    [labels.rate, formatPct(row.rate)],
    ["差额", formatAmount(differenceYuan(row.budget, row.actual), { signed: true })],
  ];
}

/** The `key` a builder put on a data item, so the tooltip can look the exact (string) figures up. */
export function dataKey(params: TooltipComponentFormatterCallbackParams): string | undefined {
  const first = Array.isArray(params) ? params[0] : params;
  const data: unknown = first?.data;
  if (typeof data !== "object" || data === null || !("key" in data)) return undefined;
  return typeof data.key === "string" ? data.key : undefined;
}

/** Category index of an axis-triggered tooltip. */
export function axisIndex(params: TooltipComponentFormatterCallbackParams): number | undefined {
  const first = Array.isArray(params) ? params[0] : params;
  return first?.dataIndex;
}

/** Execution rate as a percent string with 2 decimals: the printed one when given, else 决算 / 预算. */
export function executionRate(budget: Yuan | null, actual: Yuan | null, stated?: PctString | null): PctString | null {
  return stated ?? ratePct(actual, budget);
}

export function differenceYuan(budget: Yuan | null, actual: Yuan | null): Yuan | null {
  if (budget === null || actual === null) return null;
  return new Decimal(actual).minus(budget).toFixed(2);
}

export { sharePct } from "@/lib/figures/rates";

export type { RateBand } from "@/lib/figures/execution";

/** The band of a rate against the context's expected band (lib/settings/execution-band.ts unless a context says otherwise). */
export function rateBand(ctx: ChartContext, rate: PctString): RateBand {
  return rateBandOf(rate, ctx.executionBand);
}

export function bandColor(ctx: ChartContext, band: RateBand): string {
  if (band === "below") return ctx.diverging[0];
  if (band === "above") return ctx.diverging[2];
  return ctx.palette[1] ?? ctx.diverging[1];
}

/** Reference lines at the band's low end, 100% and its high end (90/100/110% by default) for a rate axis. */
export function rateReferenceLines(ctx: ChartContext, axis: "x" | "y") {
  return {
    silent: true,
    symbol: "none" as const,
    // Inside the plot area: at the line's end the label would sit on top of the rate axis' own tick labels.
    label: { formatter: "{c}%", color: ctx.fonts.mutedColor, position: axis === "y" ? ("insideEndTop" as const) : ("end" as const), fontSize: 12 },
    lineStyle: { type: "dashed" as const, color: ctx.fonts.mutedColor, width: 1 },
    // Upright lines sit a few px apart on a narrow card: the band's edges are labelled outside the band (low to the
    // left of its line, high to the right), and 100% is left to the rate axis' own tick.
    data: [ctx.executionBand.lowPct, 100, ctx.executionBand.highPct].map((value) => {
      if (axis === "y") return { yAxis: value };
      if (value === 100) return { xAxis: value, label: { show: false } };
      return { xAxis: value, label: { align: value < 100 ? ("right" as const) : ("left" as const) } };
    }),
  };
}

export function table(meta: TableMeta, defaultTitle: string, columns: DataTable["columns"], rows: DataTable["rows"]): DataTable {
  return {
    title: meta.title ?? defaultTitle,
    ...(meta.period === undefined ? {} : { period: meta.period }),
    ...(meta.source === undefined ? {} : { source: meta.source }),
    columns,
    rows,
  };
}

/** Compares 元 strings for sorting (nulls last). */
export function compareYuanDesc(a: Yuan | null, b: Yuan | null): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return new Decimal(b).comparedTo(a);
}
