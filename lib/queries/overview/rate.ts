import { centsToString, ratioPct, ratioPctText, toCents } from "../../money";

/** 决算 / 预算 in percent, 2 decimals; null when either side is missing or the base is zero. */
export function ratePct(actual: string | null, budget: string | null): string | null {
  const fast = ratioPctText(actual, budget);
  return fast !== undefined ? fast : ratioPct(actual, budget)?.toFixed(2) ?? null;
}

/** Change in percent against the prior figure; null when the prior is missing or zero. */
export function changePct(current: string | null, prior: string | null): string | null {
  if (current === null || prior === null) return null;
  const c = toCents(current);
  const p = toCents(prior);
  if (c !== null && p !== null) return ratioPctText(centsToString(c - p), prior) ?? null;
  return ratioPct(current, prior)?.minus(100).toFixed(2) ?? null;
}
