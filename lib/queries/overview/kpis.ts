import { sumAmountText } from "../../money";
import type { DepartmentYearFacts } from "./list-department-year-facts";
import { ratePct } from "../../figures/rates";
import { rollupSides, type ExecutionBasis } from "../../figures/execution";

export interface OverviewKpis {
  year: number;
  departments: number;
  reports: number;
  expenditure: string | null;
  fiscal: string | null;
  /** The execution rate's denominator: execBudget is Σ 年初预算 or Σ 全年预算 accordingly. */
  execBasis: ExecutionBasis;
  execBudget: string | null;
  execActual: string | null;
  execRatePct: string | null;
  sangongBudget: string | null;
  sangongActual: string | null;
  reportsWithErrors: number;
}

/** 同口径: both years restricted to the departments that reported in both, so a delta is not just who reported. */
export interface ComparableKpis {
  departments: number;
  current: OverviewKpis;
  prior: OverviewKpis;
}

const sum = (facts: ReadonlyArray<DepartmentYearFacts>, pick: (f: DepartmentYearFacts) => string | null): string | null =>
  sumAmountText(facts.map(pick));

/** Pure: the KPI figures of one year from its per-department facts; null when nobody reported. */
export function kpis(year: number, facts: ReadonlyArray<DepartmentYearFacts>, basis: ExecutionBasis = "initial"): OverviewKpis | null {
  if (facts.length === 0) return null;
  const sides = facts.map((f) => rollupSides(f, basis));
  const execBudget = sumAmountText(sides.map((s) => s.budget));
  const execActual = sumAmountText(sides.map((s) => (s.budget === null ? null : s.actual)));
  return {
    year,
    execBasis: basis,
    departments: facts.length,
    reports: facts.reduce((n, f) => n + f.reportIds.length, 0),
    expenditure: sum(facts, (f) => f.expenditure),
    fiscal: sum(facts, (f) => f.fiscal),
    execBudget,
    execActual,
    execRatePct: ratePct(execActual, execBudget),
    sangongBudget: sum(facts, (f) => f.sangongBudget),
    sangongActual: sum(facts, (f) => f.sangongActual),
    reportsWithErrors: facts.reduce((n, f) => n + f.errorReports, 0),
  };
}

/**
 * Pure: the like-for-like KPIs when the two years' department sets differ (a department added, missing or not yet
 * imported); null when they are the same set (the plain figures already compare like with like) or nothing overlaps.
 */
export function comparableKpis(
  year: number,
  current: ReadonlyArray<DepartmentYearFacts>,
  prior: ReadonlyArray<DepartmentYearFacts>,
  basis: ExecutionBasis = "initial",
): ComparableKpis | null {
  const before = new Set(prior.map((f) => f.departmentId));
  const now = new Set(current.map((f) => f.departmentId));
  const both = new Set([...now].filter((id) => before.has(id)));
  if (both.size === now.size && both.size === before.size) return null;
  const c = kpis(year, current.filter((f) => both.has(f.departmentId)), basis);
  const p = kpis(year - 1, prior.filter((f) => both.has(f.departmentId)), basis);
  return c === null || p === null ? null : { departments: both.size, current: c, prior: p };
}
