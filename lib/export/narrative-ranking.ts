import { Decimal } from "@/lib/money";
import { formatPct, formatPp, formatWanUnit } from "@/lib/figures/format";
import { percentOf } from "@/lib/figures/rates";
import { EXECUTION_BAND } from "@/lib/settings/execution-band";
import { figure, nameList, sentence, yearPrefix, type FigureInput } from "./narrative-parts";

export interface ExecutionFacts {
  year?: number;
  /** What is counted, "项目" unless given (e.g. "项", "三公经费项目"). */
  noun?: string;
  /** Each item gives a rate in percent, or budget and actual (元) to compute it from. */
  items: ReadonlyArray<{ name: string; rate?: FigureInput; budget?: FigureInput; actual?: FigureInput }>;
  /** Attention thresholds in percent; lib/settings/execution-band.ts unless given. */
  low?: FigureInput;
  high?: FigureInput;
  /** Names listed per group before "等". */
  limit?: number;
  /** The rate's name ("执行率（对年初预算）", "绩效自评执行率"); "执行率" unless given. */
  metric?: string;
}

function executionRate(item: ExecutionFacts["items"][number]): Decimal | null {
  const stated = figure(item.rate);
  if (stated !== null) return stated;
  const budget = figure(item.budget);
  const actual = figure(item.actual);
  // A zero budget has no execution rate; it is counted as not computable, never as 0% or ∞.
  return budget === null || actual === null || !budget.isPositive() ? null : percentOf(actual, budget);
}

/** "5个项目中，执行率低于90%的2个：A（75.00%）、B（85.50%）；高于110%的1个：C（120.00%）。" */
export function describeExecution(facts: ExecutionFacts): string {
  const noun = facts.noun ?? "项目";
  const low = figure(facts.low) ?? new Decimal(EXECUTION_BAND.lowPct);
  const high = figure(facts.high) ?? new Decimal(EXECUTION_BAND.highPct);
  const limit = facts.limit ?? 5;
  const metric = facts.metric ?? "执行率";
  const rated = facts.items
    .map((item) => ({ name: item.name, rate: executionRate(item) }))
    .filter((item): item is { name: string; rate: Decimal } => item.rate !== null);
  const missing = facts.items.length - rated.length;

  const below = rated.filter((item) => item.rate.lessThan(low)).sort((a, b) => a.rate.comparedTo(b.rate));
  const above = rated.filter((item) => item.rate.greaterThan(high)).sort((a, b) => b.rate.comparedTo(a.rate));
  const shown = (items: typeof rated) => items.map((item) => ({ name: item.name, shown: formatPct(item.rate) }));

  let main = "";
  if (rated.length > 0) {
    const prefix = `${yearPrefix(facts.year)}${rated.length}个${noun}中，`;
    main =
      below.length === 0 && above.length === 0
        ? `${prefix}${metric}均在${formatPct(low)}—${formatPct(high)}之间。`
        : sentence(prefix, [
            [below.length === 0 ? null : `${metric}低于${formatPct(low)}的${below.length}个：${nameList(shown(below), limit)}`],
            [above.length === 0 ? null : `高于${formatPct(high)}的${above.length}个：${nameList(shown(above), limit)}`],
          ]);
  }
  const gap = missing > 0 ? `另有${missing}个${noun}缺少预算数或执行数，未计算${metric}。` : "";
  return main + gap;
}

export interface CompareFacts {
  year?: number;
  /** The measure compared, e.g. "支出", "执行率". */
  metric: string;
  /** amount: 元 strings shown in 万元, differences in 万元; pct: percent strings, differences in 个百分点. */
  kind: "amount" | "pct";
  /** What the items are, "部门" unless given. */
  entity?: string;
  items: ReadonlyArray<{ name: string; value: FigureInput }>;
  /** Name of the item to place against the others. */
  focus?: string;
}

/** "2024年5个部门中，支出最高的是A（3,000.00万元），最低的是B（500.00万元），平均1,200.00万元；C为1,000.00万元，居第3位，低于平均200.00万元。" */
export function describeCompare(facts: CompareFacts): string {
  const known = facts.items
    .map((item) => ({ name: item.name, value: figure(item.value) }))
    .filter((item): item is { name: string; value: Decimal } => item.value !== null);
  if (known.length < 2) return "";
  const show = (value: Decimal) => (facts.kind === "amount" ? formatWanUnit(value) : formatPct(value));
  const diff = (value: Decimal) => (facts.kind === "amount" ? formatWanUnit(value.abs()) : formatPp(value.abs(), { signed: false }));

  const ordered = [...known].sort((a, b) => b.value.comparedTo(a.value));
  const highest = ordered[0]!;
  const lowest = ordered[ordered.length - 1]!;
  const mean = known.reduce((sum, item) => sum.plus(item.value), new Decimal(0)).dividedBy(known.length);
  // An unweighted mean of rates is not the rate of the group; the wording says so.
  const meanLabel = facts.kind === "amount" ? "平均" : "简单平均";

  const overview = [
    `${facts.metric}最高的是${highest.name}（${show(highest.value)}）`,
    `最低的是${lowest.name}（${show(lowest.value)}）`,
    `${meanLabel}${show(mean)}`,
  ];
  const focus = known.find((item) => item.name === facts.focus);
  let focusClauses: Array<string | null> = [];
  if (focus !== undefined) {
    const rank = 1 + known.filter((item) => item.value.greaterThan(focus.value)).length;
    const delta = focus.value.minus(mean);
    const position = delta.isZero() ? `与${meanLabel}持平` : `${delta.isPositive() ? "高于" : "低于"}${meanLabel}${diff(delta)}`;
    focusClauses = [`${focus.name}为${show(focus.value)}`, `居第${rank}位`, position];
  }
  return sentence(`${yearPrefix(facts.year)}${known.length}个${facts.entity ?? "部门"}中，`, [overview, focusClauses]);
}
