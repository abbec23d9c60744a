import { executionSides } from "../figures/execution";

/**
 * The execution rate's two sides for a whole report, against each budget: Σ 年初预算 (Σ 全年预算) and Σ 决算 of the
 * 一般公共预算 项 lines that state it. Stored on Report at import so cross-department views need not sum every line
 * per request. A budget is null when no 项 line states it; the actual is then the Σ of every 项 line.
 */
export function executionRollup(
  lines: ReadonlyArray<{ level: string; total: string | null; budgetInitial: string | null; budgetFull?: string | null }>,
): { execBudgetInitial: string | null; execActual: string | null; execBudgetFull: string | null; execActualFull: string | null } {
  const items = lines.filter((l) => l.level === "项").map((l) => ({ ...l, budgetFull: l.budgetFull ?? null }));
  if (items.length === 0) return { execBudgetInitial: null, execActual: null, execBudgetFull: null, execActualFull: null };
  const initial = executionSides(items, "initial");
  const full = executionSides(items, "full");
  return { execBudgetInitial: initial.budget, execActual: initial.actual, execBudgetFull: full.budget, execActualFull: full.actual };
}
