import { Decimal, sumAmountText } from "../money";
import { EXECUTION_BAND, type ExecutionBand } from "../settings/execution-band";
import { ratePct } from "./rates";

/**
 * The execution rate (预算执行率) = 决算 ÷ 预算, against one of two denominators: the 年初预算 (initial budget, printed
 * for nearly every 项 in the national narrative template, so the default) or the 全年预算 / 调整预算 (the adjusted
 * full-year budget, printed by some provinces and for new units or funds added during the year, whose 年初预算 is 0).
 * A rate always says which one it uses; 绩效自评 rates (performance self-evaluation) are a third thing and never
 * carry the 预算执行率 label.
 */
export type ExecutionBasis = "initial" | "full";

export const EXECUTION_BASES: ReadonlyArray<ExecutionBasis> = ["initial", "full"];
/** 年初预算 is what reports print most completely (the "完成年初预算的 X%" sentence of every 项). */
export const DEFAULT_EXECUTION_BASIS: ExecutionBasis = "initial";

export const BASIS_BUDGET_LABEL: Record<ExecutionBasis, string> = { initial: "年初预算", full: "全年预算" };

/** "执行率（对年初预算）". */
export function rateLabel(basis: ExecutionBasis, noun = "执行率"): string {
  return `${noun}（对${BASIS_BUDGET_LABEL[basis]}）`;
}

/** "决算数 ÷ 年初预算数". */
export function rateFormula(basis: ExecutionBasis): string {
  return `决算数 ÷ ${BASIS_BUDGET_LABEL[basis]}数`;
}

/** The self-evaluation rate (整体/项目绩效自评表 执行数 ÷ 预算数): its own name, never 预算执行率. */
export const PERFORMANCE_RATE_LABEL = "绩效自评执行率";

/** A URL value (`?basis=initial|full`) → the basis; anything else → the default. */
export function parseExecutionBasis(raw: string | string[] | undefined | null): ExecutionBasis {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return EXECUTION_BASES.find((b) => b === value) ?? DEFAULT_EXECUTION_BASIS;
}

export function isExecutionBasis(raw: string): raw is ExecutionBasis {
  return EXECUTION_BASES.some((b) => b === raw);
}

/** The two sides of a rate: Σ budget and Σ 决算 of the lines that state that budget. */
export interface ExecutionSides {
  budget: string | null;
  actual: string | null;
}

export interface BudgetedLine {
  total: string | null;
  budgetInitial: string | null;
  budgetFull: string | null;
}

export function budgetOf(line: BudgetedLine, basis: ExecutionBasis): string | null {
  return basis === "initial" ? line.budgetInitial : line.budgetFull;
}

/**
 * Σ budget and Σ 决算 over the lines stating the budget of `basis`: a report that gives 全年预算 for two of ten 项
 * yields the rate of those two, not ten 项' spending over two budgets. When no line states it, the budget is null
 * and the actual is the Σ of every line (the views draw that as 无预算, not as 无数据).
 */
export function executionSides(lines: ReadonlyArray<BudgetedLine>, basis: ExecutionBasis): ExecutionSides {
  const budgeted = lines.filter((l) => budgetOf(l, basis) !== null);
  if (budgeted.length === 0) return { budget: null, actual: sumAmountText(lines.map((l) => l.total)) };
  return { budget: sumAmountText(budgeted.map((l) => budgetOf(l, basis))), actual: sumAmountText(budgeted.map((l) => l.total)) };
}

/** 决算 ÷ 预算 in percent with two decimals, exact (integer cents, Decimal fallback); null when missing or 0. */
export function executionRatePct(actual: string | null, budget: string | null): string | null {
  return ratePct(actual, budget);
}

export type RateBand = "below" | "within" | "above";

/** Where a rate (percent) falls against the expected band of lib/settings (below / within / above). */
export function rateBandOf(rate: string | Decimal, band: ExecutionBand = EXECUTION_BAND): RateBand {
  const value = new Decimal(rate);
  if (value.lessThan(band.lowPct)) return "below";
  if (value.greaterThan(band.highPct)) return "above";
  return "within";
}

/** "低于90%" / "90%–110%" / "高于110%". */
export function rateBandLabel(which: RateBand, band: ExecutionBand = EXECUTION_BAND): string {
  if (which === "below") return `低于${band.lowPct}%`;
  if (which === "above") return `高于${band.highPct}%`;
  return `${band.lowPct}%–${band.highPct}%`;
}

/** Both rates of one line or rollup. */
export function executionRates(line: BudgetedLine): Record<ExecutionBasis, string | null> {
  return {
    initial: executionRatePct(line.total, line.budgetInitial),
    full: executionRatePct(line.total, line.budgetFull),
  };
}

/** A report or department rollup: the two sides against each budget (Report.execBudgetInitial/execActual/…Full). */
export interface RollupFacts {
  execBudget: string | null;
  execActual: string | null;
  execBudgetFull: string | null;
  execActualFull: string | null;
}

export function rollupSides(facts: RollupFacts, basis: ExecutionBasis): ExecutionSides {
  return basis === "initial"
    ? { budget: facts.execBudget, actual: facts.execActual }
    : { budget: facts.execBudgetFull, actual: facts.execActualFull };
}

export function rollupRatePct(facts: RollupFacts, basis: ExecutionBasis): string | null {
  const sides = rollupSides(facts, basis);
  return executionRatePct(sides.actual, sides.budget);
}

/** How many of `items` have a rate against each budget. */
export function basisCoverage<T>(items: ReadonlyArray<T>, rateOf: (item: T, basis: ExecutionBasis) => string | null): Record<ExecutionBasis, number> {
  const count = (basis: ExecutionBasis) => items.filter((item) => rateOf(item, basis) !== null).length;
  return { initial: count("initial"), full: count("full") };
}

/**
 * The basis a view shows: the one asked for (`?basis=`), else the one the data states most completely — the 全年预算
 * only when strictly more items have a rate against it (a city of new units, a report stating only 调整预算).
 */
export function chooseBasis(raw: string | string[] | undefined | null, coverage: Record<ExecutionBasis, number>): ExecutionBasis {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value !== undefined && value !== null && isExecutionBasis(value)) return value;
  return coverage.full > coverage.initial ? "full" : DEFAULT_EXECUTION_BASIS;
}
