import { describe, expect, test } from "vitest";
import { buildExecutionOption, defaultChartContext, toExecutionTable, toHeatmapTable, toPerformanceTable } from "@/lib/charts";
import {
  executionRatePct,
  executionRates,
  executionSides,
  parseExecutionBasis,
  rateFormula,
  rateLabel,
  PERFORMANCE_RATE_LABEL,
} from "@/lib/figures/execution";

describe("execution rate against either budget (exact, integer cents)", () => {
  test.each([
    ["17.50 / 17.68", "175000.00", "176800.00", "98.98"],
    ["half rounds away from zero (1/8 = 12.5%)", "0.01", "0.08", "12.50"],
    ["0.005% rounds up at the second decimal", "1.00", "20000.00", "0.01"],
    ["above 100%", "3078200.00", "0.01", "30782000000.00"],
    ["budget 0 → no rate (never ∞)", "17.50", "0.00", null],
    ["budget missing", "17.50", null, null],
    ["actual missing", null, "17.68", null],
    ["more than two decimals falls back to Decimal", "1.005", "3", "33.50"],
  ])("%s", (_label, actual, budget, expected) => {
    expect(executionRatePct(actual, budget)).toBe(expected);
  });

  test("a new unit: no rate against 年初预算 0, a rate against 全年预算", () => {
    expect(executionRates({ total: "175000.00", budgetInitial: "0.00", budgetFull: "176800.00" })).toEqual({ initial: null, full: "98.98" });
  });

  test("sides count only the lines stating the chosen budget", () => {
    const lines = [
      { total: "100.00", budgetInitial: "110.00", budgetFull: null },
      { total: "50.00", budgetInitial: "40.00", budgetFull: "60.00" },
    ];
    expect(executionSides(lines, "initial")).toEqual({ budget: "150.00", actual: "150.00" });
    expect(executionSides(lines, "full")).toEqual({ budget: "60.00", actual: "50.00" });
    expect(executionSides([{ total: "7.00", budgetInitial: null, budgetFull: null }], "full")).toEqual({ budget: null, actual: "7.00" });
  });
});

describe("labels say which denominator", () => {
  test.each([
    ["initial", "执行率（对年初预算）", "决算数 ÷ 年初预算数"],
    ["full", "执行率（对全年预算）", "决算数 ÷ 全年预算数"],
  ] as const)("%s", (basis, label, formula) => {
    expect(rateLabel(basis)).toBe(label);
    expect(rateFormula(basis)).toBe(formula);
  });

  test("预算执行率 noun and the 绩效自评 rate's own name", () => {
    expect(rateLabel("full", "预算执行率")).toBe("预算执行率（对全年预算）");
    expect(PERFORMANCE_RATE_LABEL).toBe("绩效自评执行率");
    expect(PERFORMANCE_RATE_LABEL).not.toContain("预算执行率");
  });

  test.each([
    ["full", "full"],
    ["initial", "initial"],
    [["full", "initial"], "full"],
    ["FULL", "initial"],
    [undefined, "initial"],
  ] as const)("basis %j → %s", (raw, expected) => {
    expect(parseExecutionBasis(raw as string | string[] | undefined)).toBe(expected);
  });
});

describe("chart DTO labels name the denominator", () => {
  test.each([
    ["initial", "年初预算", "执行率（对年初预算）"],
    ["full", "全年预算", "执行率（对全年预算）"],
  ] as const)("execution chart on %s", (basis, budget, rate) => {
    const dto = { basis, rows: [{ code: "2010301", name: "行政运行", budget: "100.00", actual: "98.00", ratePct: null }] };
    const option = buildExecutionOption(dto, defaultChartContext());
    expect(option.legend).toMatchObject({ data: [budget, "决算", rate] });
    expect(toExecutionTable(dto).columns.map((c) => c.label)).toEqual(expect.arrayContaining([budget, rate]));
  });

  test("heatmap table and title carry the basis; without one the words stay plain", () => {
    const dto = { basis: "full" as const, departments: [{ id: "1", name: "甲局" }], codes: [{ code: "201", name: "一般公共服务支出" }], cells: [{ departmentId: "1", code: "201", budget: "10.00", actual: "9.00" }] };
    const table = toHeatmapTable(dto);
    expect(table.title).toContain("预算执行率（对全年预算）");
    expect(table.columns.map((c) => c.label)).toEqual(expect.arrayContaining(["全年预算", "执行率（对全年预算）"]));
    expect(toHeatmapTable({ ...dto, basis: undefined }).columns.map((c) => c.label)).toContain("执行率");
  });

  test("the self-evaluation chart is 绩效自评执行率, never 预算执行率", () => {
    const table = toPerformanceTable({ projects: [{ name: "项目甲", budget: "10.00", actual: "9.00", ratePct: "90.00" }] });
    expect(table.columns.map((c) => c.label)).toContain("绩效自评执行率");
    expect(JSON.stringify(table)).not.toContain("预算执行率");
  });
});
