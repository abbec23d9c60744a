import { describe, expect, test } from "vitest";
import type { ParsedReport, Severity } from "@/lib/parsers/contract";
import { validateReport } from "@/lib/validation";
import { byRule, row, summary } from "./helpers";
import { makeReport, w } from "./make-report";

type Case = [name: string, rule: string, severity: Severity, mutate: (r: ParsedReport) => void];

const cases: Case[] = [
  ["01 income rows off by 0.10", "T01.income-sum", "error", (r) => { r.incomeBySource[2]!.amount = w("0.6"); }],
  ["01 income rows off by 0.01", "T01.income-sum", "info", (r) => { r.incomeBySource[0]!.amount = w("1199.51"); }],
  ["01 class rows off by 1", "T01.expenditure-sum", "error", (r) => { r.expenditureByClass[1]!.amount = w("151"); }],
  ["01 总计 wrong", "T01.grand-total", "error", (r) => { r.totals.grandTotal = w("1300"); }],
  ["02 类 ≠ Σ 款", "T02.class-equals-sections", "error", (r) => { row(r.incomeByFunction, "201").total = w("1001"); }],
  ["02 款 ≠ Σ 项", "T02.section-equals-items", "error", (r) => { row(r.incomeByFunction, "2080505").fiscal = w("90"); }],
  ["02 合计 ≠ Σ columns", "T02.row-total", "error", (r) => { row(r.incomeByFunction, "2210201").fiscal = w("40"); }],
  ["03 类 off by 0.01", "T03.class-equals-sections", "info", (r) => { row(r.expenditureByFunction, "201").total = w("1000.01"); }],
  ["03 款 ≠ Σ 项", "T03.section-equals-items", "error", (r) => { const l = row(r.expenditureByFunction, "2010301"); l.total = w("790"); l.basic = w("790"); }],
  ["03 合计 ≠ 基本 + 项目", "T03.row-total", "error", (r) => { row(r.expenditureByFunction, "2010302").project = w("150"); }],
  ["05 类 ≠ Σ 款", "T05.class-equals-sections", "error", (r) => { row(r.gpbExpenditureByFunction, "208").total = w("160"); }],
  ["05 款 ≠ Σ 项", "T05.section-equals-items", "error", (r) => { row(r.gpbExpenditureByFunction, "22102").basic = w("55"); }],
  ["05 小计 ≠ 基本 + 项目", "T05.row-total", "error", (r) => { row(r.gpbExpenditureByFunction, "2210201").basic = w("40"); }],
  ["04 合计 ≠ Σ funds", "T04.total-sum", "error", (r) => { r.fiscalAppropriation.total = w("1300"); }],
  ["06 detail ≠ category total", "T06.category-sum", "error", (r) => { row(r.economic.lines, "302").amount = w("90"); }],
  ["09 vehicle subtotal", "T09.vehicle-subtotal", "error", (r) => { r.sangong.actual.vehicleOperation = w("9"); }],
  ["09 budget total", "T09.total-sum", "error", (r) => { r.sangong.budget.total = w("31"); }],
  ["09 actual total by 0.01", "T09.total-sum", "info", (r) => { r.sangong.actual.total = w("20.01"); }],
  ["03 total ≠ 01 支出合计", "X.T03-vs-T01-total", "error", (r) => { r.totals.expenditure = w("1250"); }],
  ["02 total ≠ 01 收入合计", "X.T02-vs-T01-total", "error", (r) => { r.totals.income = w("1250"); }],
  ["01 类 ≠ 03 类", "X.T01-classes-vs-T03", "error", (r) => { r.expenditureByClass[2]!.amount = w("60"); }],
  ["基本支出 total ≠ Σ 03 类", "X.T03-basic-project-vs-totals", "error", (r) => { r.totals.basicExpenditure = w("990"); }],
  ["04 财政拨款收入 ≠ 01 rows", "X.T04-vs-T01-fiscal", "error", (r) => { r.totals.fiscalAppropriationIncome = w("1100"); }],
  ["05 ≠ 04 一般公共预算", "X.T05-vs-T04-general", "error", (r) => { r.fiscalAppropriation.generalBudget = w("1100"); }],
  ["05 基本 ≠ 06 人员 + 公用", "X.T05-basic-vs-T06", "error", (r) => { r.economic.personnel = w("950"); }],
  ["04 has 政府性基金 but 07 is empty", "X.T07-T08-vs-T04", "error", (r) => { r.fiscalAppropriation.governmentFund = w("10"); }],
  ["06 class row ≠ Σ its details", "T06.class-equals-items", "error", (r) => { row(r.economic.lines, "30101").amount = w("840"); }],
  ["06 class row off by 0.01", "T06.class-equals-items", "info", (r) => { row(r.economic.lines, "30101").amount = w("850.01"); }],
  ["06 基本 30217 公务接待费 above the 09 actual", "X.T06-vs-T09-sangong", "warning", (r) => { row(r.economic.lines, "30217").amount = w("3.5"); }],
  ["06 基本 30231 公务用车运行维护费 above the 09 actual", "X.T06-vs-T09-sangong", "warning", (r) => { row(r.economic.lines, "30231").amount = w("8.5"); }],
];

