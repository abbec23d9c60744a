"use client";

import { useEffect, useImperativeHandle, useRef, type CSSProperties, type Ref } from "react";
import { init, registerTheme, use as registerModules, type ECElementEvent, type EChartsType } from "echarts/core";
import { BarChart, HeatmapChart, LineChart, PieChart, ScatterChart, SunburstChart, TreemapChart } from "echarts/charts";
import {
  AriaComponent,
  DataZoomComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from "echarts/components";
import { CanvasRenderer, SVGRenderer } from "echarts/renderers";
import type { EChartsOption } from "echarts";
import { fiscalTheme, THEME_NAME } from "@/lib/charts/theme";
import { buildExportOption, type ExportMeta } from "@/lib/charts/export-option";

/**
 * The one file that touches the ECharts runtime. Registration is tree-shaken to what lib/charts builders use; the
 * title component is registered only for exported images (on screen the card draws the title in HTML).
 * ZH needs no registerLocale: echarts/core registers the ZH and EN locales itself (lib/core/locale.js), so passing
 * `locale: "ZH"` to init is enough and avoids importing the untyped UMD i18n/langZH-obj.js.
 */
registerModules([
  BarChart,
  HeatmapChart,
  LineChart,
  PieChart,
  ScatterChart,
  SunburstChart,
  TreemapChart,
  AriaComponent,
  DataZoomComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
  SVGRenderer,
]);
registerTheme(THEME_NAME, fiscalTheme);

export const CHART_LOCALE = "ZH";
export type ChartRenderer = "canvas" | "svg";
export type ChartEventName = "click" | "dblclick" | "mouseover" | "mouseout";
export type ChartEventHandlers = Partial<Record<ChartEventName, (event: ECElementEvent) => void>>;
export type ImageFormat = "png" | "svg";

export interface EChartHandle {
  /** The live chart as a data URL (2× PNG on white by default). */
  getDataURL(opts?: { type?: ImageFormat; pixelRatio?: number; backgroundColor?: string }): string | null;
  /** The live chart as SVG markup (only with the svg renderer; null otherwise). */
  renderToSVGString(): string | null;
  /** Offscreen render of the export option (title, unit, period, source, date drawn in) → data URL. */
  exportImage(format: ImageFormat, meta: ExportMeta): string | null;
  getInstance(): EChartsType | null;
}

export interface EChartProps {
  option: EChartsOption;
  height?: number;
  renderer?: ChartRenderer;
  onEvents?: ChartEventHandlers;
  className?: string;
  style?: CSSProperties;
  ref?: Ref<EChartHandle>;
}

const EXPORT_PIXEL_RATIO = 2;

/** Renders `option` on a detached canvas/SSR-SVG instance sized like the live chart plus the export frame. */
export function renderExportImage(option: EChartsOption, meta: ExportMeta, size: { width: number; height: number }, format: ImageFormat): string {
  const framed = buildExportOption(option, meta, size);
  const dims = { width: framed.width, height: framed.height, locale: CHART_LOCALE };
  if (format === "svg") {
    const chart = init(null, THEME_NAME, { ...dims, renderer: "svg", ssr: true });
    try {
      chart.setOption(framed.option, { notMerge: true });
      return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.renderToSVGString())}`;
    } finally {
      chart.dispose();
    }
  }
  const chart = init(document.createElement("div"), THEME_NAME, { ...dims, renderer: "canvas", devicePixelRatio: EXPORT_PIXEL_RATIO });
  try {
    chart.setOption(framed.option, { notMerge: true });
    return chart.getDataURL({ type: "png", pixelRatio: EXPORT_PIXEL_RATIO, backgroundColor: "#ffffff" });
  } finally {
    chart.dispose();
  }
}

export function EChart({ option, height = 360, renderer = "canvas", onEvents, className, style, ref }: EChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const optionRef = useRef(option);
  const handlersRef = useRef(onEvents);

  useEffect(() => {
    handlersRef.current = onEvents;
  }, [onEvents]);

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    const chart = init(container, THEME_NAME, { renderer, locale: CHART_LOCALE });
    chartRef.current = chart;
    // One stable listener per event that reads the latest handler, so new callbacks never need a rebind.
    const names: ChartEventName[] = ["click", "dblclick", "mouseover", "mouseout"];
    for (const name of names) chart.on(name, (event: ECElementEvent) => handlersRef.current?.[name]?.(event));
    chart.setOption(optionRef.current, { notMerge: true });
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(() => chart.resize());
    observer?.observe(container);
    return () => {
      observer?.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, [renderer]);

  useEffect(() => {
    optionRef.current = option;
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  useImperativeHandle(
    ref,
    (): EChartHandle => ({
      getDataURL: (opts = {}) =>
        chartRef.current?.getDataURL({
          type: opts.type ?? "png",
          pixelRatio: opts.pixelRatio ?? EXPORT_PIXEL_RATIO,
          backgroundColor: opts.backgroundColor ?? "#ffffff",
        }) ?? null,
      renderToSVGString: () => (renderer === "svg" ? (chartRef.current?.renderToSVGString() ?? null) : null),
      exportImage: (format, meta) => {
        const chart = chartRef.current;
        if (chart === null) return null;
        return renderExportImage(optionRef.current, meta, { width: chart.getWidth(), height: chart.getHeight() }, format);
      },
      getInstance: () => chartRef.current,
    }),
    [renderer],
  );

  return (
    // ECharts' aria module writes the generated description into this element's aria-label.
    <div ref={containerRef} className={className} role="img" style={{ width: "100%", height, ...style }} />
  );
}
