import type { EChartsOption } from "echarts";
import { SaxesParser } from "saxes";
import { describe, expect, test } from "vitest";
import { renderChartSvg, withExportFrame } from "@/lib/export/chart-svg";
import { exportFooterText } from "@/lib/export/export-frame";

const bar: EChartsOption = {
  title: { text: "页面内标题" },
  legend: {},
  xAxis: { type: "category", data: ["一般公共服务支出", "社会保障和就业支出"] },
  yAxis: { type: "value" },
  grid: { top: 20, bottom: "10%" },
  series: [{ type: "bar", name: "决算数", data: [2907.92, 300.5], label: { show: true } }],
};

const frame = {
  title: "2024年支出结构",
  unit: "万元",
  period: "2024年度",
  source: "咸宁市人民政府办公室 公开03表",
  exportedAt: new Date("2026-11-27T18:30:00Z"),
};

describe("withExportFrame", () => {
  test("footer names unit, period, source and the export date in China time", () => {
    expect(exportFooterText(frame)).toBe("单位：万元    期间：2024年度    数据来源：咸宁市人民政府办公室 公开03表    导出日期：2026-11-28");
    expect(exportFooterText({ title: "x", exportedAt: frame.exportedAt })).toBe("导出日期：2026-11-28");
  });

  test("replaces the title, whitens the background and makes room in the grid and legend", () => {
    const framed = withExportFrame(bar, frame);
    expect(framed.backgroundColor).toBe("#ffffff");
    expect(framed.title).toEqual([
      expect.objectContaining({ text: "2024年支出结构", top: 12 }),
      expect.objectContaining({ text: exportFooterText(frame), bottom: 12 }),
    ]);
    expect(framed.grid).toEqual({ containLabel: true, top: 64, bottom: "10%" });
    expect(framed.legend).toEqual({ top: 36 });
    expect(framed.series).toBe(bar.series);
  });

  test("charts without axes get no grid", () => {
    const framed = withExportFrame({ series: [{ type: "pie", data: [{ name: "A", value: 1 }] }] }, frame);
    expect(framed.grid).toBeUndefined();
  });
});

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
    expect(() => parseXml(renderChartSvg(withExportFrame(option, frame), { width: 400, height: 300 }))).not.toThrow();
    expect(option.textStyle).toEqual({ fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif' });
  });

  test("the SVG carries the frame texts and the series values", () => {
    const svg = renderChartSvg(withExportFrame(bar, frame), { width: 800, height: 450 });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('width="800"');
    for (const text of ["2024年支出结构", "数据来源：咸宁市人民政府办公室 公开03表", "导出日期：2026-11-28", "2907.92", "300.5", "一般公共服务支出"]) {
      expect(svg).toContain(text);
    }
    expect(svg).not.toContain("页面内标题");
    expect(svg).toContain('<rect width="800" height="450" x="0" y="0" fill="#ffffff">');
  });

  test("pie charts render too", () => {
    const svg = renderChartSvg(
      withExportFrame({ series: [{ type: "pie", data: [{ name: "基本支出", value: 1800 }, { name: "项目支出", value: 1107.92 }], label: { formatter: "{b} {c}" } }] }, frame),
      { width: 600, height: 400 },
    );
    expect(svg).toContain("基本支出 1800");
    expect(svg).toContain("项目支出 1107.92");
  });
});
