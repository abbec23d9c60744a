import { describe, expect, test } from "vitest";
import type { Claim, ParsedReport, Severity } from "@/lib/parsers/contract";
import { validateReport } from "@/lib/validation";
import { byRule, claimOf, row, summary } from "./helpers";
import { makeReport, w } from "./make-report";

type Case = [name: string, rule: string, severity: Severity, mutate: (r: ParsedReport) => void];

const cases: Case[] = [
  ["stated 基本支出 ≠ 03 total", "N.totals-vs-tables", "error", (r) => {
    Object.assign(claimOf(r, "基本支出"), { amount: w("1010"), statedPct: "84.17" });
  }],
  ["stated 类 amount ≠ 05 类", "N.totals-vs-tables", "error", (r) => {
    Object.assign(claimOf(r, "一般公共服务（类）"), { amount: w("990"), statedPct: "82.53" });
  }],
  ["stated 一般公共预算支出 ≠ Σ 05", "N.totals-vs-tables", "error", (r) => {
    Object.assign(claimOf(r, "一般公共预算财政拨款支出"), { amount: w("1210"), statedPct: "98.21" });
  }],
  ["stated 三公 决算 ≠ 09", "N.sangong-vs-T09", "error", (r) => {
    Object.assign(claimOf(r, "“三公”经费", "completion"), { amount: w("21"), statedPct: "70" });
  }],
  ["stated 三公 预算 ≠ 09", "N.sangong-vs-T09", "error", (r) => {
    Object.assign(claimOf(r, "“三公”经费", "completion"), { base: w("40"), statedPct: "50" });
  }],
  ["stated 项 决算 ≠ 05 row", "N.item-actual-vs-T05", "error", (r) => {
    Object.assign(claimOf(r, "行政运行（项）"), { amount: w("810"), statedPct: "98.78" });
  }],
  ["年初预算 total ≠ Σ 项", "N.budget-initial-sum", "error", (r) => { r.gpbBudgetInitialTotal = w("1240"); }],
  ["share misstated", "N.share-recompute", "error", (r) => { claimOf(r, "基本支出").statedPct = "83.5"; }],
  ["share off by 0.0067 pp", "N.share-recompute", "info", (r) => { claimOf(r, "基本支出").statedPct = "83.34"; }],
  ["share over a 0 base (wrong denominator)", "N.share-recompute", "warning", (r) => { claimOf(r, "基本支出").base = w("0"); }],
  ["change misstated", "N.change-recompute", "error", (r) => { claimOf(r, "收入合计").statedPct = "25"; }],
  ["growth from a prior of 0 (rate meaningless)", "N.change-recompute", "warning", (r) => {
    Object.assign(claimOf(r, "收入合计"), { base: w("0"), delta: w("1200"), statedPct: "100" });
  }],
  ["completion misstated", "N.completion-recompute", "error", (r) => { claimOf(r, "一般公共预算财政拨款支出").statedPct = "99.1"; }],
  ["completion against a 年初预算 of 0 (wrong denominator)", "N.completion-recompute", "warning", (r) => {
    Object.assign(claimOf(r, "“三公”经费", "completion"), { base: w("0") });
  }],
  ["增减额 ≠ difference", "N.change-delta", "error", (r) => { claimOf(r, "收入合计").delta = w("150"); }],
  ["增加 but it fell", "N.direction-word", "error", (r) => {
    Object.assign(claimOf(r, "收入合计"), { base: w("1300"), delta: w("100"), statedPct: "7.69" });
  }],
  ["减少 but it grew", "N.direction-word", "error", (r) => {
    Object.assign(claimOf(r, "“三公”经费", "change"), { base: w("16"), delta: w("4"), statedPct: "25" });
  }],
  ["项 completion off against table 05", "N.item-rate-vs-T05", "error", (r) => { row(r.gpbExpenditureByFunction, "2210201").statedRatePct = "90"; }],
  ["项 completion claimed against a 0 budget (wrong denominator)", "N.item-rate-vs-T05", "warning", (r) => {
    const line = row(r.gpbExpenditureByFunction, "2210201");
    line.budgetInitial = w("0");
  }],
];

function only(claim: Claim): (r: ParsedReport) => void {
  return (r) => { r.claims = [claim]; };
}

function neutral(kind: Claim["kind"], amount: string, base: string, statedPct: string, extra: Partial<Claim> = {}): Claim {
  return { kind, subject: "测试项", amount: w(amount), base: w(base), statedPct, text: "测试", location: { page: 1, line: 1 }, ...extra };
}

