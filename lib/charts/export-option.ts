import type { EChartsOption, GraphicComponentOption, SeriesOption, TitleComponentOption } from "echarts";
import { fullExtent } from "./export-extent";
import { FONT_FAMILY, MUTED_TEXT_COLOR, TEXT_COLOR } from "./theme";

/**
 * The option an exported image is rendered from: the on-screen option moved down to make room for a title block and
 * a footer (source, export date), so a PNG/SVG pasted into a briefing still says what it shows and where it came from.
 */
export const EXPORT_HEADER_HEIGHT = 64;
export const EXPORT_FOOTER_HEIGHT = 40;

export interface ExportMeta {
  title: string;
  unit?: string;
  period?: string;
  source?: string;
  /** "2026-11-27": passed in so the builder stays pure. */
  exportedOn: string;
}

export interface ExportSize {
  width: number;
  /** Height of the chart area as shown on screen. */
  height: number;
}

export interface ExportOption {
  option: EChartsOption;
  width: number;
  height: number;
}

type Position = number | string | undefined;
// `id` only keeps TypeScript's weak-type check from rejecting components that have no position at all (inside dataZoom).
type Box = { top?: Position; bottom?: Position; id?: unknown };

/** Pixel value of a layout position, or undefined for keywords ('middle', 'center') that lay out by themselves. */
function toPixels(value: Position, extent: number): number | undefined {
  if (typeof value === "number") return value;
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^-?\d+(\.\d+)?%$/.test(text)) return (Number.parseFloat(text) / 100) * extent;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number.parseFloat(text);
  return undefined;
}

function shiftBox<T extends Box>(box: T, chartHeight: number): T {
  const next: T = { ...box };
  const top = toPixels(box.top, chartHeight);
  const bottom = toPixels(box.bottom, chartHeight);
  if (top !== undefined) next.top = top + EXPORT_HEADER_HEIGHT;
  else if (box.top === undefined && box.bottom === undefined) next.top = EXPORT_HEADER_HEIGHT;
  if (bottom !== undefined) next.bottom = bottom + EXPORT_FOOTER_HEIGHT;
  return next;
}

function shiftAll<T extends Box>(value: T | T[] | undefined, chartHeight: number): T | T[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.map((item) => shiftBox(item, chartHeight)) : shiftBox(value, chartHeight);
}

const DEFAULT_RADIUS: [string, string] = ["0%", "75%"];

/**
 * Circular series place themselves by centre/radius relative to their layout box (the canvas less `top`/`bottom`, e.g.
 * room kept for a legend); pin both in pixels of the old box, which then no longer applies.
 */
function shiftSeries(series: SeriesOption, size: ExportSize): SeriesOption {
  if (series.type === "pie" || series.type === "sunburst") {
    const { top, bottom, ...rest } = series as typeof series & Box;
    const boxTop = toPixels(top, size.height) ?? 0;
    const boxHeight = size.height - boxTop - (toPixels(bottom, size.height) ?? 0);
    const half = Math.min(size.width, boxHeight) / 2;
    const center = Array.isArray(series.center) ? series.center : ["50%", "50%"];
    const radius = series.radius === undefined ? DEFAULT_RADIUS : Array.isArray(series.radius) ? series.radius : [0, series.radius];
    const px = (value: number | string | undefined, extent: number, fallback: number) => toPixels(value, extent) ?? fallback;
    return {
      ...rest,
      center: [px(center[0], size.width, size.width / 2), EXPORT_HEADER_HEIGHT + boxTop + px(center[1], boxHeight, boxHeight / 2)],
      radius: radius.map((r) => px(r, half, 0)),
    } as SeriesOption;
  }
  if (series.type === "treemap") return shiftBox(series, size.height);
  return series;
}

function subtitle(meta: ExportMeta): string {
  return [meta.unit === undefined ? undefined : `单位：${meta.unit}`, meta.period].filter(Boolean).join("　");
}

/**
 * The one export frame, used by the browser (导出 PNG/SVG) and the server (/api/charts, decks). Zoomed charts are
 * exported whole: `size` is the on-screen chart size and grows by the rows/columns the zoom window hides.
 */
export function buildExportOption(screenOption: EChartsOption, meta: ExportMeta, screenSize: ExportSize): ExportOption {
  const { option, size } = fullExtent(screenOption, screenSize);
  const series = option.series === undefined ? [] : Array.isArray(option.series) ? option.series : [option.series];
  const graphic = option.graphic === undefined ? [] : Array.isArray(option.graphic) ? option.graphic : [option.graphic];
  const footerText = [meta.source === undefined ? undefined : `来源：${meta.source}`, `导出日期：${meta.exportedOn}`]
    .filter(Boolean)
    .join("　");
  const title: TitleComponentOption = {
    text: meta.title,
    subtext: subtitle(meta),
    left: 16,
    top: 10,
    textStyle: { fontFamily: FONT_FAMILY, fontSize: 16, fontWeight: 600, color: TEXT_COLOR },
    subtextStyle: { fontFamily: FONT_FAMILY, fontSize: 12, color: MUTED_TEXT_COLOR },
  };
  const footer: GraphicComponentOption = {
    type: "text",
    left: 16,
    bottom: 12,
    silent: true,
    style: { text: footerText, fill: MUTED_TEXT_COLOR, fontSize: 11, fontFamily: FONT_FAMILY },
  };
  return {
    width: size.width,
    height: size.height + EXPORT_HEADER_HEIGHT + EXPORT_FOOTER_HEIGHT,
    option: {
      ...option,
      animation: false,
      backgroundColor: "#ffffff",
      title,
      grid: shiftAll(option.grid, size.height),
      legend: shiftAll(option.legend, size.height),
      visualMap: shiftAll(option.visualMap, size.height),
      dataZoom: shiftAll(option.dataZoom, size.height),
      graphic: [...graphic.map((element) => shiftBox(element, size.height)), footer],
      series: series.map((item) => shiftSeries(item, size)),
    },
  };
}
