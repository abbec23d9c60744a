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

export function renderChartSvg(option: EChartsOption, size: SvgSize): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: size.width, height: size.height, locale: "ZH" });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
