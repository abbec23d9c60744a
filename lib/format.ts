import { Decimal } from "@/lib/money";

/**
 * zh-CN display of contract values. Inputs are decimal strings (amounts in 元, rates in percent); the value itself is
 * rounded with Decimal so "2907.925" 万元 shows as "2,907.93" exactly as a spreadsheet would, never via float.
 */
export const MISSING = "—";

const WAN = new Decimal(10000);
const YI = new Decimal(100000000);

export type ChangeDirection = "increase" | "decrease" | "flat";

export interface FormatNumberOptions {
  decimals?: number;
  /** Prefix positive values with "+" (for changes). */
  signed?: boolean;
}

function toDecimal(value: string | null | undefined): Decimal | null {
  if (value === null || value === undefined || value.trim() === "") return null;
  try {
    const parsed = new Decimal(value.trim());
    return parsed.isFinite() ? parsed : null;
  } catch {
    return null;
  }
}

function groupThousands(fixed: string): string {
  const negative = fixed.startsWith("-");
  const body = negative ? fixed.slice(1) : fixed;
  const [intPart = "0", fraction] = body.split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

function formatDecimal(value: Decimal, { decimals = 2, signed = false }: FormatNumberOptions): string {
  const rounded = value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  // "-0.00" would read as a decrease that did not happen.
  const fixed = rounded.isZero() ? new Decimal(0).toFixed(decimals) : rounded.toFixed(decimals);
  const sign = signed && rounded.greaterThan(0) ? "+" : "";
  return `${sign}${groupThousands(fixed)}`;
}

/** 元 → "2,907.92" (万元, no unit). */
export function formatWan(yuan: string | null | undefined, opts: FormatNumberOptions = {}): string {
  const value = toDecimal(yuan);
  return value === null ? MISSING : formatDecimal(value.dividedBy(WAN), opts);
}

/** 元 → "2,907.92万元", or "1.23亿元" from 1 亿元 up. */
export function formatAmount(yuan: string | null | undefined, opts: FormatNumberOptions = {}): string {
  const value = toDecimal(yuan);
  if (value === null) return MISSING;
  if (value.abs().greaterThanOrEqualTo(YI)) return `${formatDecimal(value.dividedBy(YI), opts)}亿元`;
  return `${formatDecimal(value.dividedBy(WAN), opts)}万元`;
}

/** Percent string → "96.81%". */
export function formatPct(pct: string | null | undefined, opts: FormatNumberOptions = {}): string {
  const value = toDecimal(pct);
  return value === null ? MISSING : `${formatDecimal(value, opts)}%`;
}

/** Difference of two percentages → "+1.20个百分点" (always signed: it is a change). */
export function formatPp(delta: string | null | undefined, opts: FormatNumberOptions = {}): string {
  const value = toDecimal(delta);
  return value === null ? MISSING : `${formatDecimal(value, { ...opts, signed: true })}个百分点`;
}

/** Plain count → "1,234". */
export function formatCount(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return MISSING;
  const parsed = toDecimal(String(value));
  return parsed === null ? MISSING : formatDecimal(parsed, { decimals: 0 });
}

export interface FormattedChange {
  /** "+27.71%", or "—" when the prior figure is missing or zero. */
  pct: string;
  /** "+630.93万元". */
  delta: string;
  direction: ChangeDirection | null;
}

/** Change from prior to curr (both 元); direction is judged on the 元 figures, not on the rounded display. */
export function formatChange(curr: string | null | undefined, prior: string | null | undefined): FormattedChange {
  const current = toDecimal(curr);
  const previous = toDecimal(prior);
  if (current === null || previous === null) return { pct: MISSING, delta: MISSING, direction: null };
  const delta = current.minus(previous);
  const direction: ChangeDirection = delta.isZero() ? "flat" : delta.greaterThan(0) ? "increase" : "decrease";
  const pct = previous.isZero()
    ? MISSING
    : `${formatDecimal(delta.dividedBy(previous.abs()).times(100), { signed: true })}%`;
  return { pct, delta: formatAmount(delta.toFixed(2), { signed: true }), direction };
}

/** 元 string → 万元 number, for drawing only (axis positions, bar lengths); never for display or sums. */
export function yuanToWanNumber(yuan: string | null | undefined): number | null {
  const value = toDecimal(yuan);
  return value === null ? null : value.dividedBy(WAN).toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toNumber();
}

/** Percent string → number, for drawing only. */
export function pctToNumber(pct: string | null | undefined): number | null {
  const value = toDecimal(pct);
  return value === null ? null : value.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toNumber();
}

const ZH = new Intl.Collator("zh-CN-u-co-pinyin");

/**
 * Orders Chinese names by pinyin, the way a reader looks them up (one shared collator: `localeCompare` builds one per
 * call). The database's own ORDER BY is by character code, so name-sorted lists are sorted here.
 */
export function compareNames(a: string, b: string): number {
  return ZH.compare(a, b);
}
