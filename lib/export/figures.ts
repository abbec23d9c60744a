import { Decimal } from "@/lib/money";

/**
 * Number handling shared by the exporters and the narrative: exact Decimal in, display text out.
 * Kept local to lib/export so exports never depend on how a page chooses to abbreviate (亿元 etc.).
 */

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const YUAN_PER_WAN = new Decimal(10000);

/** Strictly numeric cell → Decimal; anything else (labels, "—", "未公开") → null so callers can treat it as text. */
export function toDecimal(value: string | number | Decimal | null | undefined): Decimal | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Decimal) return value;
  if (typeof value === "number") return Number.isFinite(value) ? new Decimal(value) : null;
  const text = value.trim();
  return PLAIN_NUMBER.test(text) ? new Decimal(text) : null;
}

export function yuanToWan(yuan: Decimal): Decimal {
  return yuan.dividedBy(YUAN_PER_WAN);
}

/**
 * 万元 text with at least two decimals and as many more as the 元 value needs, so a report printed in 元
 * ("12345.67" 元 → "1.234567") is exported without losing a cent.
 */
export function exactWanText(yuan: Decimal): string {
  const wan = yuanToWan(yuan);
  return wan.decimalPlaces() <= 2 ? wan.toFixed(2) : wan.toFixed();
}

/** Fixed decimals, half-up, with thousands separators: 29079200 元 → "2,907.92". */
export function groupedFixed(value: Decimal, decimals = 2): string {
  const fixed = value.toFixed(decimals, Decimal.ROUND_HALF_UP);
  const negative = fixed.startsWith("-");
  const [intPart = "0", fraction] = (negative ? fixed.slice(1) : fixed).split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const body = fraction === undefined ? grouped : `${grouped}.${fraction}`;
  return negative && !/^[0.,]+$/.test(body) ? `-${body}` : body;
}

/** 元 → "2,907.92万元". */
export function formatWan(yuan: Decimal): string {
  return `${groupedFixed(yuanToWan(yuan))}万元`;
}

/** Percent value → "27.71%". */
export function formatPct(pct: Decimal): string {
  return `${groupedFixed(pct)}%`;
}

/** Percentage points, always unsigned: the sentence carries the direction word. */
export function formatPp(pp: Decimal): string {
  return `${groupedFixed(pp.abs())}个百分点`;
}

/** part / base × 100, or null when the base is zero (a share of nothing is not 0%). */
export function percentOf(part: Decimal, base: Decimal): Decimal | null {
  return base.isZero() ? null : part.dividedBy(base).times(100);
}

/** Calendar date in China Standard Time (UTC+8, no DST), so the same instant prints the same day everywhere. */
export function formatChinaDate(instant: Date): string {
  const shifted = new Date(instant.getTime() + 8 * 3600_000);
  const y = shifted.getUTCFullYear();
  const m = String(shifted.getUTCMonth() + 1).padStart(2, "0");
  const d = String(shifted.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}
