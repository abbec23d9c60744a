import Decimal from "decimal.js";

/**
 * Demo money is held as integer hundredths of 万元 (100 元 each): the precision every table prints, so a total derived
 * by summing printed rows agrees to the last digit. Integers well below 2^53, so plain number addition is exact.
 */
export type WanCents = number;

/** Splits `total` into integer parts proportional to `weights` (largest remainder), so the parts sum exactly. */
export function allocate(total: WanCents, weights: ReadonlyArray<number>): WanCents[] {
  const sum = weights.reduce((acc, w) => acc + Math.max(w, 0), 0);
  if (total <= 0 || sum <= 0) return weights.map(() => 0);
  const raw = weights.map((w) => (Math.max(w, 0) / sum) * total);
  const parts = raw.map((r) => Math.floor(r));
  let rest = total - parts.reduce((acc, p) => acc + p, 0);
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    rest -= 1;
  }
  return parts;
}

export function sum(values: ReadonlyArray<WanCents>): WanCents {
  return values.reduce((acc, v) => acc + v, 0);
}

/** "2,907.92" (tables print thousands separators). */
export function wanTable(value: WanCents): string {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${whole}.${(abs % 100).toString().padStart(2, "0")}`;
}

/** "2907.4" (the narrative prints plain numbers without trailing zeros). */
export function wanProse(value: WanCents): string {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  const cents = abs % 100;
  const whole = Math.floor(abs / 100).toString();
  if (cents === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${cents.toString().padStart(2, "0").replace(/0$/, "")}`;
}

/** Contract amount: decimal string in 元 with 2 decimals. */
export function yuanAmount(value: WanCents): string {
  return `${value * 100}.00`;
}

/** part / base in percent, rounded half-up to 2 decimals; null when the base is 0. */
export function pct(part: WanCents, base: WanCents): string | null {
  if (base === 0) return null;
  return new Decimal(part).dividedBy(base).times(100).toFixed(2, Decimal.ROUND_HALF_UP);
}

/** "83.1" from "83.10", "100" from "100.00": the narrative trims trailing zeros. */
export function trimPct(value: string): string {
  return value.includes(".") ? value.replace(/0+$/, "").replace(/\.$/, "") : value;
}

/** Rounds a float amount (in 万元 hundredths) to an integer, never below zero. */
export function wc(value: number): WanCents {
  return Math.max(0, Math.round(value));
}
