import { describe, expect, test } from "vitest";
import {
  buildCompareOption,
  buildPerformanceOption,
  buildTreemapOption,
  toCompareTable,
  toPerformanceTable,
  toTreemapTable,
} from "@/lib/charts";
import { defaultChartContext } from "@/lib/charts/context";
import { dataOf, field, path, seriesAt, seriesList, tooltipText, values } from "./helpers";
import { compare, performance, treemap } from "./fixtures";

const ctx = defaultChartContext();

describe("buildTreemapOption", () => {
  const option = buildTreemapOption(treemap, ctx);
  const series = seriesAt(option, 0);

  test("one tile per positive amount, carrying code for drill-down", () => {
    expect(series.type).toBe("treemap");
    expect(values(series)).toEqual([2200, 148.91]);
    expect(dataOf(series).map((tile) => field(tile, "code"))).toEqual(["20103", "20101"]);
    expect(field(series, "nodeClick")).toBe(false);
  });

  test("department mode carries departmentId; table keeps the zero row", () => {
    const byDepartment = buildTreemapOption(
      { root: { code: "2010301", name: "行政运行" }, mode: "departments", items: [{ id: "d1", name: "市政府办公室", amount: "100.00", departmentId: "d1" }] },
      ctx,
    );
    expect(field(dataOf(seriesAt(byDepartment, 0))[0], "departmentId")).toBe("d1");
    expect(toTreemapTable(treemap).rows).toHaveLength(3);
    expect(toTreemapTable(treemap).rows[0]).toMatchObject({ code: "20103", share: "93.66" });
    expect(tooltipText(option, { data: { key: "20101" } })).toContain("148.91 万元");
  });
});

describe("buildCompareOption", () => {
  const option = buildCompareOption(compare, ctx);

  test("one bar series per department over the same metrics and one value axis", () => {
    const series = seriesList(option);
    expect(series.map((item) => [item.type, item.name])).toEqual([
      ["bar", "市政府办公室"],
      ["bar", "市财政局"],
    ]);
    expect(series[1] && values(series[1])).toEqual([1200, null]);
    expect(Array.isArray(option.yAxis)).toBe(false);
    expect(series[0] && dataOf(series[0]).map((item) => [field(item, "departmentId"), field(item, "metric")])).toEqual([
      ["d1", "expenditure"],
      ["d1", "basic"],
    ]);
    expect(path(series[0], "itemStyle", "color")).not.toBe(path(series[1], "itemStyle", "color"));
  });

  test.each([1, 7])("rejects %i departments", (n) => {
    const departments = Array.from({ length: n }, (_, i) => ({ id: `d${i}`, name: `部门${i}`, values: {} }));
    expect(() => buildCompareOption({ ...compare, departments }, ctx)).toThrow(RangeError);
  });

  test("table: one column per department", () => {
    const dataTable = toCompareTable(compare);
    expect(dataTable.columns.map((column) => column.label)).toEqual(["指标", "市政府办公室", "市财政局"]);
    expect(dataTable.rows[1]).toEqual({ metric: "基本支出", "d:d1": "21000000.00", "d:d2": null });
    expect(tooltipText(option, { dataIndex: 0 })).toContain("市财政局：<b>1,200.00</b> 万元");
  });
});

describe("buildPerformanceOption", () => {
  const option = buildPerformanceOption(performance, ctx);
  const bars = seriesAt(option, 0);

  test("rate bars: printed rate wins, computed otherwise, null without budget", () => {
    expect(values(bars)).toEqual([95, 50, null]);
    const colours = dataOf(bars).map((item) => path(item, "itemStyle", "color"));
    expect(colours).toEqual([ctx.palette[1], ctx.diverging[0], ctx.noBudgetColor]);
    const lines = path(bars, "markLine", "data");
    expect(Array.isArray(lines) ? lines.map((line: unknown) => field(line, "xAxis")) : []).toEqual([90, 100, 110]);
  });

  test("tooltip and table", () => {
    expect(tooltipText(option, { data: { key: "1" } })).toContain("50.00%");
    expect(toPerformanceTable(performance).rows[1]).toEqual({
      name: "应急值守",
      budget: "200000.00",
      actual: "100000.00",
      rate: "50.00",
      difference: "-100000.00",
    });
  });
});
