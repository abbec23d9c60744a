import type { ComparableKpis, OverviewKpis } from "../queries/overview/kpis";
import { rateFormula, rateLabel, type ExecutionBasis } from "./execution";
import { figure, type FigureValue } from "./figure";
import { formatAmount } from "./format";

export interface OverviewFigureInput {
  year: number;
  /** "示例市" — where the figures are computed. */
  regionLabel: string;
  current: OverviewKpis;
  prior: OverviewKpis | null;
  /** 同口径 KPIs when the two years' department sets differ; null when they are the same set (or do not overlap). */
  comparable: ComparableKpis | null;
  /** Departments reporting in both years (0 = nothing to compare like with like). */
  bothYears: number;
  basis: ExecutionBasis;
  coverage: Record<ExecutionBasis, number>;
}

/**
 * The 总览's headline figures, as the page's tiles, GET /api/analytics/overview (`figures`) and the overview deck
 * print them. Totals and rates change 同口径 — over the departments that reported in both years — so a change is
 * never just who reported; counts change over everyone.
 */
export function overviewFigures(input: OverviewFigureInput): FigureValue[] {
  const { year, current, prior, comparable, basis } = input;
  const priorYear = year - 1;
  const sameScope = `同口径：${input.regionLabel}两年均报告的 ${input.bothYears} 个部门`;
  const base = { current: comparable?.current ?? current, prior: comparable?.prior ?? prior };
  const like = (pick: (k: OverviewKpis) => string | null) =>
    base.prior === null || input.bothYears === 0 ? null : { value: pick(base.prior), current: pick(base.current), year: priorYear, scope: sameScope };
  const all = (pick: (k: OverviewKpis) => number) =>
    prior === null ? null : { value: String(pick(prior)), year: priorYear, scope: `${input.regionLabel}全部报告部门` };
  return [
    figure("departments", { value: String(current.departments), prior: all((k) => k.departments) }),
    figure("expenditure", { value: current.expenditure, prior: like((k) => k.expenditure) }),
    figure("fiscal", { value: current.fiscal, prior: like((k) => k.fiscal) }),
    figure("execRate", {
      value: current.execRatePct,
      label: rateLabel(basis, "预算执行率"),
      note: `${rateFormula(basis)}，${input.coverage[basis]} 个部门`,
      prior: like((k) => k.execRatePct),
    }),
    figure("sangongActual", { value: current.sangongActual, note: `预算 ${formatAmount(current.sangongBudget)}`, prior: like((k) => k.sangongActual) }),
    figure("reportsWithErrors", { value: String(current.reportsWithErrors), prior: all((k) => k.reportsWithErrors) }),
  ];
}
