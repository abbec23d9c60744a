import { rateFormula, rateLabel, type ExecutionBasis } from "./execution";
import { figure, type FigureValue, type PriorFigure } from "./figure";
import { formatAmount } from "./format";
import { ratePct } from "./rates";

export const PRIOR_REPORT_SCOPE = "上年报告";
export const PRIOR_STATED_SCOPE = "说明口径：上年数为本年决算情况说明所述";

/**
 * A department's prior-year figure, one rule for every view (its page, /compare, the API, the decks): the prior-year
 * report's figure when that report is imported, else the prior-year figure the report's own 决算情况说明 states; the
 * scope says which. null when neither is known.
 */
export function departmentPrior(year: number, fromReport: string | null, stated: string | null): PriorFigure | null {
  if (fromReport !== null) return { value: fromReport, year: year - 1, scope: PRIOR_REPORT_SCOPE };
  if (stated !== null) return { value: stated, year: year - 1, scope: PRIOR_STATED_SCOPE };
  return null;
}

/** One figure of a department: its value, the prior-year report's value and the narrative's statement of it. */
export interface DepartmentFact {
  value: string | null;
  priorReport: string | null;
  priorStated: string | null;
}

export interface DepartmentFigureInput {
  year: number;
  expenditure: DepartmentFact;
  income?: DepartmentFact;
  basic?: string | null;
  project?: string | null;
  sangongActual: DepartmentFact;
  sangongBudget: string | null;
  operatingExpenses?: DepartmentFact;
  /** The 预算执行率 against the basis shown, and which basis that is; null = the report lists no 项. */
  execution: { basis: ExecutionBasis; ratePct: string | null } | null;
  /** The other basis' rate when the view shows both (compare), else omitted. */
  executionFull?: string | null;
}

const fact = (year: number, f: DepartmentFact) => ({ value: f.value, prior: departmentPrior(year, f.priorReport, f.priorStated) });

/**
 * A department's headline figures as its page's tiles, /compare's row, GET /api/analytics/summary and the decks print
 * them. The rate here is the 预算执行率 against its named budget; the 绩效自评执行率 is a different figure with its own
 * name and never stands in for it.
 */
export function departmentFigures(input: DepartmentFigureInput): FigureValue[] {
  const { year } = input;
  const figures: FigureValue[] = [figure("expenditure", fact(year, input.expenditure))];
  if (input.income !== undefined) figures.push(figure("income", fact(year, input.income)));
  if (input.basic !== undefined) figures.push(figure("basic", { value: input.basic, note: `项目支出 ${formatAmount(input.project ?? null)}` }));
  figures.push(figure("sangongActual", { ...fact(year, input.sangongActual), note: `预算 ${formatAmount(input.sangongBudget)}` }));
  if (input.operatingExpenses !== undefined) figures.push(figure("operatingExpenses", fact(year, input.operatingExpenses)));
  const basis = input.execution?.basis ?? "initial";
  figures.push(figure("execRate", { value: input.execution?.ratePct ?? null, label: rateLabel(basis, "预算执行率"), note: `${rateFormula(basis)}（一般公共预算各项）` }));
  if (input.executionFull !== undefined) figures.push(figure("execRate", { value: input.executionFull, label: rateLabel("full", "预算执行率"), note: `${rateFormula("full")}（一般公共预算各项）` }));
  figures.push(figure("sangongRate", { value: ratePct(input.sangongActual.value, input.sangongBudget) }));
  return figures;
}
