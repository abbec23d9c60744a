import * as echarts from "echarts";
import type { EChartsOption } from "echarts";
import { buildExportOption, type ExportMeta } from "@/lib/charts/export-option";
import { fiscalTheme, THEME_NAME } from "@/lib/charts/theme";

// The theme the browser registers (components/charts/echart.tsx): server images draw the same axes, legend and tooltip colours.
echarts.registerTheme(THEME_NAME, fiscalTheme);

/**
 * Server-side chart rendering for decks and /api/charts. Imports the full ECharts build on purpose: any option a
 * lib/charts builder produces must render here, and this file never reaches a client bundle. The frame (title, unit,
 * period, source, export date) is the same buildExportOption the browser's 导出 PNG/SVG uses.
 */
export interface SvgSize {
  width: number;
  height: number;
}

export interface FramedSvg {
  svg: string;
  width: number;
  height: number;
}

/**
 * ECharts' SVG string renderer copies fontFamily verbatim into style="…font-family:…", so a family list with double
 * quotes ('"Noto Sans SC", sans-serif') yields malformed XML that PowerPoint and browsers refuse. Swapping them for
 * single quotes keeps the same CSS meaning.
 */
function xmlSafeFonts<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => xmlSafeFonts(item)) as T;
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = key === "fontFamily" && typeof item === "string" ? item.replace(/"/g, "'") : xmlSafeFonts(item);
  }
  return out as T;
}

export function renderChartSvg(option: EChartsOption, size: SvgSize): string {
  const chart = echarts.init(null, THEME_NAME, { renderer: "svg", ssr: true, width: size.width, height: size.height, locale: "ZH" });
  try {
    chart.setOption({ ...xmlSafeFonts(option), animation: false }, { notMerge: true });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * librsvg (sharp) rasterises ECharts' decal patterns one cell at a time: a 50-department heatmap with hatched 无数据
 * cells takes ~12 s instead of ~0.3 s. For PNG the hatch is dropped; those cells keep their own grey fill and border,
 * which the legend names, so they still never read as a rate.
 */
export function withoutDecals(option: EChartsOption): EChartsOption {
  const series = option.series === undefined ? undefined : Array.isArray(option.series) ? option.series : [option.series];
  if (series === undefined) return option;
  return {
    ...option,
    series: series.map((item) => {
      const style: unknown = "itemStyle" in item ? item.itemStyle : undefined;
      if (typeof style !== "object" || style === null || !("decal" in style)) return item;
      const { decal: _decal, ...rest } = style as Record<string, unknown>;
      return { ...item, itemStyle: rest } as typeof item;
    }),
  };
}

/** The chart with the export frame, whole (zoom windows expanded), at the given plot size. */
export function renderFramedChartSvg(option: EChartsOption, meta: ExportMeta, size: SvgSize): FramedSvg {
  const framed = buildExportOption(option, meta, size);
  return { svg: renderChartSvg(framed.option, framed), width: framed.width, height: framed.height };
}
