import { expect, test } from "vitest";
import { executionRollup } from "@/lib/ingest/execution-rollup";

test.each([
  ["only 项 lines count, 类 and 款 rows are not added again", [
    { level: "类", total: "100.00", budgetInitial: "120.00" },
    { level: "项", total: "60.00", budgetInitial: "70.00" },
    { level: "项", total: "40.00", budgetInitial: null },
  ], { execBudgetInitial: "70.00", execActual: "100.00" }],
  ["no 项 budget at all → null budget, actual still summed", [{ level: "项", total: "5.00", budgetInitial: null }], { execBudgetInitial: null, execActual: "5.00" }],
  ["no 项 lines → both null", [{ level: "款", total: "5.00", budgetInitial: "5.00" }], { execBudgetInitial: null, execActual: null }],
])("%s", (_label, lines, expected) => {
  expect(executionRollup(lines)).toEqual(expected);
});
