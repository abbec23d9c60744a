import { describe, expect, test } from "vitest";
import { formatPlain, parsePlain } from "@/lib/figures/format-fast";
import {
  formatAmount,
  formatCount,
  formatNumber,
  formatPct,
  formatPp,
  formatStatedPct,
  formatWan,
  formatWanUnit,
  pctToNumber,
  toDecimal,
  yuanToWanNumber,
  type Numeric,
} from "@/lib/figures/format";
import { Decimal } from "@/lib/money";
import { createRng } from "@/lib/demo/prng";

/**
 * The string path against Intl.NumberFormat itself, on thousands of seeded values: the reference shifts the point with
 * a 1,000-digit Decimal (exact) and lets Intl round, group and sign the decimal string.
 */
const Exact = Decimal.clone({ precision: 1000 });
const DECIMALS = [0, 1, 2, 4, 6];
const intlFormats = new Map<string, Intl.NumberFormat>();

function intl(text: string, decimals: number, signed: boolean): string {
  const key = `${decimals}:${signed}`;
  let format = intlFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat("zh-CN", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      roundingMode: "halfExpand",
      signDisplay: signed ? "exceptZero" : "negative",
    });
    intlFormats.set(key, format);
  }
  return format.format(text as `${number}`);
}

/** The value ÷ 10^shift as Intl prints it; null for what is not a plain decimal. */
function reference(value: Numeric, shift: number, decimals: number, signed: boolean): string | null {
  if (value === null || value === undefined) return null;
  let text: string;
  if (value instanceof Decimal) {
    if (!value.isFinite()) return null;
    text = value.toFixed();
  } else if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    text = new Decimal(value).toFixed();
  }
  else if (/^[+-]?\d+(\.\d+)?$/.test(value.trim())) text = value.trim();
  else return null;
  return intl(new Exact(text).dividedBy(new Exact(10).pow(shift)).toFixed(), decimals, signed);
}

// The demo's seeded generator: every run checks the same values.
const rng = createRng(17);
const random = () => rng.next();
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
const digits = (n: number) => Array.from({ length: n }, () => String(int(10))).join("");

/** A displayed value x (its integer part, sign and the digits after the rounding place) put back into the input's unit. */
function unscaled(sign: string, integer: string, fraction: string, shift: number): string {
  return `${sign}${new Exact(`${integer || "0"}.${fraction || "0"}`).times(new Exact(10).pow(shift)).toFixed()}`;
}

function randomPlain(): string {
  const sign = pick(["", "", "-", "+"]);
  // Up to 31 integer digits: past 20 significant digits decimal.js's default precision would round.
  const integer = pick([digits(int(4)), digits(1 + int(9)), digits(1 + int(16)), digits(20 + int(12)), "0", `00${digits(3)}`]);
  const fraction = digits(int(11));
  return `${sign}${integer || "0"}${fraction === "" ? "" : `.${fraction}`}`;
}

/** Values whose digits after the rounding place are exactly, just below or just above half a unit, or carry. */
function boundary(shift: number, decimals: number): string {
  const sign = pick(["", "-"]);
  const integer = pick([digits(1 + int(6)), "9", "99", "999", "999999", "9999999", "0", ""]);
  const kept = pick([digits(decimals), "9".repeat(decimals)]);
  const rest = pick(["5", "4999999", "49", "5000001", "50", "4", "0", `5${digits(int(4))}`, `4${"9".repeat(1 + int(8))}`]);
  return unscaled(sign, integer, `${kept}${rest}`, shift);
}

function cases(shift: number): Array<[string, number, boolean]> {
  const out: Array<[string, number, boolean]> = [];
  for (let i = 0; i < 1500; i++) out.push([randomPlain(), pick(DECIMALS), random() < 0.5]);
  for (let i = 0; i < 1500; i++) {
    const decimals = pick(DECIMALS);
    out.push([boundary(shift, decimals), decimals, random() < 0.5]);
  }
  const tiny = ["0", "-0", "+0", "0.00", "-0.00", "-0.004", "0.004", "-0.005", "0.005", "-0.0000001", " 12.5 ", "007.50"];
  for (const text of tiny) {
    for (const decimals of DECIMALS) out.push([text, decimals, false], [text, decimals, true]);
  }
  return out;
}

