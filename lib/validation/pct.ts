import type { Claim } from "@/lib/parsers/contract";
import { Decimal, printedDecimals } from "@/lib/money";
import type { RuleContext, Verdict } from "./context";
import { subjectName } from "./claim-subject";

export interface PctJudgement {
  verdict: Verdict;
  /** |recomputed − stated| in percentage points. */
  diff: Decimal;
  /** Decimals the stated percentage was printed with. */
  decimals: number;
  /** True when only the rounding of the printed amounts explains the stated figure. */
  byAmountRounding: boolean;
}

/** Half a unit of the last printed digit of the amounts, in 元 (0.005 万元 = 50 元). */
function amountHalfUnit(ctx: RuleContext): Decimal {
  return new Decimal("0.005").times(ctx.unitFactor);
}

/**
 * Stated vs recomputed percentage at the stated figure's own precision: within half a unit of its last digit → pass;
 * within `pctInfoMargin` beyond that → info; otherwise error, unless `range` (the percentages the unrounded amounts
 * could give) contains the stated figure, which is info as well.
 */
export function judgePct(ctx: RuleContext, recomputed: Decimal, stated: string, range?: { low: Decimal; high: Decimal }): PctJudgement {
  const decimals = printedDecimals(stated);
  const statedValue = new Decimal(stated).abs();
  const diff = recomputed.abs().minus(statedValue).abs();
  const half = new Decimal(5).times(new Decimal(10).pow(-(decimals + 1)));
  if (diff.lte(half)) return { verdict: "pass", diff, decimals, byAmountRounding: false };
  if (diff.lte(half.plus(ctx.options.pctInfoMargin))) return { verdict: "info", diff, decimals, byAmountRounding: false };
  const explained =
    ctx.options.allowAmountRoundingInPct &&
    range !== undefined &&
    statedValue.gte(range.low.minus(half)) &&
    statedValue.lte(range.high.plus(half));
  return { verdict: explained ? "info" : "error", diff, decimals, byAmountRounding: explained };
}

/** The range of part/base × 100 when both were rounded to half a printed unit; null when the base could be 0. */
export function ratioRange(ctx: RuleContext, part: Decimal, base: Decimal, partSlack = 1): { low: Decimal; high: Decimal } | null {
  const h = amountHalfUnit(ctx);
  const p = part.abs();
  const b = base.abs();
  if (b.minus(h).lte(0)) return null;
  const low = Decimal.max(p.minus(h.times(partSlack)), 0).dividedBy(b.plus(h)).times(100);
  const high = p.plus(h.times(partSlack)).dividedBy(b.minus(h)).times(100);
  return { low, high };
}

export function claimLabel(claim: Claim): string {
  const text = claim.text.replace(/\s+/g, "");
  const excerpt = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return `${subjectName(claim.subject)}（“${excerpt}”）`;
}

/**
 * Decimals a recomputed percentage is shown with: the stated figure's own, at least the two every report prints
 * ("重算为 71.73%，相差 6.00 个百分点", not "71.7343%"); the exact value stays in the finding's `expected`.
 */
export function printedPrecision(statedDecimals: number): number {
  return Math.max(statedDecimals, 2);
}