describe("narrative rules", () => {
  test.each(cases)("%s → %s %s", (_name, rule, severity, mutate) => {
    expect(summary(byRule(validateReport(makeReport(mutate)), rule))).toContain(`${rule}:${severity}`);
  });

  test("flat with zero both years is fine, 减少为 0 from 0 is a contradiction", () => {
    const flat = neutral("change", "0", "0", "0", { delta: w("0"), direction: "flat" });
    expect(validateReport(makeReport(only(flat))).filter((f) => f.severity !== "info")).toEqual([]);
    const fellToZero = neutral("change", "0", "0", "0", { delta: w("0"), direction: "decrease" });
    expect(summary(byRule(validateReport(makeReport(only(fellToZero))), "N.direction-word"))).toEqual(["N.direction-word:error"]);
  });

  test("持平 with a real change is a contradiction", () => {
    const flat = neutral("change", "110", "100", "10", { direction: "flat" });
    expect(summary(byRule(validateReport(makeReport(only(flat))), "N.direction-word"))).toEqual(["N.direction-word:error"]);
  });

  test("a denominator-trap message says the base is 0", () => {
    const trap = neutral("completion", "8.88", "0", "100");
    const [finding] = byRule(validateReport(makeReport(only(trap))), "N.completion-recompute");
    expect(finding?.message).toMatch(/预算数为 0/);
  });

  // Figures from the 咸宁 2024 report (tests/fixtures/xianning-zhengfuban-2024.txt, lines 1033–1312).
  const xianning: Array<[text: string, claim: Claim, expected: string[]]> = [
    ["财政拨款收入 2907.4 占本年收入 99.98%", neutral("share", "2907.4", "2907.92", "99.98"), []],
    ["收入合计增加 630.93，增长 27.71%", neutral("change", "2907.92", "2276.99", "27.71", { delta: w("630.93"), direction: "increase" }), []],
    ["基本支出 2416.49 占本年支出 83.1%", neutral("share", "2416.49", "2907.92", "83.1"), []],
    ["完成年初预算的 93.1%", neutral("completion", "2907.4", "3122.58", "93.1"), []],
    ["职业年金 完成年初预算的 139.52%", neutral("completion", "96.94", "69.48", "139.52"), []],
    ["机关运行经费比年初预算减少 148.26，下降 37.3%", neutral("change", "248.77", "397.03", "37.3", { delta: w("148.26"), direction: "decrease" }), []],
    ["公务接待费 完成全年预算的 9.43%", neutral("completion", "0.33", "3.5", "9.43"), []],
    // 0.53 / 0.86 = 61.6279…%: the stated 61.63% is right.
    ["公务接待费比上年减少 0.53，降低 61.63%", neutral("change", "0.33", "0.86", "61.63", { delta: w("0.53"), direction: "decrease" }), []],
    // 3.52 / 3.85 = 91.428…%: printed 91.42, 0.0086 pp off — inside the 0.01 pp info margin.
    ["其他社会保障和就业支出 完成年初预算的 91.42%", neutral("completion", "3.52", "3.85", "91.42"), ["N.completion-recompute:info"]],
    ["digits transposed: 降低 63.61%", neutral("change", "0.33", "0.86", "63.61", { delta: w("0.53"), direction: "decrease" }), ["N.change-recompute:error"]],
    // The report itself slips here: 51.29 / 71.5 = 71.73%, not 77.73%.
    ["三公 完成全年预算的 77.73%", neutral("completion", "51.29", "71.5", "77.73"), ["N.completion-recompute:error"]],
    ["三公 降低 36.42% would be 36.42; 38.42 is wrong", neutral("change", "51.29", "80.67", "38.42", { delta: w("29.38"), direction: "decrease" }), ["N.change-recompute:error"]],
  ];

  test.each(xianning)("咸宁: %s", (_text, claim, expected) => {
    const findings = validateReport(makeReport(only(claim))).filter((f) => f.rule.startsWith("N.") && !f.message.startsWith("未能核对"));
    expect(summary(findings)).toEqual(expected);
  });

  test("recompute message names the stated and recomputed percentages", () => {
    const wrong = neutral("change", "0.33", "0.86", "63.61", { delta: w("0.53"), direction: "decrease" });
    const [finding] = byRule(validateReport(makeReport(only(wrong))), "N.change-recompute");
    expect(finding?.message).toContain("说明称增减幅度 63.61%，按 0.53万元 ÷ 0.86万元 重算为 61.63%，相差 1.98 个百分点");
    expect(finding).toMatchObject({ expected: "61.6279", actual: "63.61", location: { page: 1, line: 1 } });
  });

  test("tiny amounts: a percentage only the unrounded amounts can give is info, or error when that leniency is off", () => {
    const tiny = neutral("share", "0.01", "0.03", "46.67");
    expect(summary(byRule(validateReport(makeReport(only(tiny))), "N.share-recompute"))).toEqual(["N.share-recompute:info"]);
    const strict = validateReport(makeReport(only(tiny)), { allowAmountRoundingInPct: false });
    expect(summary(byRule(strict, "N.share-recompute"))).toEqual(["N.share-recompute:error"]);
  });
});