describe("the string path prints what Intl.NumberFormat prints", () => {
  test.each([0, 4, 8])("shift %i: random, boundary, zero and huge values", (shift) => {
    for (const [text, decimals, signed] of cases(shift)) {
      const plain = parsePlain(text.trim());
      expect(plain, text).not.toBeNull();
      const label = `${text} ÷ 10^${shift}, ${decimals} decimals, signed ${signed}`;
      if (plain !== null) expect(formatPlain(plain, shift, decimals, signed), label).toBe(reference(text, shift, decimals, signed));
    }
  });

  test.each([
    ["999.995", 0, 2, false, "1,000.00"],
    ["-999.995", 0, 2, true, "-1,000.00"],
    ["999999.5", 0, 0, true, "+1,000,000"],
    ["-0.004", 0, 2, false, "0.00"],
    ["-0.004", 0, 2, true, "0.00"],
    ["99999999.995", 4, 2, false, "10,000.00"],
    ["99999999.995", 8, 2, false, "1.00"],
    ["12345678901234567890123.45", 4, 2, false, "1,234,567,890,123,456,789.01"],
  ])("%s ÷ 10^%i, %i decimals, signed %s → %s", (text, shift, decimals, signed, expected) => {
    expect(intl(new Exact(text).dividedBy(new Exact(10).pow(shift)).toFixed(), decimals, signed)).toBe(expected);
    const plain = parsePlain(text);
    expect(plain && formatPlain(plain, shift, decimals, signed)).toBe(expected);
  });

  test("beyond a double's range and past 100 decimals Intl decides", () => {
    const plain = parsePlain(`1${"0".repeat(309)}`);
    expect(plain && formatPlain(plain, 0, 2, false)).toBeNull();
    expect(plain && formatPlain(plain, 4, 2, false)).toBe(intl(`1${"0".repeat(305)}`, 2, false));
    expect(formatNumber(new Decimal(`1e400`))).toBe(intl(`1${"0".repeat(400)}`, 2, false));
  });
});

describe("the public functions print what Intl prints for the exact value", () => {
  const values: Numeric[] = [];
  for (let i = 0; i < 600; i++) values.push(randomPlain(), boundary(pick([0, 4, 8]), 2));
  for (let i = 0; i < 200; i++) {
    values.push(new Decimal(randomPlain()), Number(`${pick(["", "-"])}${digits(1 + int(6))}.${digits(int(6))}`));
  }
  values.push(null, undefined, "", "—", "abc", "1e5", ".5", "5.", "1,234");
  values.push(1e21, 1e-7, -0, Number.NaN, Number.POSITIVE_INFINITY, new Decimal(-0), new Decimal(Number.NaN));
  values.push("99999999.995", "99999999.994999", "-99999999.995", "100000000", "0099999999.99", "999999999999.995");
  const unit = (text: string | null, suffix: string) => (text === null ? "—" : `${text}${suffix}`);

  test("formatWan / formatWanUnit / formatAmount: 万元 and 亿元", () => {
    for (const value of values) {
      for (const decimals of DECIMALS) {
        for (const signed of [false, true]) {
          const label = `${String(value)} ${decimals} ${signed}`;
          expect(formatWan(value, { decimals, signed }), label).toBe(unit(reference(value, 4, decimals, signed), ""));
          expect(formatWanUnit(value, { decimals, signed }), label).toBe(unit(reference(value, 4, decimals, signed), "万元"));
          const number = reference(value, 0, 0, false) === null ? null : new Decimal(value as Decimal | string | number);
          const inYi = number !== null && number.abs().gte(1e8);
          const amount = reference(value, inYi ? 8 : 4, decimals, signed);
          expect(formatAmount(value, { decimals, signed }), label).toBe(unit(amount, inYi ? "亿元" : "万元"));
        }
      }
    }
  });

  test("exact past 20 significant digits, where decimal.js's default precision rounded the 万元 quotient (….79)", () => {
    expect(formatWan("12345678901234567849.9")).toBe("1,234,567,890,123,456.78");
    expect(formatAmount(new Decimal("12345678901234567849.9"))).toBe("123,456,789,012.35亿元");
  });

  test("formatPct / formatPp / formatCount / formatStatedPct / formatNumber", () => {
    for (const value of values) {
      for (const decimals of DECIMALS) {
        expect(formatPct(value, { decimals }), String(value)).toBe(unit(reference(value, 0, decimals, false), "%"));
        expect(formatPp(value, { decimals }), String(value)).toBe(unit(reference(value, 0, decimals, true), "个百分点"));
        const unsigned = reference(value, 0, decimals, false);
        expect(formatPp(value, { decimals, signed: false }), String(value)).toBe(unit(unsigned, "个百分点"));
      }
      expect(formatCount(value), String(value)).toBe(unit(reference(value, 0, 0, false), ""));
      const stated = reference(value, 0, 0, false) === null ? null : new Decimal(value as Decimal | string | number);
      const quoted = stated && reference(value, 0, stated.decimalPlaces(), false);
      expect(formatStatedPct(value), String(value)).toBe(unit(quoted, "%"));
      if (stated !== null) expect(formatNumber(stated, { signed: true }), String(value)).toBe(reference(stated, 0, 2, true));
    }
  });

  test("yuanToWanNumber / pctToNumber: the numbers decimal.js gives (-0 included)", () => {
    const drawn = (value: Numeric, divisor: number, places: number) => {
      const decimal = toDecimal(value);
      return decimal === null ? null : decimal.dividedBy(divisor).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber();
    };
    const extra: Numeric[] = ["-0.00001", "-0.00004", "-0.000049999", "0.00005", "-0", "99999999999999999.995", "0.000000000000000000125"];
    for (const value of [...values, ...extra]) {
      expect(yuanToWanNumber(value), String(value)).toBe(drawn(value, 10000, 6));
      expect(pctToNumber(value), String(value)).toBe(drawn(value, 1, 4));
    }
  });
});
