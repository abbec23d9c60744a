import { Decimal } from "../money";
import { FIGURES, type FigureId, type FigureKind } from "./definitions";
import { changeDirection, formatAmount, formatChange, formatCount, formatPct, formatPp, MISSING, type ChangeDirection } from "./format";
import { ppDelta } from "./rates";

/**
 * A figure as every surface shows it: the stored value, its printed text, and its change on the prior year with the
 * scope that change is computed over. Built once (in the query that serves the page, the API and the deck) and
 * printed as is, so the page, the JSON and the deck's sentence cannot disagree.
 */
export interface FigureChange {
  priorYear: number;
  /** The prior-year value the change is computed from (元, percent or count); null = no comparable figure. */
  prior: string | null;
  /** "+15.29%", "+1.20个百分点", "+2", or "—". */
  text: string;
  direction: ChangeDirection | null;
  /** What the change compares, e.g. "同口径：两年均报告的 58 个部门" or "上年数为决算情况说明所述（说明口径）". */
  scope: string;
}

export interface FigureValue {
  id: FigureId;
  /** The label as shown, with its denominator where it has one ("预算执行率（对年初预算）"). */
  label: string;
  kind: FigureKind;
  value: string | null;
  /** The printed value: "1,304.57万元", "1.23亿元", "93.11%", "58". */
  text: string;
  formula: string;
  change: FigureChange | null;
  /** A short qualifier shown beside it ("预算 12.00万元", "决算数 ÷ 年初预算数，58 个部门"). */
  note: string | null;
}

export function figureText(kind: FigureKind, value: string | null): string {
  if (kind === "amount") return formatAmount(value);
  if (kind === "rate") return formatPct(value);
  return formatCount(value);
}

/** The change of `current` on `prior`: a percentage for amounts, percentage points for rates, a signed count for counts. */
export function figureChange(kind: FigureKind, current: string | null, prior: string | null, priorYear: number, scope: string): FigureChange {
  if (current === null || prior === null) return { priorYear, prior, text: MISSING, direction: null, scope };
  if (kind === "amount") {
    const change = formatChange(current, prior);
    return { priorYear, prior, text: change.pct, direction: change.direction, scope };
  }
  const delta = kind === "rate" ? ppDelta(current, prior) : new Decimal(current).minus(prior).toFixed(0);
  const direction = delta === null ? null : changeDirection(new Decimal(delta));
  const text = kind === "rate" ? formatPp(delta) : `${direction === "increase" ? "+" : ""}${formatCount(delta)}`;
  return { priorYear, prior, text, direction, scope };
}

/**
 * The prior-year value and the scope it is compared over. `current` is this year's side of that comparison when it
 * differs from the headline value (a 同口径 total over fewer departments).
 */
export interface PriorFigure {
  value: string | null;
  year: number;
  scope: string;
  current?: string | null;
}

export interface FigureInput {
  value: string | null;
  label?: string;
  /** Omitted or null = no change shown. */
  prior?: PriorFigure | null;
  note?: string | null;
}

/** A figure by id from its stored value (and, for a change, its comparable prior-year value). */
export function figure(id: FigureId, input: FigureInput): FigureValue {
  const def = FIGURES[id];
  const prior = input.prior ?? null;
  return {
    id,
    label: input.label ?? def.label,
    kind: def.kind,
    value: input.value,
    text: figureText(def.kind, input.value),
    formula: def.formula,
    change: prior === null ? null : figureChange(def.kind, prior.current === undefined ? input.value : prior.current, prior.value, prior.year, prior.scope),
    note: input.note ?? null,
  };
}

/** "支出合计1.30亿元，比2023年+15.29%（同口径：两年均报告的 58 个部门）" — the deck's and the page's words for one figure. */
export function figureSentence(f: FigureValue): string {
  const head = `${f.label}${f.text}`;
  if (f.change === null || f.change.text === MISSING) return head;
  return `${head}，比${f.change.priorYear}年${f.change.text}（${f.change.scope}）`;
}

export function figureById(figures: ReadonlyArray<FigureValue>, id: FigureId): FigureValue | undefined {
  return figures.find((f) => f.id === id);
}
