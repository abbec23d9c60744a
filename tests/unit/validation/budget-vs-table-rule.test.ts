import { describe, expect, test } from "vitest";
import type { ParsedReport } from "@/lib/parsers/contract";
import { validateReport } from "@/lib/validation";
import { byRule, row, summary } from "./helpers";
import { makeReport, w } from "./make-report";

const RULE = "N.budget-vs-T05";
type Case = [name: string, mutate: (r: ParsedReport) => void, expected: string[]];

const withColumns = (r: ParsedReport, initial: string | null, full: string | null) => {
  r.gpbBudgetTable = { initial, full };
  r.gpbBudgetInitialTotal = initial;
  r.gpbBudgetFullTotal = full;
};

const cases: Case[] = [
  ["no budget columns in 05: not checked", (r) => { delete r.gpbBudgetTable; }, [`${RULE}:info`]],
  ["the 说明's total is the table's", (r) => withColumns(r, w("1250"), w("1300")), []],
  ["the 说明's 年初预算 total contradicts the 05 合计 row", (r) => {
    withColumns(r, w("1250"), null);
    r.gpbBudgetInitialTotal = w("1205");
  }, [`${RULE}:error`]],
  ["a 项's named budget, joined by code, off by a rounding unit", (r) => {
    withColumns(r, null, null);
    Object.assign(row(r.gpbExpenditureByFunction, "2210201"), { budgetInitial: w("20"), statedBudgetInitial: w("20.01"), statedBudgetCertain: true });
  }, [`${RULE}:info`]],
  ["a 项's named budget, joined by code, contradicts the table", (r) => {
    withColumns(r, null, null);
    Object.assign(row(r.gpbExpenditureByFunction, "2210201"), { budgetFull: w("20"), statedBudgetFull: w("25"), statedBudgetCertain: true });
  }, [`${RULE}:error`]],
  ["an unnamed 预算 or a 项 joined by a similar name: the same gap is a warning", (r) => {
    withColumns(r, null, null);
    Object.assign(row(r.gpbExpenditureByFunction, "2210201"), { budgetFull: w("20"), statedBudgetFull: w("25"), statedBudgetCertain: false });
  }, [`${RULE}:warning`]],
];

describe(RULE, () => {
  test.each(cases)("%s", (_name, mutate, expected) => {
    expect(summary(byRule(validateReport(makeReport(mutate)), RULE))).toEqual(expected);
  });

  test("an error quotes both budgets and points at the 说明", () => {
    const [finding] = byRule(validateReport(makeReport((r) => {
      withColumns(r, w("1250"), null);
      r.gpbBudgetInitialTotal = w("1205");
      r.sources.gpbBudgetInitialTotal = { page: 28, line: 3 };
    })), RULE);
    expect(finding).toMatchObject({ expected: w("1250"), actual: w("1205"), location: { page: 28, line: 3 } });
  });
});
