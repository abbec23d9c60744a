import type { EChartsOption } from "echarts";
import { formatChinaDate } from "./figures";

/**
 * The frame every exported chart image carries, in the browser (导出图片) and on the server (deck/SVG export):
 * a title on top, a footer naming unit, period, source and export date, and a white background so the image reads
 * the same pasted onto any slide or document. Type-only echarts import: safe to use in client bundles.
 */
export interface ExportFrame {
  title: string;
  unit?: string;
  period?: string;
  source?: string;
  exportedAt: Date;
}

/** Single quotes on purpose: ECharts writes font-family unescaped into a double-quoted SVG style attribute. */
export const EXPORT_FONT_FAMILY = "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif";
const TITLE_SPACE = 64;
const FOOTER_SPACE = 48;
const LEGEND_TOP = 36;

export function exportFooterText(frame: ExportFrame): string {
  return [
    frame.unit ? `单位：${frame.unit}` : null,
    frame.period ? `期间：${frame.period}` : null,
    frame.source ? `数据来源：${frame.source}` : null,
    `导出日期：${formatChinaDate(frame.exportedAt)}`,
  ]
    .filter((part): part is string => part !== null)
    .join("    ");
}

type PlainObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Raises a numeric edge to at least `min`; percentage or keyword edges are the chart's own choice and stay. */
function atLeast(value: unknown, min: number): unknown {
  return value === undefined || (typeof value === "number" && value < min) ? min : value;
}

/**
 * Adds the export frame to a chart option. The chart's own title is replaced by the frame title (an image carries
 * one title, and the in-page card title is what the user saw); cartesian grids and a top legend are pushed clear of
 * the title and footer.
 */
export function withExportFrame(option: EChartsOption, frame: ExportFrame): EChartsOption {
  const framed: EChartsOption = {
    ...option,
    backgroundColor: "#ffffff",
    textStyle: { fontFamily: EXPORT_FONT_FAMILY, ...(isPlainObject(option.textStyle) ? option.textStyle : {}) },
    title: [
      { text: frame.title, left: "center", top: 12, textStyle: { fontSize: 16, fontWeight: "bold", color: "#1f2937" } },
      { text: exportFooterText(frame), left: "center", bottom: 12, textStyle: { fontSize: 11, fontWeight: "normal", color: "#6b7280" } },
    ],
  };
  const hasAxes = option.xAxis !== undefined || option.yAxis !== undefined;
  if (hasAxes && (option.grid === undefined || isPlainObject(option.grid))) {
    const grid: PlainObject = isPlainObject(option.grid) ? option.grid : {};
    // containLabel measures the footer gap from the axis labels, not the axis line, so long category names stay clear.
    framed.grid = {
      containLabel: true,
      ...grid,
      top: atLeast(grid.top, TITLE_SPACE),
      bottom: atLeast(grid.bottom, FOOTER_SPACE),
    } as EChartsOption["grid"];
  }
  if (isPlainObject(option.legend) && option.legend.top === undefined && option.legend.bottom === undefined) {
    framed.legend = { ...option.legend, top: LEGEND_TOP };
  }
  return framed;
}
