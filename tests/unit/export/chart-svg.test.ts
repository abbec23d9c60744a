import type { EChartsOption } from "echarts";
import { SaxesParser } from "saxes";
import { describe, expect, test } from "vitest";
import { renderChartSvg, renderFramedChartSvg } from "@/lib/export/chart-svg";

const bar: EChartsOption = {
  title: { text: "页面内标题" },
  legend: {},
  xAxis: { type: "category", data: ["一般公共服务支出", "社会保障和就业支出"] },
  yAxis: { type: "value" },
  grid: { top: 20, bottom: "10%" },
  series: [{ type: "bar", name: "决算数", data: [2907.92, 300.5], label: { show: true } }],
};

const meta = {
  title: "2024年支出结构",
  unit: "万元",
  period: "2024年度",
  source: "咸宁市人民政府办公室 公开03表",
  exportedOn: "2026-11-28",
};

/** Throws on malformed XML: PowerPoint and browsers reject an SVG image that is not well-formed. */
function parseXml(xml: string): void {
  const parser = new SaxesParser();
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
}

describe("renderChartSvg", () => {
  test("output is well-formed XML even with quoted font families and markup in labels", () => {
    const option: EChartsOption = {
      textStyle: { fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif' },
      xAxis: { type: "category", data: ["x<y", "a&b", 'q"uote'], axisLabel: { fontFamily: '"PingFang SC"' } },
      yAxis: { type: "value" },
      series: [{ type: "bar", data: [1, 2, 3], label: { show: true } }],
    };
    expect(() => parseXml(renderChartSvg(option, { width: 400, height: 300 }))).not.toThrow();
    expect(() => parseXml(renderFramedChartSvg(option, meta, { width: 400, height: 300 }).svg)).not.toThrow();
    expect(option.textStyle).toEqual({ fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif' });
  });

  test("the SVG carries the frame texts and the series values", () => {
    const { svg, width, height } = renderFramedChartSvg(bar, meta, { width: 800, height: 450 });
    expect(svg.startsWith("<svg")).toBe(true);
    expect([width, height]).toEqual([800, 450 + 64 + 40]);
    expect(svg).toContain('width="800"');
    for (const text of ["2024年支出结构", "单位：万元", "2024年度", "来源：咸宁市人民政府办公室 公开03表", "导出日期：2026-11-28", "2907.92", "300.5", "一般公共服务支出"]) {
      expect(svg).toContain(text);
    }
    expect(svg).not.toContain("页面内标题");
    expect(svg).toContain(`<rect width="800" height="${height}" x="0" y="0" fill="#ffffff">`);
  });

  test("pie charts render too", () => {
    const { svg } = renderFramedChartSvg(
      { series: [{ type: "pie", data: [{ name: "基本支出", value: 1800 }, { name: "项目支出", value: 1107.92 }], label: { formatter: "{b} {c}" } }] },
      meta,
      { width: 600, height: 400 },
    );
    expect(svg).toContain("基本支出 1800");
    expect(svg).toContain("项目支出 1107.92");
  });
});

describe("deck images", () => {
  test("drawn at the slide area's size in points, so 12 px text prints at 12 pt, with the unit for the source line", async () => {
    const { materialiseDeck, SLIDE_IMAGE_SIZE } = await import("@/lib/export/deck-plan");
    const { VISUAL_AREA } = await import("@/lib/export/deck-visual");
    const option: EChartsOption = { xAxis: { type: "category", data: ["甲"] }, yAxis: { type: "value" }, series: [{ type: "bar", data: [1] }] };
    const deck = await materialiseDeck(
      { title: "t", generatedAt: new Date(0), findings: [], fileStem: "t", slides: [{ title: "图", narrative: "", image: { option, unit: "万元" } }] },
      { png: false },
    );
    const slide = deck.slides[0];
    expect(SLIDE_IMAGE_SIZE).toEqual({ width: Math.round(VISUAL_AREA.w * 72), height: Math.round(VISUAL_AREA.h * 72) });
    expect(slide?.unit).toBe("万元");
    expect(slide?.imageSvg).toContain(`width="${SLIDE_IMAGE_SIZE.width}"`);
  });
});
