import { describe, expect, test } from "vitest";
import { departmentFigures, departmentPrior, PRIOR_REPORT_SCOPE, PRIOR_STATED_SCOPE } from "@/lib/figures/department";
import { FIGURES } from "@/lib/figures/definitions";
import { rateBandLabel, rateBandOf } from "@/lib/figures/execution";
import { figure, figureChange, figureSentence } from "@/lib/figures/figure";
import { overviewFigures } from "@/lib/figures/overview";
import { changePct, ppDelta, ratePct, sharePct } from "@/lib/figures/rates";
import { Decimal } from "@/lib/money";
import type { OverviewKpis } from "@/lib/queries/overview/kpis";

const kpis = (over: Partial<OverviewKpis>): OverviewKpis => ({
  year: 2024, departments: 3, reports: 3, expenditure: "30000000.00", fiscal: "28000000.00", execBasis: "initial",
  execBudget: "10000000.00", execActual: "9500000.00", execRatePct: "95.00", sangongBudget: "300000.00", sangongActual: "230000.00",
  reportsWithErrors: 1, ...over,
});

describe("rates", () => {
  test.each([
    ["1304.57", "1000.00", "30.46"],
    ["90.00", "100.00", "-10.00"],
    ["-50.00", "-100.00", "50.00"],
    ["100.00", "0.00", null],
    [null, "100.00", null],
  ])("changePct(%s, %s) = %s (over |prior|)", (current, prior, expected) => {
    expect(changePct(current, prior)).toBe(expected);
  });

  test("execution, share and points", () => {
    expect(ratePct("29079200.00", "31230000.00")).toBe("93.11");
    expect(sharePct("17958300.00", new Decimal("29074000.00"))).toBe("61.77");
    expect(ppDelta("95.00", "93.80")).toBe("1.20");
    expect(ppDelta(null, "93.80")).toBeNull();
  });

  test.each([
    ["89.99", "below", "低于90%"],
    ["90", "within", "90%–110%"],
    ["110.01", "above", "高于110%"],
  ] as const)("%s%% is %s the band of lib/settings", (rate, band, label) => {
    expect(rateBandOf(rate)).toBe(band);
    expect(rateBandLabel(band)).toBe(label);
  });

  test("a band passed in wins over the setting", () => {
    expect(rateBandOf("92", { lowPct: 95, highPct: 105 })).toBe("below");
  });
});

describe("figures", () => {
  test("every definition has a label, unit, formula, stored source and precision", () => {
    for (const def of Object.values(FIGURES)) {
      expect(def.label, def.id).not.toBe("");
      expect(def.formula, def.id).not.toBe("");
      expect(def.stored, def.id).not.toBe("");
      expect(def.precision, def.id).toBe(def.kind === "count" ? 0 : 2);
    }
  });

  test("the 绩效自评 rate is its own figure, never labelled 预算执行率", () => {
    expect(FIGURES.performanceRate.label).toBe("绩效自评执行率");
    expect(FIGURES.execRate.label).toBe("预算执行率");
  });

  test("change: % for amounts, 个百分点 for rates, a signed count for counts; missing prior → —", () => {
    expect(figureChange("amount", "29079200.00", "22769900.00", 2023, "s")).toMatchObject({ text: "+27.71%", direction: "increase" });
    expect(figureChange("rate", "93.11", "95.00", 2023, "s")).toMatchObject({ text: "-1.89个百分点", direction: "decrease" });
    expect(figureChange("count", "58", "56", 2023, "s")).toMatchObject({ text: "+2", direction: "increase" });
    expect(figureChange("amount", "1.00", null, 2023, "s")).toMatchObject({ text: "—", direction: null });
  });

  test("a 同口径 change compares its own pair, not the headline value", () => {
    const f = figure("expenditure", { value: "30000000.00", prior: { value: "10000000.00", current: "11000000.00", year: 2023, scope: "同口径" } });
    expect(f.text).toBe("3,000.00万元");
    expect(f.change?.text).toBe("+10.00%");
    expect(figureSentence(f)).toBe("支出合计3,000.00万元，比2023年+10.00%（同口径）");
  });

  test("prior year: last year's report first, else the 说明's statement, else none", () => {
    expect(departmentPrior(2024, "1.00", "2.00")).toEqual({ value: "1.00", year: 2023, scope: PRIOR_REPORT_SCOPE });
    expect(departmentPrior(2024, null, "2.00")).toEqual({ value: "2.00", year: 2023, scope: PRIOR_STATED_SCOPE });
    expect(departmentPrior(2024, null, null)).toBeNull();
  });

  test("department figures: 咸宁's 比上年 from its 说明 and the 预算执行率 with its denominator", () => {
    const figures = departmentFigures({
      year: 2024,
      expenditure: { value: "29079200.00", priorReport: null, priorStated: "22769900.00" },
      sangongActual: { value: "512900.00", priorReport: null, priorStated: null },
      sangongBudget: "715000.00",
      execution: { basis: "initial", ratePct: "93.11" },
    });
    expect(figures.map((f) => f.label)).toEqual(["支出合计", "“三公”经费决算", "预算执行率（对年初预算）", "“三公”经费执行率"]);
    expect(figures[0]?.change).toMatchObject({ text: "+27.71%", scope: PRIOR_STATED_SCOPE });
    expect(figures[3]?.text).toBe("71.73%");
  });
});

describe("overview figures", () => {
  test("totals and rates change 同口径 (over the departments in both years) and say so; counts over everyone", () => {
    const current = kpis({});
    const prior = kpis({ year: 2023, departments: 2, reports: 2, expenditure: "20000000.00", sangongActual: "200000.00", execRatePct: "93.00", reportsWithErrors: 0 });
    const comparable = {
      departments: 2,
      current: kpis({ departments: 2, expenditure: "22000000.00", sangongActual: "210000.00", execRatePct: "94.00" }),
      prior,
    };
    const figures = overviewFigures({ year: 2024, regionLabel: "示例市", current, prior, comparable, bothYears: 2, basis: "initial", coverage: { initial: 3, full: 0 } });
    const byId = Object.fromEntries(figures.map((f) => [f.id, f]));
    expect(byId.expenditure).toMatchObject({ text: "3,000.00万元", change: { text: "+10.00%", scope: "同口径：示例市两年均报告的 2 个部门" } });
    expect(byId.sangongActual?.change?.text).toBe("+5.00%");
    expect(byId.execRate).toMatchObject({ label: "预算执行率（对年初预算）", text: "95.00%", change: { text: "+1.00个百分点" } });
    expect(byId.departments?.change).toMatchObject({ text: "+1", scope: "示例市全部报告部门" });
    expect(byId.reportsWithErrors?.change?.text).toBe("+1");
  });

  test("no overlap between the years: no change is claimed", () => {
    const figures = overviewFigures({
      year: 2024, regionLabel: "示例市", current: kpis({}), prior: kpis({ year: 2023 }), comparable: null, bothYears: 0, basis: "initial", coverage: { initial: 3, full: 0 },
    });
    expect(figures.find((f) => f.id === "expenditure")?.change).toBeNull();
  });
});
