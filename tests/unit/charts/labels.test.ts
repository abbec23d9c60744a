import { describe, expect, test } from "vitest";
import type { EChartsOption } from "echarts";
import {
  buildCompareOption,
  buildEconomicOption,
  buildExecutionOption,
  buildRankingOption,
  buildTreemapOption,
  buildYoyOption,
  compareHeight,
} from "@/lib/charts";
import { axisNumber, labelRoom, textWidth, valueAxisLabel } from "@/lib/charts/axis-labels";
import { defaultChartContext } from "@/lib/charts/context";
import { contrastRatio, labelColorOn } from "@/lib/charts/contrast";
import { distinctNames } from "@/lib/charts/distinct-names";
import { PALETTE } from "@/lib/charts/theme";
import { dataOf, field, labelText, path, seriesAt } from "./helpers";
import { compare, economic, ranking, treemap, yoy } from "./fixtures";

const ctx = defaultChartContext();

function axis(option: EChartsOption, key: "xAxis" | "yAxis", index = 0): unknown {
  const value = option[key];
  return Array.isArray(value) ? value[index] : value;
}

describe("distinctNames: repeated 项 names carry their 款, then 类, then code", () => {
  test.each([
    ["unique names stay as they are", [{ code: "2010101", name: "行政运行" }, { code: "2010350", name: "事业运行" }], ["行政运行", "事业运行"]],
    [
      "two 行政运行 under two 款",
      [
        { code: "2010101", name: "行政运行", parents: ["人大事务", "一般公共服务支出"] },
        { code: "2010301", name: "行政运行", parents: ["政府办公厅（室）及相关机构事务", "一般公共服务支出"] },
        { code: "2010350", name: "事业运行", parents: ["政府办公厅（室）及相关机构事务", "一般公共服务支出"] },
      ],
      ["行政运行（人大事务）", "行政运行（政府办公厅（室）及相关机构事务）", "事业运行"],
    ],
    [
      "same 款 name under two 类: the 类 is added",
      [
        { code: "2010199", name: "其他", parents: ["其他支出", "一般公共服务支出"] },
        { code: "2080199", name: "其他", parents: ["其他支出", "社会保障和就业支出"] },
      ],
      ["其他（其他支出·一般公共服务支出）", "其他（其他支出·社会保障和就业支出）"],
    ],
    ["no parents: the code", [{ code: "2010101", name: "行政运行" }, { code: "2010301", name: "行政运行" }], ["行政运行（2010101）", "行政运行（2010301）"]],
    ["the same code twice is one category", [{ code: "201", name: "一般公共服务支出" }, { code: "201", name: "一般公共服务支出" }], ["一般公共服务支出", "一般公共服务支出"]],
  ])("%s", (_, items, expected) => {
    expect(distinctNames(items)).toEqual(expected);
  });

  test("the execution chart's axis uses them", () => {
    const option = buildExecutionOption(
      {
        rows: [
          { code: "2010101", name: "行政运行", budget: "100.00", actual: "90.00", parents: ["人大事务", "一般公共服务支出"] },
          { code: "2010301", name: "行政运行", budget: "100.00", actual: "95.00", parents: ["政府办公厅", "一般公共服务支出"] },
        ],
      },
      ctx,
    );
    expect(path(axis(option, "xAxis"), "data")).toEqual(["行政运行（人大事务）", "行政运行（政府办公厅）"]);
  });
});

