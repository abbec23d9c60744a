import { describe, expect, test } from "vitest";
import type { HeatmapDto } from "@/lib/charts/dto";
import { buildHeatmapOption, RATE_SCALE, toHeatmapTable } from "@/lib/charts";
import { defaultChartContext } from "@/lib/charts/context";
import { VISIBLE_ROWS } from "@/lib/charts/builders/heatmap";
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
      [0, 1, 150], // 200% clamps to the scale end
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

  test("diverging visualMap centred on 100 and bound to the rate series only", () => {
    const visualMap = Array.isArray(option.visualMap) ? option.visualMap[0] : option.visualMap;
    const min = Number(field(visualMap, "min"));
    const max = Number(field(visualMap, "max"));
    expect((min + max) / 2).toBe(100);
    expect([min, max]).toEqual([RATE_SCALE.min, RATE_SCALE.max]);
    expect(field(visualMap, "seriesIndex")).toBe(0);
    const colors = path(visualMap, "inRange", "color") as string[];
    expect([colors[0], colors[2], colors[4]]).toEqual([...ctx.diverging]);
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

  test("no dataZoom for a small matrix, sliders when rows exceed the visible count", () => {
    expect(option.dataZoom).toEqual([]);
    const many: HeatmapDto = {
      ...heatmap,
      departments: Array.from({ length: VISIBLE_ROWS + 5 }, (_, i) => ({ id: `d${i}`, name: `部门${i}` })),
    };
    const zoomed = buildHeatmapOption(many, ctx);
    const zoom = Array.isArray(zoomed.dataZoom) ? zoomed.dataZoom : [];
    expect(zoom[0]).toMatchObject({ type: "slider", yAxisIndex: 0, startValue: 0, endValue: VISIBLE_ROWS - 1 });
    const cells = seriesList(zoomed).reduce((n, series) => n + dataOf(series).length, 0);
    expect(cells).toBe((VISIBLE_ROWS + 5) * 2);
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
