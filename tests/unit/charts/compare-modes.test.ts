import { describe, expect, test } from "vitest";
import { defaultChartContext } from "@/lib/charts/context";
import {
  buildCompareMultipleOption,
  buildCompareRatesOption,
  buildCompareSharesOption,
  buildCompareYoyOption,
  parseCompareMode,
  type CompareFigures,
} from "@/lib/charts/builders/compare-modes";
import type { CompareDto } from "@/lib/charts/dto";
import { dataOf, field, path, seriesList } from "./helpers";

const ctx = defaultChartContext();

const structure: CompareDto = {
  metrics: [
    { key: "201", label: "一般公共服务" },
    { key: "208", label: "社会保障和就业" },
  ],
  departments: [
    { id: "1", name: "公安局", values: { "201": "150000000.00", "208": "25000000.00" } },
    { id: "2", name: "统计局", values: { "201": "2000000.00", "208": "1000000.00" } },
  ],
};

const figures: CompareFigures[] = [
  { id: "1", name: "公安局", expenditure: "175000000.00", priorExpenditure: "160000000.00", changePct: "9.38", execRatePct: "96.5", sangongRatePct: "80" },
  { id: "2", name: "统计局", expenditure: "3000000.00", priorExpenditure: "3300000.00", changePct: "-9.09", execRatePct: "112.4", sangongRatePct: null },
];

describe("compare modes", () => {
  test("unknown or missing mode falls back to amounts", () => {
    expect(parseCompareMode("shares")).toBe("shares");
    expect(parseCompareMode("x")).toBe("amounts");
    expect(parseCompareMode(undefined)).toBe("amounts");
  });

  test("shares: one 100% stacked bar per department, so a small department is as wide as a large one", () => {
    const option = buildCompareSharesOption(structure, ctx);
    const series = seriesList(option);
    expect(series.map((s) => [s.type, s.name, field(s, "stack")])).toEqual([
      ["bar", "一般公共服务", "share"],
      ["bar", "社会保障和就业", "share"],
    ]);
    const values = series.map((s) => dataOf(s).map((d) => field(d, "value")));
    expect(values).toEqual([
      [85.71, 66.67],
      [14.29, 33.33],
    ]);
    expect(path(option.xAxis, "max")).toBe(100);
  });

  test("rates: execution and 三公 rates per department with the 100% line; a missing rate stays empty", () => {
    const option = buildCompareRatesOption(figures, ctx);
    const [exec, sangong] = seriesList(option);
    expect(exec && dataOf(exec).map((d) => field(d, "value"))).toEqual([96.5, 112.4]);
    expect(sangong && dataOf(sangong).map((d) => field(d, "value"))).toEqual([80, null]);
    expect(JSON.stringify(path(exec, "markLine", "data"))).toBe('[{"xAxis":100}]');
  });

  test("yoy: increases and decreases in the house colours", () => {
    const [bars] = seriesList(buildCompareYoyOption(figures, ctx));
    const colors = bars ? dataOf(bars).map((d) => path(d, "itemStyle", "color")) : [];
    expect(colors).toEqual([ctx.increaseColor, ctx.decreaseColor]);
  });

  test("small multiples: each department on its own axis (no shared max)", () => {
    const small = buildCompareMultipleOption(structure, "2", ctx);
    const [bars] = seriesList(small);
    expect(bars && dataOf(bars).map((d) => field(d, "value"))).toEqual([200, 100]);
    expect(path(small.xAxis, "max")).toBeUndefined();
  });
});