describe("value axis labels", () => {
  test.each([
    [3000, "3,000"],
    [12000, "12,000"],
    [0.5, "0.5"],
    [1234.5678, "1,234.57"],
    [-2500, "-2,500"],
    [1e21, "1,000,000,000,000,000,000,000"],
  ])("axisNumber(%s) = %s", (value, text) => {
    expect(axisNumber(value)).toBe(text);
  });

  test("ticks hide when they would touch, and the formatter is grouped", () => {
    const label = valueAxisLabel();
    expect(label.hideOverlap).toBe(true);
    expect(label.formatter(9000)).toBe("9,000");
  });

  test("the ranking axis has no unit name over the top bar, and room on the right for the widest bar label", () => {
    const option = buildRankingOption(ranking, ctx);
    const x = axis(option, "xAxis");
    expect(field(x, "name")).toBeUndefined();
    expect(path(x, "axisLabel", "hideOverlap")).toBe(true);
    const widest = labelText(seriesAt(option, 0), 0);
    expect(widest).toBe("2,907.92");
    expect(path(option.grid, "right")).toBeGreaterThanOrEqual(textWidth(widest));
  });

  test("textWidth counts CJK as one em and digits as about half", () => {
    expect(textWidth("行政运行")).toBe(48);
    expect(textWidth("2,907.92")).toBe(58);
    expect(labelRoom(["1", "行政"])).toBe(24 + 12);
  });
});

describe("label colours read on what they are drawn on", () => {
  test("contrast ratio follows WCAG", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777", "#777")).toBe(1);
    expect(contrastRatio("navy", "#fff")).toBe(1);
  });

  test("labelColorOn: white on navy, dark on amber and sand", () => {
    expect(labelColorOn("#1f3a5f", ctx.fonts.color)).toBe("#ffffff");
    expect(labelColorOn("#e9a03b", ctx.fonts.color)).toBe(ctx.fonts.color);
    expect(labelColorOn("#f2cc8f", ctx.fonts.color)).toBe(ctx.fonts.color);
    for (const fill of PALETTE) expect(contrastRatio(labelColorOn(fill, ctx.fonts.color), fill)).toBeGreaterThanOrEqual(4);
  });

  test.each(["red", "green"] as const)("YoY growth labels sit on a white plate in text shades of at least 4.5:1 (upColor=%s)", (upColor) => {
    const growth = seriesAt(buildYoyOption(yoy, defaultChartContext({ upColor })), 1);
    expect(path(growth, "label", "backgroundColor")).toMatch(/^rgba\(255,255,255,0\.9\d?\)$/);
    for (const item of dataOf(growth)) {
      const color = path(item, "label", "color");
      expect(typeof color).toBe("string");
      expect(contrastRatio(String(color), "#ffffff")).toBeGreaterThanOrEqual(4.5);
    }
  });

  test("sunburst: inner-ring labels take the readable shade of their category, outer-ring labels the text colour", () => {
    const series = seriesAt(buildEconomicOption(economic, ctx), 0);
    const [personnel] = dataOf(series);
    expect(path(personnel, "label", "color")).toBe("#ffffff");
    const group = (path(personnel, "children") as unknown[])[0];
    const item = (path(group, "children") as unknown[])[0];
    expect(path(group, "label", "color")).toBe("#ffffff");
    expect(path(item, "label", "color")).toBe(ctx.fonts.color);
    expect(path(series, "labelLayout", "hideOverlap")).toBe(true);
  });
});

describe("labels that would not fit are not drawn", () => {
  test("treemap tiles under 2% of the total draw no label; the rest wrap instead of being cut", () => {
    const option = buildTreemapOption(
      { ...treemap, items: [...treemap.items, { id: "20106", name: "财政事务", amount: "300000.00", code: "20106" }] },
      ctx,
    );
    const series = seriesAt(option, 0);
    const shown = dataOf(series).map((tile) => [field(tile, "name"), path(tile, "label", "show")]);
    expect(shown).toEqual([
      ["政府办公厅（室）及相关机构事务", true],
      ["人大事务", true],
      ["财政事务", false],
    ]);
    expect(path(series, "label", "overflow")).toBe("break");
  });

  test("compare runs metrics down the side, code prefixes dropped, tall enough for every bar", () => {
    const dto = { ...compare, metrics: [{ key: "expenditure", label: "201 一般公共服务支出" }, { key: "basic", label: "208 社会保障和就业支出" }] };
    const option = buildCompareOption(dto, ctx);
    expect(path(axis(option, "yAxis"), "type")).toBe("category");
    expect(path(axis(option, "yAxis"), "data")).toEqual(["一般公共服务支出", "社会保障和就业支出"]);
    expect(path(axis(option, "xAxis"), "axisLabel", "hideOverlap")).toBe(true);
    const many = { ...dto, metrics: Array.from({ length: 12 }, (_, i) => ({ key: String(i), label: `类${i}` })) };
    expect(compareHeight(many)).toBeGreaterThan(compareHeight(dto));
  });
});


