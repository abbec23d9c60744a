/**
 * format.ts's common path without Intl or decimal.js: a plain decimal string, shifted by a power of ten, rounded half
 * away from zero and grouped exactly as zh-CN Intl.NumberFormat prints it — with string arithmetic only. Intl on a
 * decimal string plus decimal.js's parsing and dividing took ~7% of the server's CPU on a page of hundreds of figures.
 */

/** The one grammar of a plain decimal ("2907.92", "-3", "+0.5"); "1e5", ".5", "5." and labels are not numbers. */
export const PLAIN_NUMBER = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/** Past the largest double Intl prints "∞", and it refuses more than 100 decimals: such cases stay with Intl. */
const MAX_INTEGER_DIGITS = 308;
const MAX_DECIMALS = 100;
const CODE_FIVE = 53;
const DECIMAL_JS_PRECISION = 20;

export interface PlainDecimal {
  negative: boolean;
  /** Integer digits without leading zeros ("" for a value below 1). */
  integer: string;
  fraction: string;
}

export function parsePlain(text: string): PlainDecimal | null {
  const match = PLAIN_NUMBER.exec(text);
  if (match === null) return null;
  const digits = match[2] ?? "";
  let start = 0;
  while (start < digits.length && digits.charCodeAt(start) === 48) start++;
  return { negative: match[1] === "-", integer: digits.slice(start), fraction: match[3] ?? "" };
}

/** Decimal places the value really has: "95.50" → 1. */
export function statedDecimals(value: PlainDecimal): number {
  let end = value.fraction.length;
  while (end > 0 && value.fraction.charCodeAt(end - 1) === 48) end--;
  return end;
}

/** "0999" + 1 → "1000": carries through the nines, may grow by one digit. */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i--;
  const tail = "0".repeat(digits.length - 1 - i);
  return i < 0 ? `1${tail}` : `${digits.slice(0, i)}${String.fromCharCode(digits.charCodeAt(i) + 1)}${tail}`;
}

function groupThousands(integer: string): string {
  const head = integer.length % 3 || 3;
  let out = integer.slice(0, head);
  for (let i = head; i < integer.length; i += 3) out += `,${integer.slice(i, i + 3)}`;
  return out;
}

/** |value| ÷ 10^shift rounded half away from zero to `decimals` places: its digits, the last `decimals` after the point. */
function roundedDigits(value: PlainDecimal, shift: number, decimals: number): string {
  const point = value.integer.length - shift;
  const significant = `${value.integer}${value.fraction}`;
  const digits = point < 0 ? `${"0".repeat(-point)}${significant}` : significant;
  const end = Math.max(point, 0) + decimals;
  const kept = digits.slice(0, end).padEnd(end, "0");
  // The first dropped digit decides: ≥ 5 means the rest is at least half a unit, and ties go away from zero.
  return digits.charCodeAt(end) >= CODE_FIVE ? increment(kept) : kept;
}

/**
 * value ÷ 10^shift with `decimals` places, as Intl prints it with roundingMode "halfExpand" and signDisplay
 * "exceptZero" (signed) or "negative": a value that rounds to zero has no sign either way. Null where Intl must decide.
 */
export function formatPlain(value: PlainDecimal, shift: number, decimals: number, signed: boolean): string | null {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) return null;
  if (value.integer.length - shift > MAX_INTEGER_DIGITS) return null;
  const kept = roundedDigits(value, shift, decimals);
  const integer = kept.slice(0, kept.length - decimals);
  const zero = !/[1-9]/.test(kept);
  const sign = zero ? "" : value.negative ? "-" : signed ? "+" : "";
  const grouped = integer === "" ? "0" : groupThousands(integer);
  return decimals === 0 ? `${sign}${grouped}` : `${sign}${grouped}.${kept.slice(kept.length - decimals)}`;
}

/**
 * value ÷ 10^shift rounded half away from zero to `decimals` (> 0) places, as a number for drawing — what decimal.js's
 * dividedBy, toDecimalPlaces(ROUND_HALF_UP) and toNumber give, negative zero included. Null past 20 significant digits,
 * where decimal.js's default precision rounds the quotient first.
 */
export function plainToNumber(value: PlainDecimal, shift: number, decimals: number): number | null {
  if (value.integer.length + value.fraction.length > DECIMAL_JS_PRECISION) return null;
  const kept = roundedDigits(value, shift, decimals);
  const point = kept.length - decimals;
  return Number(`${value.negative ? "-" : ""}${kept.slice(0, point) || "0"}.${kept.slice(point)}`);
}
