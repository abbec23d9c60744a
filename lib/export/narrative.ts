import { Decimal } from "@/lib/money";
import { formatPct, formatWanUnit } from "@/lib/figures/format";
import { percentOf } from "@/lib/figures/rates";
import {
  amountChangeClause,
  figure,
  growthPhrase,
  ppComparison,
  sentence,
  yearPrefix,
  type FigureInput,
} from "./narrative-parts";

/**
 * Short Chinese sentences written from figures only. Amounts are 元 decimal strings (printed in 万元), rates are
 * percent strings; every number in a sentence is an input or is computed from inputs with Decimal. A missing input
 * drops its clause; a sentence with nothing left to say is "".
 */
export type { FigureInput } from "./narrative-parts";
export { describeCompare, describeExecution } from "./narrative-ranking";

export interface TotalFacts {
  year: number;
  /** What the total is of; "支出" unless given. */
  subject?: string;
  total?: FigureInput;
  prior?: FigureInput;
  rate?: FigureInput;
  /** The rate's name with its denominator ("预算执行率（对年初预算）"); "执行率" unless given. */
  rateName?: string;
  cityAverageRate?: FigureInput;
}

/** "2024年支出2,907.92万元，同比增长27.71%；执行率93.10%，低于全市平均（95.20%）2.10个百分点。" */
export function describeTotal(facts: TotalFacts): string {
  const total = figure(facts.total);
  const prior = figure(facts.prior);
  const rate = figure(facts.rate);
  const average = figure(facts.cityAverageRate);

  // With a zero prior year there is no growth rate; the change is stated as an amount instead.
  let change: string | null = null;
  if (total !== null && prior !== null) {
    const growth = growthPhrase(total, prior);
    change = growth !== null ? `同比${growth}` : amountChangeClause(total, prior, "上年");
  }
  return sentence(yearPrefix(facts.year), [
    [total === null ? null : `${facts.subject ?? "支出"}${formatWanUnit(total)}`, change],
    [rate === null ? null : `${facts.rateName ?? "执行率"}${formatPct(rate)}`, rate !== null && average !== null ? ppComparison(rate, average, "全市平均") : null],
  ]);
}

export interface StructureFacts {
  year?: number;
  subject?: string;
  /** Denominator for shares; the sum of the known items when absent. */
  total?: FigureInput;
  items: ReadonlyArray<{ name: string; amount: FigureInput }>;
  top?: number;
}

/** "2024年支出中，一般公共服务支出2,500.00万元，占85.97%；…。前3项合计占95.10%。" */
export function describeStructure(facts: StructureFacts): string {
  const known = facts.items
    .map((item) => ({ name: item.name, amount: figure(item.amount) }))
    .filter((item): item is { name: string; amount: Decimal } => item.amount !== null);
  if (known.length === 0) return "";
  const base = figure(facts.total) ?? known.reduce((sum, item) => sum.plus(item.amount), new Decimal(0));
  const top = [...known].sort((a, b) => b.amount.comparedTo(a.amount)).slice(0, facts.top ?? 3);

  const clauses = top.map((item) => {
    const share = percentOf(item.amount, base);
    return `${item.name}${formatWanUnit(item.amount)}${share === null ? "" : `，占${formatPct(share)}`}`;
  });
  const lead = sentence(`${yearPrefix(facts.year)}${facts.subject ?? "支出"}中，`, clauses.map((clause) => [clause]));
  const topSum = top.reduce((sum, item) => sum.plus(item.amount), new Decimal(0));
  const topShare = percentOf(topSum, base);
  if (top.length < 2 || top.length === known.length || topShare === null) return lead;
  return `${lead}前${top.length}项合计占${formatPct(topShare)}。`;
}

export interface SangongFacts {
  year?: number;
  actual?: FigureInput;
  budget?: FigureInput;
  prior?: FigureInput;
}

/** "2024年“三公”经费支出12.34万元，比预算（15.43万元）减少3.09万元，完成预算的79.97%；比上年（10.00万元）增加2.34万元，增长23.40%。" */
export function describeSangong(facts: SangongFacts): string {
  const actual = figure(facts.actual);
  if (actual === null) return "";
  const budget = figure(facts.budget);
  const prior = figure(facts.prior);

  const budgetClauses: Array<string | null> = [];
  if (budget !== null) {
    budgetClauses.push(amountChangeClause(actual, budget, `预算（${formatWanUnit(budget)}）`));
    const completion = budget.isPositive() ? percentOf(actual, budget) : null;
    budgetClauses.push(completion === null ? null : `完成预算的${formatPct(completion)}`);
  }
  const priorClauses: Array<string | null> = [];
  if (prior !== null) {
    priorClauses.push(amountChangeClause(actual, prior, `上年（${formatWanUnit(prior)}）`), growthPhrase(actual, prior));
  }
  return sentence(yearPrefix(facts.year), [[`“三公”经费支出${formatWanUnit(actual)}`, ...budgetClauses], priorClauses]);
}

