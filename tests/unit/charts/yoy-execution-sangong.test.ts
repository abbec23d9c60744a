import { describe, expect, test } from "vitest";
import type { EChartsOption } from "echarts";
import {
  buildExecutionOption,
  buildSangongTrendOption,
  buildYoyOption,
  NARRATIVE_SUFFIX,
  toExecutionTable,
  toSangongTrendTable,
  toYoyTable,
} from "@/lib/charts";
import { defaultChartContext } from "@/lib/charts/context";
import { DIVERGING, GREEN, RED } from "@/lib/charts/theme";
import { dataOf, field, labelText, path, seriesAt, seriesList, tooltipText, values } from "./helpers";
import { execution, sangong, yoy } from "./fixtures";

const ctx = defaultChartContext();

function categories(option: EChartsOption): unknown {
  const axis = Array.isArray(option.xAxis) ? option.xAxis[0] : option.xAxis;
  return field(axis, "data");
}

describe("buildYoyOption", () => {
  const option = buildYoyOption(yoy, ctx);
  const [bars, growth] = seriesList(option);

  test("bars per year in 万元, sorted, growth on the second axis", () => {
    expect(bars?.type).toBe("bar");
    expect(bars && values(bars)).toEqual([2500, 2276.99, 2907.92]);
    expect(growth?.type).toBe("line");
    expect(path(growth, "yAxisIndex")).toBe(1);
    expect(growth && values(growth)).toEqual([null, -8.92, 27.71]);
  });

  test("narrative years are labelled and drawn hatched and lighter", () => {
    expect(categories(option)).toEqual(["2022", `2023${NARRATIVE_SUFFIX}`, "2024"]);
    const narrative = bars ? dataOf(bars)[1] : undefined;
    expect(path(narrative, "itemStyle", "opacity")).toBe(0.45);
    expect(path(narrative, "itemStyle", "decal")).toBeDefined();
    expect(path(bars ? dataOf(bars)[2] : undefined, "itemStyle", "decal")).toBeUndefined();
  });

  test.each([
    ["red", RED, GREEN],
    ["green", GREEN, RED],
  ] as const)("growth points: up/down colours follow upColor=%s", (upColor, up, down) => {
    const line = seriesAt(buildYoyOption(yoy, defaultChartContext({ upColor })), 1);
    expect(path(dataOf(line)[2], "itemStyle", "color")).toBe(up);
    expect(path(dataOf(line)[1], "itemStyle", "color")).toBe(down);
    expect(labelText(line, 2)).toBe("+27.71%");
  });

  test("growth only against the immediately preceding year", () => {
    const gap = buildYoyOption({ label: "x", points: [{ year: 2020, amount: "100.00", source: "table" }, { year: 2024, amount: "200.00", source: "table" }] }, ctx);
    expect(values(seriesAt(gap, 1))).toEqual([null, null]);
  });

  test("tooltip and table", () => {
    expect(tooltipText(option, { dataIndex: 1 })).toContain("决算情况说明所述上年数");
    expect(toYoyTable(yoy).rows[2]).toEqual({ year: 2024, amount: "29079200.00", growth: "27.71", source: "决算报表" });
  });
});

describe("buildExecutionOption", () => {
  const option = buildExecutionOption(execution, ctx);
  const [budget, actual, rate] = seriesList(option);

  test("budget and actual bars in 万元, rate markers on the second axis", () => {
    expect(budget && values(budget)).toEqual([1854.91, 69.48, 550.63, 0]);
    expect(actual && values(actual)).toEqual([1795.83, 96.94, 406.47, 8.88]);
    expect(rate?.type).toBe("scatter");
    expect(path(rate, "yAxisIndex")).toBe(1);
    // The printed 96.81 wins; others are computed; budget 0 gives no rate.
    expect(rate && values(rate)).toEqual([96.81, 139.52, 73.82, null]);
    expect(rate && dataOf(rate).map((item) => field(item, "code"))).toEqual(["2010301", "2080506", "2010350", "2299999"]);
  });

  test("reference lines at 90/100/110 and band colours", () => {
    const lines = path(rate, "markLine", "data");
    expect(Array.isArray(lines) ? lines.map((line: unknown) => field(line, "yAxis")) : []).toEqual([90, 100, 110]);
    const colours = rate ? dataOf(rate).map((item) => path(item, "itemStyle", "color")) : [];
    expect(colours[1]).toBe(DIVERGING[2]);
    expect(colours[2]).toBe(DIVERGING[0]);
    expect(colours[3]).toBe(ctx.noBudgetColor);
  });

  test("rate axis grows past 120% when needed", () => {
    const yAxis = Array.isArray(option.yAxis) ? option.yAxis[1] : undefined;
    expect(field(yAxis, "max")).toBe(140);
  });

  test("tooltip and table", () => {
    const text = tooltipText(option, { dataIndex: 1 });
    expect(text).toContain("139.52%");
    expect(text).toContain("+27.46万元");
    expect(toExecutionTable(execution).rows[3]).toMatchObject({ rate: null, difference: "88800.00" });
  });
});

describe("buildSangongTrendOption", () => {
  const option = buildSangongTrendOption(sangong, ctx);
  const series = seriesList(option);

  test("per item a 决算 bar and a dashed 预算 line, then 合计 pair", () => {
    expect(series.map((item) => item.type)).toEqual(["bar", "line", "bar", "line", "bar", "line", "line", "line"]);
    expect(series.map((item) => item.name)).toContain("合计");
    const vehicleActual = series[2];
    expect(vehicleActual && values(vehicleActual)).toEqual([11, null]);
    expect(path(series[3], "lineStyle", "type")).toBe("dashed");
    expect(path(series[2], "itemStyle", "color")).toBe(path(series[3], "itemStyle", "color"));
    expect(field(series[6], "data")).toEqual([18.5, null]);
  });

  test("one legend entry per item (both styles share it), never paged; the style key says which is which", () => {
    expect(option.legend).toMatchObject({ type: "plain", data: ["因公出国(境)费", "公务用车运行维护费", "公务接待费", "合计"] });
    expect(new Set(series.map((item) => item.name)).size).toBe(series.length / 2);
    expect(JSON.stringify(option.graphic)).toContain("虚线 = 预算");
  });

  test("tooltip lists every item for the year; table has item × year rows", () => {
    const text = tooltipText(option, { dataIndex: 1 });
    expect(text).toContain("2024年");
    expect(text).toContain("公务接待费：预算 <b>6.00</b>，决算 <b>5.23</b>（87.17%）");
    const rows = toSangongTrendTable(sangong).rows;
    expect(rows).toHaveLength(8);
    expect(rows[7]).toMatchObject({ year: 2024, item: "合计", budget: "160000.00", actual: null, rate: null });
  });
});
