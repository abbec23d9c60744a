import { describe, expect, test } from "vitest";
import { buildEconomicOption, buildStructureOption, toEconomicTable, toStructureTable } from "@/lib/charts";
import { defaultChartContext } from "@/lib/charts/context";
import { PALETTE } from "@/lib/charts/theme";
import { dataOf, field, path, seriesAt, tooltipText, values } from "./helpers";
import { economic, structure } from "./fixtures";

const ctx = defaultChartContext();

describe("buildStructureOption", () => {
  test("legend wraps instead of paging, with short names, and the ring sits above all its rows", () => {
    const option = buildStructureOption(structure, defaultChartContext());
    const legend = option.legend as { type: string; formatter: (name: string) => string };
    expect(legend.type).toBe("plain");
    expect(legend.formatter("社会保障和就业支出")).toBe("社会保障和就业");
    // Four drawable slices (the null amount stays in the table): two rows of three.
    expect(seriesAt(option, 0)).toMatchObject({ bottom: 2 * 22 + 8 });
  });

  const option = buildStructureOption(structure, ctx);
  const pie = seriesAt(option, 0);

  test("draws a pie of the drawable children in 万元", () => {
    expect(pie.type).toBe("pie");
    expect(values(pie)).toEqual([2348.91, 311.62, 80.06, 167.33]);
  });

  test("slices carry code and level for drill-down, palette colours in order", () => {
    const first = dataOf(pie)[0];
    expect(field(first, "code")).toBe("201");
    expect(field(first, "level")).toBe("类");
    expect(path(first, "itemStyle", "color")).toBe(PALETTE[0]);
    expect(dataOf(pie).map((slice) => field(slice, "code"))).toEqual(["201", "208", "210", "221"]);
  });

  test("tooltip gives exact 万元 and share", () => {
    const text = tooltipText(option, { data: { key: "208" } });
    expect(text).toContain("208 社会保障和就业支出");
    expect(text).toContain("311.62 万元");
    expect(text).toContain("10.72%");
  });

  test("table keeps the undrawable null row", () => {
    const dataTable = toStructureTable(structure, { period: "2024年度" });
    expect(dataTable.rows).toHaveLength(5);
    expect(dataTable.period).toBe("2024年度");
    expect(dataTable.rows[4]).toMatchObject({ code: "229", amount: null, share: null });
    expect(dataTable.rows[0]).toMatchObject({ amount: "23489100.00", share: "80.78" });
  });
});

describe("buildEconomicOption", () => {
  const option = buildEconomicOption(economic, ctx);
  const sunburst = seriesAt(option, 0);

  test("sunburst: 人员/公用 → 301/303/302/310 → items, in 万元", () => {
    expect(sunburst.type).toBe("sunburst");
    const [personnel, publicUse] = dataOf(sunburst);
    expect(field(personnel, "name")).toBe("人员经费");
    expect(field(personnel, "value")).toBe(2100);
    const groups = field(personnel, "children");
    expect(Array.isArray(groups) ? groups.map((g: unknown) => field(g, "code")) : []).toEqual(["301", "303"]);
    expect(path(personnel, "children")).toBeDefined();
    const publicGroups = field(publicUse, "children");
    const capital = Array.isArray(publicGroups) ? publicGroups[1] : undefined;
    // A missing figure is not drawn as 0.
    expect(field(capital, "value")).toBeUndefined();
  });

  test("tooltip by unique key", () => {
    const text = tooltipText(option, { data: { key: "personnel/301/30102" } });
    expect(text).toContain("30102 津贴补贴");
    expect(text).toContain("1,300.00 万元");
    expect(text).toContain("54.17%");
  });

  test("table flattens three levels", () => {
    const rows = toEconomicTable(economic).rows;
    expect(rows.map((row) => row.level)).toEqual(["类别", "款", "项", "项", "款", "类别", "款", "项", "款"]);
  });
});
