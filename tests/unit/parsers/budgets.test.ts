import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { joinItemBudgets } from "@/lib/parsers/assemble-items";
import { extractNarrative } from "@/lib/parsers/narrative";
import { fixtureDoc } from "./narrative/text-doc";
import { tablesOfText } from "./table-report";

const variant = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../fixtures/variants", name), "utf8");

describe("narrative: 年初预算 and 全年预算 per 项 (a unit set up during the year)", () => {
  const facts = extractNarrative(fixtureDoc("variants/budgets-narrative-new-unit.txt"), "万元");

  test("the total: 年初预算 0, 全年预算 printed, both kept with their sources", () => {
    expect(facts.gpbBudgetInitialTotal).toBe("0.00");
    expect(facts.gpbBudgetFullTotal).toBe("3376800.00");
    expect(facts.sources.gpbBudgetFullTotal).toBeDefined();
  });

  test.each([
    ["行政运行", "2000000.00", "2000000.00", "1950000.00", "97.50", "initial"],
    ["一般行政管理事务", "1000000.00", "1200000.00", "1150000.00", "95.83", "full"],
    // "完成预算的" names no budget; with both printed, the stated rate's basis is not guessed.
    ["机关事业单位基本养老保险缴费支出", "0.00", "176800.00", "175000.00", "98.98", null],
  ])("%s: 年初 %s, 全年 %s, 决算 %s, stated %s, basis %s", (itemName, budgetInitial, budgetFull, actual, pct, basis) => {
    expect(facts.items.find((i) => i.itemName === itemName)).toMatchObject({
      budgetInitial, budgetFull, actual, statedRatePct: pct, statedRateBasis: basis,
    });
  });

  test("the 调整预算 completion claim is checked against the 调整预算", () => {
    const claim = facts.claims.find((c) => c.kind === "completion" && c.statedPct === "95.83");
    expect(claim).toMatchObject({ amount: "1150000.00", base: "1200000.00" });
  });
});

describe("table 05 with 年初预算 / 全年预算 columns", () => {
  const report = tablesOfText(variant("budgets-table-columns.txt"));
  const line = (code: string) => report.gpbExpenditureByFunction.find((l) => l.code === code);

  test.each([
    ["2010301", "2000000.00", "2000000.00", "1950000.00", "1950000.00", null],
    ["2010302", "1000000.00", "1200000.00", "1150000.00", "50000.00", "1100000.00"],
    ["2080505", "0.00", "176800.00", "175000.00", "175000.00", null],
    ["201", "3000000.00", "3200000.00", "3100000.00", "2000000.00", "1100000.00"],
  ])("%s: budgets beside the 决算, which stays 合计 = 基本 + 项目", (code, budgetInitial, budgetFull, total, basic, project) => {
    expect(line(code)).toMatchObject({ budgetInitial, budgetFull, total, basic, project });
  });

  test("the 合计 row's budgets are the report's totals", () => {
    expect(report.gpbBudgetInitialTotal).toBe("3000000.00");
    expect(report.gpbBudgetFullTotal).toBe("3376800.00");
    expect(report.sources.gpbBudgetFullTotal?.table).toBe("05");
  });

  test("no row left unread", () => {
    expect(report.unread.filter((u) => u.section.includes("05"))).toEqual([]);
  });
});

describe("joining: a budget the table prints wins, the narrative fills the rest", () => {
  const table = tablesOfText(variant("budgets-table-columns.txt")).gpbExpenditureByFunction.map((l) =>
    l.code === "2010302" ? { ...l, budgetFull: null } : l,
  );
  const facts = extractNarrative(fixtureDoc("variants/budgets-narrative-new-unit.txt"), "万元");
  const { rows, unread } = joinItemBudgets(table, facts.items);

  test("joined without loss", () => {
    expect(unread).toEqual([]);
    expect(rows.find((l) => l.code === "2010302")).toMatchObject({ budgetInitial: "1000000.00", budgetFull: "1200000.00", statedRateBasis: "full" });
    expect(rows.find((l) => l.code === "2080505")).toMatchObject({ budgetInitial: "0.00", budgetFull: "176800.00", reason: "单位年中新设,预算年中追加" });
  });
});

