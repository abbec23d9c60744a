import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { init } from "echarts/core";
import { CHART_LOCALE, renderExportImage } from "@/components/charts/echart";
import { THEME_NAME } from "@/lib/charts/theme";
import { defaultChartContext } from "@/lib/charts/context";
import { cases } from "./cases";

/**
 * Renders every builder's option through the wrapper's tree-shaken registration (SSR SVG), so a component a builder
 * uses but echart.tsx forgot to register shows up here as an ECharts warning rather than as a blank chart in the app.
 */
const ctx = defaultChartContext({ static: true });
const size = { width: 800, height: 420 };
let warnings: unknown[][];

beforeEach(() => {
  warnings = [];
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => void warnings.push(args));
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void warnings.push(args));
});
afterEach(() => vi.restoreAllMocks());

function renderSvg(option: ReturnType<(typeof cases)[number][1]>): string {
  const chart = init(null, THEME_NAME, { renderer: "svg", ssr: true, width: size.width, height: size.height, locale: CHART_LOCALE });
  try {
    chart.setOption(option, { notMerge: true });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

describe.each(cases)("%s renders", (_name, build) => {
  test("on screen: SVG with shapes and no ECharts warning", () => {
    const svg = renderSvg(build(ctx));
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toMatch(/<path|<rect/);
    expect(warnings).toEqual([]);
  });

  test("export: framed SVG carries title, unit, period, source and date", () => {
    const url = renderExportImage(
      build(ctx),
      { title: "图表标题", unit: "万元", period: "2024年度", source: "咸宁市人民政府办公室 公开05表 第6页", exportedOn: "2026-11-27" },
      size,
      "svg",
    );
    const svg = decodeURIComponent(url.replace(/^data:image\/svg\+xml;charset=utf-8,/, ""));
    for (const text of ["图表标题", "单位：万元", "2024年度", "公开05表 第6页", "导出日期：2026-11-27"]) expect(svg).toContain(text);
    expect(svg).toContain(`height="${size.height + 104}"`);
    expect(warnings).toEqual([]);
  });
});