describe("distribution bars open their departments", () => {
  test("subjectsInBucket lists the departments of one band, lowest rate first, and nothing without subjects", async () => {
    const { subjectsInBucket } = await import("@/lib/charts");
    const dto = {
      rates: ["95.10", "91.00", null, "120.00", "99.99"],
      subjects: [
        { id: "1", name: "甲" },
        { id: "2", name: "乙" },
        { id: "3", name: "丙" },
        { id: "4", name: "丁" },
        { id: "5", name: "戊" },
      ],
    };
    expect(subjectsInBucket(dto, "90–100%")).toEqual([
      { id: "2", name: "乙", rate: "91.00" },
      { id: "1", name: "甲", rate: "95.10" },
      { id: "5", name: "戊", rate: "99.99" },
    ]);
    expect(subjectsInBucket(dto, "120–130%").map((d) => d.name)).toEqual(["丁"]);
    expect(subjectsInBucket(dto, "<50%")).toEqual([]);
    expect(subjectsInBucket({ rates: dto.rates }, "90–100%")).toEqual([]);
  });
});

describe("heatmap column names", () => {
  test("up to 12 columns: short name over code; a year is its own code", async () => {
    const { heatmapColumnLabels } = await import("@/lib/charts");
    expect(heatmapColumnLabels([{ code: "201", name: "一般公共服务支出" }, { code: "2022", name: "2022 年度" }])).toEqual(["一般公共服务\n201", "2022"]);
  });

  test("more columns: one slanted line each, the code only where short names repeat; taller chart", async () => {
    const { heatmapColumnLabels, heatmapHeight } = await import("@/lib/charts");
    const codes = [
      { code: "2010101", name: "行政运行" },
      { code: "2010301", name: "行政运行" },
      ...Array.from({ length: 11 }, (_, i) => ({ code: `20806${String(i).padStart(2, "0")}`, name: `项目${i}` })),
    ];
    const labels = heatmapColumnLabels(codes);
    expect(labels.slice(0, 3)).toEqual(["行政运行（2010101）", "行政运行（2010301）", "项目0"]);
    expect(labels.every((label) => !label.includes("\n"))).toBe(true);
    expect(heatmapHeight(10, codes.length)).toBeGreaterThan(heatmapHeight(10, 5));
  });
});

describe("compare change labels", () => {
  test("an increase is signed, a decrease carries its own minus, rates are not signed", async () => {
    const { buildCompareRatesOption, buildCompareYoyOption } = await import("@/lib/charts/builders/compare-modes");
    const rows = [
      { id: "1", name: "甲", expenditure: null, priorExpenditure: null, changePct: "5.21", execRatePct: "94.53", sangongRatePct: null },
      { id: "2", name: "乙", expenditure: null, priorExpenditure: null, changePct: "-3.80", execRatePct: "92.50", sangongRatePct: null },
    ];
    const label = (option: EChartsOption, value: number) => {
      const formatter = path(seriesAt(option, 0), "label", "formatter") as (p: { value: number }) => string;
      return formatter({ value });
    };
    expect(label(buildCompareYoyOption(rows, ctx), 5.21)).toBe("+5.2%");
    expect(label(buildCompareYoyOption(rows, ctx), -3.8)).toBe("-3.8%");
    expect(label(buildCompareRatesOption(rows, ctx), 94.53)).toBe("94.5%");
  });
});
