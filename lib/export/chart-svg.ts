import * as echarts from "echarts";
import type { EChartsOption } from "echarts";

/**
 * Server-side chart rendering for decks and image exports. Imports the full ECharts build on purpose: any option a
 * lib/charts builder produces must render here, and this file never reaches a client bundle (the browser imports
 * withExportFrame from ./export-frame instead).
 */
export { withExportFrame, exportFooterText, type ExportFrame } from "./export-frame";

export interface SvgSize {
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
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: size.width, height: size.height, locale: "ZH" });
  try {
    chart.setOption({ ...xmlSafeFonts(option), animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
