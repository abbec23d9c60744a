import { describe, expect, test } from "vitest";
import type { HeatmapDto } from "@/lib/charts/dto";
import { buildHeatmapOption, heatmapHeight, RATE_PIECES, toHeatmapTable } from "@/lib/charts";
import { defaultChartContext } from "@/lib/charts/context";
import { dataOf, field, path, seriesList, tooltipText } from "./helpers";
import { heatmap } from "./fixtures";

const ctx = defaultChartContext();

describe("buildHeatmapOption", () => {
  const option = buildHeatmapOption(heatmap, ctx);
  const [rated, noBudget, noData] = seriesList(option);

  test("three heatmap series: rate, no budget, no data", () => {
    expect(seriesList(option).map((series) => [series.type, series.name])).toEqual([
      ["heatmap", "执行率"],
      ["heatmap", "无预算"],
      ["heatmap", "无数据"],
    ]);
    expect(rated && dataOf(rated).map((item) => field(item, "value"))).toEqual([
      [0, 0, 96.81],
      [0, 1, 200], // the exact rate: the last band takes everything from 150%
    ]);
    expect(noBudget && dataOf(noBudget).map((item) => field(item, "value"))).toEqual([[1, 0, 0]]);
    expect(noData && dataOf(noData).map((item) => field(item, "value"))).toEqual([[1, 1, -1]]);
  });

  test("explicit colours for no budget and no data, by series style and by fixed visualMap pieces", () => {
    const pieces = Array.isArray(option.visualMap) ? option.visualMap[1] : undefined;
    expect(pieces).toMatchObject({ type: "piecewise", seriesIndex: [1, 2] });
    expect(path(pieces, "pieces")).toEqual([
      { value: 0, label: "无预算", color: ctx.noBudgetColor },
      { value: -1, label: "无数据", color: ctx.noDataColor },
    ]);
    expect(path(noBudget, "itemStyle", "color")).toBe(ctx.noBudgetColor);
    expect(path(noData, "itemStyle", "color")).toBe(ctx.noDataColor);
    expect(path(noData, "itemStyle", "borderColor")).toBe(ctx.noDataBorderColor);
  });

  test("piecewise scale: 5-point bands from 80% to 120%, coarse outside, legend saying so", () => {
    const visualMap = Array.isArray(option.visualMap) ? option.visualMap[0] : option.visualMap;
    expect(visualMap).toMatchObject({ type: "piecewise", seriesIndex: 0, dimension: 2 });
    const pieces = path(visualMap, "pieces") as Array<{ gte?: number; lt?: number; label: string }>;
    const fine = pieces.filter((p) => p.gte !== undefined && p.lt !== undefined && p.gte >= 80 && p.lt <= 120);
    expect(fine.map((p) => [p.gte, p.lt])).toEqual([[80, 85], [85, 90], [90, 95], [95, 100], [100, 105], [105, 110], [110, 115], [115, 120]]);
    expect(pieces[0]).toMatchObject({ lt: 60 });
    expect(pieces.at(-1)).toMatchObject({ gte: 150 });
    expect(new Set(pieces.map((p) => (p as { color?: string }).color)).size).toBe(RATE_PIECES.length);
    expect(JSON.stringify(option.graphic)).toContain("80%–120%");
  });

  test("axis: short category names with their code, on top and bottom; values in cells only on demand", () => {
    const axes = option.xAxis as Array<{ position: string; data: string[] }>;
    expect(axes.map((a) => a.position)).toEqual(["top", "bottom"]);
    expect(axes[0]?.data).toEqual(["行政运行\n2010301", "一般行政管…\n2010302"]);
    expect(path(rated, "label", "show")).toBe(false);
    const shown = seriesList(buildHeatmapOption(heatmap, ctx, { showValues: true }))[0];
    expect(path(shown, "label", "show")).toBe(true);
    const formatter = path(shown, "label", "formatter") as (p: { value: unknown }) => string;
    expect(formatter({ value: [0, 0, 96.81] })).toBe("97");
    // 200% is a dark cell: its figure is white.
    expect(shown && field(dataOf(shown)[1], "label")).toEqual({ color: "#fff" });
  });

  test("empty cells are inert: no tooltip, no hover, no click", () => {
    expect(noData).toMatchObject({ silent: true, tooltip: { show: false } });
  });

  test("only columns with a figure for the shown departments", () => {
    const wide: HeatmapDto = { ...heatmap, codes: [...heatmap.codes, { code: "2010350", name: "事业运行" }] };
    const axes = buildHeatmapOption(wide, ctx).xAxis as Array<{ data: string[] }>;
    expect(axes[0]?.data).toHaveLength(2);
    const onlyD2: HeatmapDto = { ...heatmap, departments: [{ id: "d2", name: "市财政局" }] };
    expect((buildHeatmapOption(onlyD2, ctx).xAxis as Array<{ data: string[] }>)[0]?.data).toEqual(["行政运行\n2010301"]);
  });

  test("every cell carries departmentId and code for click-through", () => {
    for (const series of seriesList(option)) {
      for (const item of dataOf(series)) {
        expect(typeof field(item, "departmentId")).toBe("string");
        expect(typeof field(item, "code")).toBe("string");
      }
    }
    expect(noData && field(dataOf(noData)[0], "departmentId")).toBe("d2");
  });

  test("tooltip: budget, actual, exact rate, difference", () => {
    const text = tooltipText(option, { data: { key: "d2|2010301" } });
    expect(text).toContain("市财政局 · 2010301 行政运行");
    expect(text).toContain("预算：<b>100.00 万元</b>");
    expect(text).toContain("执行率：<b>200.00%</b>");
    expect(text).toContain("差额：<b>+100.00万元</b>");
    expect(tooltipText(option, { data: { key: "d1|2010302" } })).toContain("无预算");
  });

  test("rows never zoom: the chart grows with the departments, so every one is reachable", () => {
    expect(option.dataZoom).toEqual([]);
    const many: HeatmapDto = { ...heatmap, departments: Array.from({ length: 60 }, (_, i) => ({ id: `d${i}`, name: `部门${i}` })) };
    const tall = buildHeatmapOption(many, ctx);
    expect(tall.dataZoom).toEqual([]);
    expect(heatmapHeight(60)).toBeGreaterThan(heatmapHeight(20) + 39 * 20);
  });

  test("table lists only pairs with a figure", () => {
    const rows = toHeatmapTable(heatmap).rows;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ rate: "96.81", status: "90%–110%" });
    expect(rows[1]).toMatchObject({ department: "市政府办公室", rate: null, status: "无预算", difference: "850200.00" });
    expect(rows[2]).toMatchObject({ rate: "200.00", status: "高于110%" });
  });

  test("aria summary instead of coordinate triples", () => {
    expect(option.aria).toMatchObject({
      enabled: true,
      label: { description: expect.stringContaining("2个部门、2个科目；2格有执行率，1格无预算，1格无数据") },
    });
  });
});