describe("table and cross-table identities", () => {
  test.each(cases)("%s → %s %s", (_name, rule, severity, mutate) => {
    const findings = validateReport(makeReport(mutate));
    expect(summary(byRule(findings, rule))).toContain(`${rule}:${severity}`);
  });

  test("06 basic spending up to the 三公 actuals is no finding: 09 covers basic and project spending", () => {
    const findings = validateReport(makeReport((r) => { row(r.economic.lines, "30231").amount = w("8"); }));
    expect(byRule(findings, "X.T06-vs-T09-sangong")).toEqual([]);
  });

  test("a mutation leaves unrelated rules silent", () => {
    const findings = validateReport(makeReport((r) => { r.sangong.actual.vehicleOperation = w("9"); }));
    // 合计 is checked against the printed 小计, so only the subtotal rule speaks.
    expect(summary(findings)).toEqual(["T09.vehicle-subtotal:error"]);
  });

  test("message names the figures in 万元 and the location points at the parent row", () => {
    const findings = validateReport(makeReport((r) => {
      const cls = row(r.expenditureByFunction, "201");
      cls.total = w("1001.37");
      cls.basic = w("801.37");
    }));
    const [first] = byRule(findings, "T03.class-equals-sections");
    expect(first?.message).toBe("公开03表 支出决算表 201 一般公共服务支出：款合计 1,000.00万元，类行 1,001.37万元，相差 1.37万元");
    expect(first).toMatchObject({ severity: "error", expected: "10000000.00", actual: "10013700.00" });
    expect(first?.location).toMatchObject({ page: 3, line: 100, table: "公开03表", row: "201 一般公共服务支出", column: "合计" });
  });

  test("rounding envelope: a total of n printed addends may be off by (n + 1) × 0.005 万元", () => {
    // 合计 = 出国 + 用车小计 + 接待: three addends and the total, 0.02 万元.
    const within = validateReport(makeReport((r) => { r.sangong.actual.total = w("20.02"); }));
    expect(summary(byRule(within, "T09.total-sum"))).toEqual(["T09.total-sum:info"]);
    expect(byRule(within, "T09.total-sum")[0]?.message).toContain("可能为取整误差");
    const beyond = validateReport(makeReport((r) => { r.sangong.actual.total = w("20.03"); }));
    expect(summary(byRule(beyond, "T09.total-sum"))).toEqual(["T09.total-sum:error"]);
  });

  test("a report printed in 元 gets 元-sized tolerances", () => {
    const cent = validateReport(makeReport((r) => { r.sourceUnit = "元"; r.sangong.actual.total = "200000.01"; }));
    expect(summary(byRule(cent, "T09.total-sum"))).toEqual(["T09.total-sum:info"]);
    const hundred = validateReport(makeReport((r) => { r.sourceUnit = "元"; r.sangong.actual.total = "200100.00"; }));
    expect(summary(byRule(hundred, "T09.total-sum"))).toEqual(["T09.total-sum:error"]);
  });

  test("a blank child cell softens a failed sum to a warning", () => {
    const findings = validateReport(makeReport((r) => { row(r.expenditureByFunction, "2080506").total = null; }));
    expect(summary(byRule(findings, "T03.section-equals-items"))).toEqual(["T03.section-equals-items:warning"]);
  });
});