describe("05 with an 执行率 column or a 小计/基本/项目 group per budget", () => {
  const read = (name: string) => tablesOfText(variant(name));
  const cases: Array<[code: string, budgetInitial: string, budgetFull: string, total: string, basic: string | null, project: string | null]> = [
    ["2010301", "2000000.00", "2000000.00", "1950000.00", "1950000.00", null],
    ["2010302", "1000000.00", "1200000.00", "1150000.00", "50000.00", "1100000.00"],
    ["2080505", "0.00", "176800.00", "175000.00", "175000.00", null],
    ["201", "3000000.00", "3200000.00", "3100000.00", "2000000.00", "1100000.00"],
  ];

  describe("a rate column after the 决算 columns (with or without % signs)", () => {
    const report = read("tables-05-rate-column.txt");
    const line = (code: string) => report.gpbExpenditureByFunction.find((l) => l.code === code);
    test.each(cases)("%s: the rate is not taken for money", (code, budgetInitial, budgetFull, total, basic, project) => {
      expect(line(code)).toMatchObject({ budgetInitial, budgetFull, total, basic, project });
    });
    test("the printed rate is kept as printed, with the budget its header names", () => {
      expect(line("2010301")).toMatchObject({ printedRatePct: "97.5", printedRateBasis: "full" });
      expect(line("2010302")).toMatchObject({ printedRatePct: "95.83" });
      expect(report.gpbBudgetFullTotal).toBe("3376800.00");
      expect(report.unread.filter((u) => u.section.includes("05"))).toEqual([]);
    });
  });

  describe("年初预算 / 调整预算 / 决算, each with 小计, 基本支出, 项目支出", () => {
    const report = read("tables-05-budget-groups.txt");
    const line = (code: string) => report.gpbExpenditureByFunction.find((l) => l.code === code);
    test.each(cases)("%s: each budget from its group's 小计, the 决算 from its own group", (code, budgetInitial, budgetFull, total, basic, project) => {
      expect(line(code)).toMatchObject({ budgetInitial, budgetFull, total, basic, project });
    });
    test("totals and no doubtful rows", () => {
      expect(report.gpbBudgetInitialTotal).toBe("3000000.00");
      expect(report.gpbBudgetFullTotal).toBe("3376800.00");
      expect(report.totals).toMatchObject({});
      expect(report.unread.filter((u) => u.section.includes("05"))).toEqual([]);
    });
  });
});

describe("a budget both the 05 table and the 说明 print: the table's kept, the 说明's beside it for the 审核", () => {
  const table = tablesOfText(variant("budgets-table-columns.txt")).gpbExpenditureByFunction;
  const facts = extractNarrative(fixtureDoc("variants/budgets-narrative-new-unit.txt"), "万元");
  const { rows } = joinItemBudgets(table, facts.items);
  const line = (code: string) => rows.find((l) => l.code === code);

  test.each([
    ["2010301", "2000000.00", "2000000.00", true],
    // "调整预算为 120.00" names the full-year budget.
    ["2010302", "1000000.00", "1200000.00", true],
    ["2080505", "0.00", "176800.00", true],
  ])("%s: stated 年初 %s, 全年 %s, certain %s", (code, statedBudgetInitial, statedBudgetFull, certain) => {
    expect(line(code)).toMatchObject({ statedBudgetInitial, statedBudgetFull, statedBudgetCertain: certain });
  });

  test("the table's 合计 budgets are kept apart from the 说明's totals", () => {
    const report = tablesOfText(variant("budgets-table-columns.txt"));
    expect(report.gpbBudgetTable).toEqual({ initial: "3000000.00", full: "3376800.00" });
  });
});
