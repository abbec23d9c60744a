import { expect, test } from "vitest";
import { executionRollup } from "@/lib/ingest/execution-rollup";

test.each([
  ["only 项 lines count; the actual is Σ 决算 of the 项 stating the budget", [
    { level: "类", total: "100.00", budgetInitial: "120.00", budgetFull: null },
    { level: "项", total: "60.00", budgetInitial: "70.00", budgetFull: null },
    { level: "项", total: "40.00", budgetInitial: null, budgetFull: null },
  ], { execBudgetInitial: "70.00", execActual: "60.00", execBudgetFull: null, execActualFull: "100.00" }],
  ["no 项 budget at all → null budget, actual still summed", [{ level: "项", total: "5.00", budgetInitial: null }],
    { execBudgetInitial: null, execActual: "5.00", execBudgetFull: null, execActualFull: "5.00" }],
  ["no 项 lines → all null", [{ level: "款", total: "5.00", budgetInitial: "5.00" }],
    { execBudgetInitial: null, execActual: null, execBudgetFull: null, execActualFull: null }],
  ["a new unit: 年初预算 0 on every 项, 全年预算 printed", [
    { level: "项", total: "17.50", budgetInitial: "0.00", budgetFull: "17.68" },
    { level: "项", total: "290.32", budgetInitial: "0.00", budgetFull: "303.34" },
  ], { execBudgetInitial: "0.00", execActual: "307.82", execBudgetFull: "321.02", execActualFull: "307.82" }],
  ["全年预算 for two 项 of three (only the variances): the rate covers those two", [
    { level: "项", total: "10.00", budgetInitial: "10.00", budgetFull: "12.00" },
    { level: "项", total: "20.00", budgetInitial: "25.00", budgetFull: null },
    { level: "项", total: "30.00", budgetInitial: "30.00", budgetFull: "28.00" },
  ], { execBudgetInitial: "65.00", execActual: "60.00", execBudgetFull: "40.00", execActualFull: "40.00" }],
])("%s", (_label, lines, expected) => {
  expect(executionRollup(lines)).toEqual(expected);
});
