import { sumAmounts, toAmountString } from "../money";

/**
 * The execution rate's two sides for a whole report: Σ 年初预算 and Σ 决算 over the 一般公共预算 项 lines. Stored on
 * Report at import so cross-department views need not sum every line per request. null when no 项 line gives it.
 */
export function executionRollup(lines: ReadonlyArray<{ level: string; total: string | null; budgetInitial: string | null }>): {
  execBudgetInitial: string | null;
  execActual: string | null;
} {
  const items = lines.filter((l) => l.level === "项");
  const budget = sumAmounts(items.map((l) => l.budgetInitial));
  const actual = sumAmounts(items.map((l) => l.total));
  return { execBudgetInitial: budget === null ? null : toAmountString(budget), execActual: actual === null ? null : toAmountString(actual) };
}
