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
  const fast = sumAmountStrings(values);
  if (fast !== undefined) return fast === null ? null : new Decimal(fast);
  let total: Decimal | null = null;
  for (const value of values) {
    if (value === null || value === undefined) continue;
    total = (total ?? new Decimal(0)).plus(value);
  }
  return total;
}

const PLAIN_AMOUNT = /^(-?)(\d{1,30})(?:\.(\d{1,2}))?$/;

/**
 * "1234.5" → 123450n: an amount with at most two decimals as integer cents (exact, and far cheaper than Decimal on
 * the cross-department views' thousands of rows); null when the text is not such an amount.
 */
export function toCents(value: string): bigint | null {
  const small = safeCents(value);
  if (small !== null) return BigInt(small);
  const m = PLAIN_AMOUNT.exec(value);
  if (m === null) return null;
  const cents = BigInt(`${m[2]}${(m[3] ?? "").padEnd(2, "0")}`);
  return m[1] === "-" ? -cents : cents;
}

/**
 * The same as toCents for amounts whose cents are a safe integer (below ±90 万亿元: every amount a report prints), as a
 * number, read without a regular expression or a BigInt: the cross views read hundreds of thousands of amounts per
 * view at 10,000 departments. null for anything else (larger amounts, other text), which toCents then reads exactly.
 */
export function safeCents(value: string): number | null {
  const n = value.length;
  let i = value.charCodeAt(0) === 45 ? 1 : 0;
  const start = i;
  let cents = 0;
  for (; i < n; i += 1) {
    const c = value.charCodeAt(i) - 48;
    if (c === -2) break;
    if (c < 0 || c > 9) return null;
    cents = cents * 10 + c;
  }
  const digits = i - start;
  if (digits === 0 || digits > 14) return null;
  cents *= 100;
  if (i < n) {
    const decimals = n - i - 1;
    if (decimals < 1 || decimals > 2) return null;
    const d1 = value.charCodeAt(i + 1) - 48;
    const d2 = decimals === 2 ? value.charCodeAt(i + 2) - 48 : 0;
    if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return null;
    cents += d1 * 10 + d2;
  }
  if (cents > Number.MAX_SAFE_INTEGER) return null;
  return start === 1 ? -cents : cents;
}

/** 123450n (or 123450) → "1234.50". */
export function centsToString(cents: bigint | number): string {
  const negative = cents < 0;
  const digits = (negative ? -cents : cents).toString().padStart(3, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * Σ of contract strings as a contract string (null when all are absent), or undefined when some addend is not a
 * plain two-decimal string — the caller then falls back to Decimal.
 */
export function sumAmountStrings(values: ReadonlyArray<Decimal | string | null | undefined>): string | null | undefined {
  // In safe-integer cents while every addend and every partial sum is one (then each addition is exact), else in BigInt.
  let small = 0;
  let any = false;
  for (const value of values) {
    if (value === null || value === undefined) continue;
    const cents = typeof value === "string" ? safeCents(value) : null;
    if (cents === null) return sumBigCents(values);
    small += cents;
    if (!Number.isSafeInteger(small)) return sumBigCents(values);
    any = true;
  }
  return any ? centsToString(small) : null;
}

function sumBigCents(values: ReadonlyArray<Decimal | string | null | undefined>): string | null | undefined {
  let total: bigint | null = null;
  for (const value of values) {
    if (value === null || value === undefined) continue;
    const cents = typeof value === "string" ? toCents(value) : null;
    if (cents === null) return undefined;
    total = (total ?? 0n) + cents;
  }
  return total === null ? null : centsToString(total);
}

/** Σ of amounts as a contract string, null when every addend is absent. */
export function sumAmountText(values: ReadonlyArray<Decimal | string | null | undefined>): string | null {
  const fast = sumAmountStrings(values);
  if (fast !== undefined) return fast;
  const total = sumAmounts(values);
  return total === null ? null : toAmountString(total);
}

/** a − b as a contract string. */
export function subtractAmounts(a: string, b: string): string {
  const x = toCents(a);
  const y = toCents(b);
  return x !== null && y !== null ? centsToString(x - y) : toAmountString(new Decimal(a).minus(b));
}

/** Orders two amounts exactly (missing ones first); the cross views sort thousands of rows with it. */
export function compareAmounts(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  const sx = safeCents(a);
  const sy = safeCents(b);
  if (sx !== null && sy !== null) return sx === sy ? 0 : sx < sy ? -1 : 1;
  const x = toCents(a);
  const y = toCents(b);
  if (x !== null && y !== null) return x === y ? 0 : x < y ? -1 : 1;
  return new Decimal(a).comparedTo(b);
}

/**
 * part / base × 100 rounded half away from zero to two decimals, computed on integer cents; undefined when an input
 * is not a plain two-decimal string (use ratioPct), null when missing or the base is zero.
 */
export function ratioPctText(part: string | null, base: string | null): string | null | undefined {
  if (part === null || base === null) return null;
  const p = toCents(part);
  const b = toCents(base);
  if (p === null || b === null) return undefined;
  if (b === 0n) return null;
  const n = (p < 0n ? -p : p) * 20000n;
  const d = b < 0n ? -b : b;
  const hundredths = (n + d) / (2n * d);
  return centsToString((p < 0n) !== (b < 0n) ? -hundredths : hundredths);
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
