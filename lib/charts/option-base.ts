import type { EChartsOption, GridComponentOption, TooltipComponentFormatterCallbackParams } from "echarts";
import { Decimal, ratioPct } from "@/lib/money";
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
  if (stated !== null && stated !== undefined) return stated;
  if (actual === null || budget === null) return null;
  return ratioPct(actual, budget)?.toFixed(2, Decimal.ROUND_HALF_UP) ?? null;
}

export function differenceYuan(budget: Yuan | null, actual: Yuan | null): Yuan | null {
  if (budget === null || actual === null) return null;
  return new Decimal(actual).minus(budget).toFixed(2);
}

/** Share of `part` in `total`, percent with 2 decimals. */
export function sharePct(part: Yuan | null, total: Decimal | null): PctString | null {
  if (part === null || total === null) return null;
  return ratioPct(part, total)?.toFixed(2, Decimal.ROUND_HALF_UP) ?? null;
}

export type RateBand = "below" | "within" | "above";

/** Below ~90% or above ~110% deserves attention (DOMAIN.md). */
export function rateBand(rate: PctString): RateBand {
  const value = new Decimal(rate);
  if (value.lessThan(90)) return "below";
  if (value.greaterThan(110)) return "above";
  return "within";
}

export function bandColor(ctx: ChartContext, band: RateBand): string {
  if (band === "below") return ctx.diverging[0];
  if (band === "above") return ctx.diverging[2];
  return ctx.palette[1] ?? ctx.diverging[1];
}

/** Reference lines at 90/100/110% for a rate axis. */
export function rateReferenceLines(ctx: ChartContext, axis: "x" | "y") {
  return {
    silent: true,
    symbol: "none" as const,
    // Inside the plot area: at the line's end the label would sit on top of the rate axis' own tick labels.
    label: { formatter: "{c}%", color: ctx.fonts.mutedColor, position: axis === "y" ? ("insideEndTop" as const) : ("end" as const), fontSize: 10 },
    lineStyle: { type: "dashed" as const, color: ctx.fonts.mutedColor, width: 1 },
    data: [90, 100, 110].map((value) => (axis === "y" ? { yAxis: value } : { xAxis: value })),
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
