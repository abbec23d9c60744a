import Decimal from "decimal.js";

/**
 * Exact money maths. Amounts travel as decimal strings in 元 with two decimals; arithmetic happens on Decimal.
 * Never use JavaScript numbers for money except to draw it.
 */
export { Decimal };
export type MoneyUnit = "万元" | "元";

const UNIT_FACTOR: Record<MoneyUnit, Decimal> = { 万元: new Decimal(10000), 元: new Decimal(1) };

/** Characters that appear in extracted numbers and are not part of the value. */
const NOISE = /[,，\s\u00a0\u3000]/g;
const FULLWIDTH_DIGITS = /[０-９．－]/g;

/** Normalises "2,907.92", "２，９０７．９２", "(1.5)" and "-" to a plain decimal string, or null if not a number. */
export function normalizeNumberText(raw: string): string | null {
  let text = raw
    .replace(FULLWIDTH_DIGITS, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(NOISE, "")
    .trim();
  if (text === "" || text === "-" || text === "—" || text === "--") return null;
  let negative = false;
  const paren = /^[(（](.*)[)）]$/.exec(text);
  if (paren?.[1] !== undefined) {
    negative = true;
    text = paren[1];
  }
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return negative ? `-${text}` : text;
}

/** Parses a printed amount in the given unit into 元 (Decimal), or null when the cell is not a number. */
export function parseAmount(raw: string, unit: MoneyUnit): Decimal | null {
  const text = normalizeNumberText(raw);
  if (text === null) return null;
  return new Decimal(text).times(UNIT_FACTOR[unit]);
}

/** 元 Decimal → contract string with exactly two decimals. */
export function toAmountString(yuan: Decimal): string {
  return yuan.toFixed(2, Decimal.ROUND_HALF_UP);
}

/** Contract string (元) → Decimal; null stays null. */
export function amount(value: string | null | undefined): Decimal | null {
  return value === null || value === undefined ? null : new Decimal(value);
}

/** Sum of amounts, treating null as absent; null when every addend is null. */
export function sumAmounts(values: ReadonlyArray<Decimal | string | null | undefined>): Decimal | null {
  let total: Decimal | null = null;
  for (const value of values) {
    if (value === null || value === undefined) continue;
    total = (total ?? new Decimal(0)).plus(value);
  }
  return total;
}

/** 元 → 万元 as Decimal (exact). */
export function yuanToWan(yuan: Decimal | string): Decimal {
  return new Decimal(yuan).dividedBy(10000);
}

/** Ratio in percent, or null when the base is zero or missing. */
export function ratioPct(part: Decimal | string | null, base: Decimal | string | null): Decimal | null {
  if (part === null || base === null) return null;
  const b = new Decimal(base);
  if (b.isZero()) return null;
  return new Decimal(part).dividedBy(b).times(100);
}

/** Number of decimals a printed number carries ("2907.4" → 1); drives rounding tolerance. */
export function printedDecimals(raw: string): number {
  const text = normalizeNumberText(raw);
  if (text === null) return 0;
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}
