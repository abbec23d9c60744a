import { describe, expect, test } from "vitest";
import { buildExportOption, EXPORT_FOOTER_HEIGHT, EXPORT_HEADER_HEIGHT } from "@/lib/charts/export-option";
import { buildExecutionOption, buildHeatmapOption, buildStructureOption } from "@/lib/charts";
import { defaultChartContext } from "@/lib/charts/context";
import { field, seriesAt } from "./helpers";
import { execution, heatmap, structure } from "./fixtures";

const ctx = defaultChartContext();
const meta = { title: "预算执行情况", unit: "万元", period: "2024年度", source: "咸宁市人民政府办公室 公开05表 第6页", exportedOn: "2026-11-27" };
const size = { width: 800, height: 400 };

describe("buildExportOption", () => {
  test("adds title block, footer and white background; grows the canvas", () => {
    const exported = buildExportOption(buildExecutionOption(execution, ctx), meta, size);
    expect(exported.height).toBe(400 + EXPORT_HEADER_HEIGHT + EXPORT_FOOTER_HEIGHT);
    expect(exported.option.title).toMatchObject({ text: "预算执行情况", subtext: "单位：万元　2024年度" });
    expect(exported.option.backgroundColor).toBe("#ffffff");
    expect(exported.option.animation).toBe(false);
    const footer = JSON.stringify(exported.option.graphic);
    expect(footer).toContain("来源：咸宁市人民政府办公室 公开05表 第6页");
    expect(footer).toContain("导出日期：2026-11-27");
  });

  test("shifts cartesian grid and top components below the title, bottom ones above the footer", () => {
    const original = buildHeatmapOption(heatmap, ctx);
    const exported = buildExportOption(original, meta, size).option;
    const grid = original.grid as { top: number; bottom: number };
    expect(exported.grid).toMatchObject({ top: grid.top + EXPORT_HEADER_HEIGHT, bottom: grid.bottom + EXPORT_FOOTER_HEIGHT });
    const visualMaps = Array.isArray(exported.visualMap) ? exported.visualMap : [];
    expect(visualMaps[0]).toMatchObject({ bottom: EXPORT_FOOTER_HEIGHT });
    expect(visualMaps[1]).toMatchObject({ top: EXPORT_HEADER_HEIGHT });
    // The on-screen option is not mutated.
    expect(original.grid).toMatchObject({ top: 56 });
  });

  test("pins pie centre and radius in pixels of the original layout box (the canvas above the legend's rows)", () => {
    const exported = buildExportOption(buildStructureOption(structure, ctx), meta, size).option;
    const pie = seriesAt(exported, 0);
    const box = size.height - (2 * 22 + 8);
    expect(field(pie, "center")).toEqual([size.width / 2, EXPORT_HEADER_HEIGHT + box / 2]);
    expect(field(pie, "radius")).toEqual([0.36 * (box / 2), 0.66 * (box / 2)]);
    expect(field(pie, "bottom")).toBeUndefined();
  });

  test("omits empty parts of the subtitle and footer", () => {
    const exported = buildExportOption(buildExecutionOption(execution, ctx), { title: "t", exportedOn: "2026-11-27" }, size);
    expect(exported.option.title).toMatchObject({ subtext: "" });
    expect(JSON.stringify(exported.option.graphic)).not.toContain("来源");
  });
});
