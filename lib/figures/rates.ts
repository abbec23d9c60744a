import { centsToString, Decimal, ratioPct, ratioPctText, toCents } from "../money";

/**
 * The rate arithmetic behind every percentage a leader reads: execution (决算 ÷ 预算), completion, shares and changes.
 * Inputs are contract strings (元 or percent); results are percent strings with two decimals, exact (integer cents,
 * Decimal fallback), or null when a side is missing or the base is 0 — a rate of nothing is not 0%.
 */

/** part ÷ base × 100, two decimals; null when either side is missing or the base is zero. */
export function ratePct(part: string | null, base: string | null): string | null {
  const fast = ratioPctText(part, base);
  return fast !== undefined ? fast : (ratioPct(part, base)?.toFixed(2, Decimal.ROUND_HALF_UP) ?? null);
}

/**
 * Change against the prior figure in percent, two decimals, over |prior| (a fall from a negative base stays a fall);
 * null when the prior is missing or zero (growth from nothing has no rate).
 */
export function changePct(current: string | null, prior: string | null): string | null {
  if (current === null || prior === null) return null;
  const c = toCents(current);
  const p = toCents(prior);
  if (c !== null && p !== null) return ratioPctText(centsToString(c - p), centsToString(p < 0n ? -p : p)) ?? null;
  return percentOf(new Decimal(current).minus(prior), new Decimal(prior).abs())?.toFixed(2, Decimal.ROUND_HALF_UP) ?? null;
}

/** Share of `part` in `total` in percent, two decimals. */
export function sharePct(part: string | null, total: Decimal | string | null): string | null {
  if (total === null) return null;
  return ratePct(part, typeof total === "string" ? total : total.toFixed());
}

/** part ÷ base × 100 unrounded, for sentences that compute with it before printing; null when the base is zero. */
export function percentOf(part: Decimal, base: Decimal): Decimal | null {
  return base.isZero() ? null : part.dividedBy(base).times(100);
}

/** Percentage points between two rates (a − b), two decimals. */
export function ppDelta(a: string | null, b: string | null): string | null {
  return a === null || b === null ? null : new Decimal(a).minus(b).toFixed(2, Decimal.ROUND_HALF_UP);
}
