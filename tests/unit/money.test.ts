import { describe, expect, it, test } from "vitest";
import {
  centsToString, compareAmounts, Decimal, normalizeNumberText, parseAmount, printedDecimals, ratioPct, safeCents, sumAmounts,
  sumAmountStrings, toAmountString, toCents,
} from "@/lib/money";
import { changePct, ratePct } from "@/lib/figures/rates";

describe("money", () => {
  test.each([
    ["2,907.92", "万元", "29079200.00"],
    ["２，９０７．９２", "万元", "29079200.00"],
    ["0.53", "万元", "5300.00"],
    ["1234567.89", "元", "1234567.89"],
    ["(1.50)", "万元", "-15000.00"],
  ] as const)("parseAmount(%s, %s) = %s 元", (raw, unit, expected) => {
    const value = parseAmount(raw, unit);
    expect(value).not.toBeNull();
    expect(toAmountString(value!)).toBe(expected);
  });

  test.each(["", "-", "—", "abc", "1.2.3"])("%j is not a number", (raw) => {
    expect(normalizeNumberText(raw)).toBeNull();
  });

  test("sums stay exact where floats drift", () => {
    const sum = sumAmounts(["29079200.00", "5300.00", null, "0.10", "0.20"]);
    expect(toAmountString(sum!)).toBe("29084500.30");
    expect(0.1 + 0.2).not.toBe(0.3);
  });

  test("ratio and printed precision", () => {
    expect(ratioPct("17958300.00", "18549100.00")!.toFixed(2)).toBe("96.81");
    expect(ratioPct("1", "0")).toBeNull();
    expect(printedDecimals("2907.4")).toBe(1);
    expect(printedDecimals("2,907.92")).toBe(2);
  });
});

describe("integer-cent fast path", () => {
  // Deterministic pseudo-random amounts from 0.01 to 10^10 元, some negative, checked against plain Decimal maths.
  const rnd = (i: number) => {
    const x = Math.sin(i * 12.9898) * 43758.5453;
    return x - Math.floor(x);
  };
  const amountAt = (i: number) => {
    const scale = [1, 100, 1e6, 1e10][Math.floor(rnd(i) * 4)] ?? 1;
    const cents = Math.round(rnd(i + 7) * scale * 100) * (rnd(i + 3) < 0.15 ? -1 : 1);
    return (cents / 100).toFixed(2);
  };

  it("rates, changes and sums agree with Decimal on 5,000 pairs", () => {
    for (let i = 0; i < 5000; i += 1) {
      const a = amountAt(i);
      const b = amountAt(i + 100000);
      const zero = new Decimal(b).isZero();
      const positiveZero = (s: string | null) => (s === "-0.00" ? "0.00" : s);
      expect(ratePct(a, b), `${a} / ${b}`).toBe(zero ? null : positiveZero(new Decimal(a).dividedBy(b).times(100).toFixed(2)));
      expect(changePct(a, b), `${a} vs ${b}`).toBe(zero ? null : positiveZero(new Decimal(a).minus(b).dividedBy(new Decimal(b).abs()).times(100).toFixed(2)));
      expect(sumAmountStrings([a, null, b])).toBe(new Decimal(a).plus(b).toFixed(2));
    }
  });

  it("sums exactly past 2^53 cents and with 30-digit addends", () => {
    // decimal.js rounds to 20 significant digits unless told otherwise.
    const Exact = Decimal.clone({ precision: 80 });
    const lists = [
      ["90071992547409.91", "0.01", "0.01"],
      ["-90071992547409.91", "-0.02", "5"],
      ["9999999999999.99", "9999999999999.99", "9999999999999.99", "-1.00"],
      ["123456789012345678901234567890", "0.01", "-123456789012345678901234567890"],
      ["12345678901234567890.12", null, "7.5", "-0.99"],
      Array.from({ length: 95 }, (_, k) => (k % 2 === 0 ? "9999999999999.99" : "0.01")),
    ];
    for (let i = 0; i < 2000; i += 1) lists.push(Array.from({ length: 1 + (i % 40) }, (_, k) => `${rnd(i * 41 + k) < 0.3 ? "-" : ""}${Math.floor(rnd(i * 43 + k) * 10 ** (1 + (k % 17)))}.${String(Math.floor(rnd(i * 47 + k) * 100)).padStart(2, "0")}`));
    for (const list of lists) {
      const exact = list.reduce((sum: Decimal, v) => (v === null ? sum : sum.plus(v)), new Exact(0)).toFixed(2);
      expect(sumAmountStrings(list), list.join(" + ")).toBe(exact === "-0.00" ? "0.00" : exact);
    }
  });

  it("reads cents without a regular expression exactly as the plain-amount pattern does, on 20,000 drawn texts", () => {
    const pattern = /^(-?)(\d{1,30})(?:\.(\d{1,2}))?$/;
    const reference = (text: string): bigint | null => {
      const m = pattern.exec(text);
      if (m === null) return null;
      const cents = BigInt(`${m[2]}${(m[3] ?? "").padEnd(2, "0")}`);
      return m[1] === "-" ? -cents : cents;
    };
    const alphabet = "0123456789.-+ e٣";
    const texts = ["", "-", ".", "-.5", "5.", "0", "-0", "-0.00", "00012.5", "1.234", "90071992547409.91", "90071992547409.92", "99999999999999.99", "123456789012345", "1e5", "1,000.00"];
    for (let i = 0; i < 20000; i += 1) {
      const length = Math.floor(rnd(i * 3) * 19);
      texts.push(Array.from({ length }, (_, k) => (rnd(i * 31 + k) < 0.8 ? String(Math.floor(rnd(i * 37 + k) * 10)) : alphabet[Math.floor(rnd(i * 41 + k) * alphabet.length)])).join(""));
    }
    for (const text of texts) {
      const expected = reference(text);
      expect(toCents(text), JSON.stringify(text)).toBe(expected);
      const small = safeCents(text);
      if (small !== null) expect(BigInt(small), JSON.stringify(text)).toBe(expected);
    }
    for (let i = 0; i + 1 < texts.length; i += 1) {
      const [a, b] = [texts[i]!, texts[i + 1]!];
      if (reference(a) === null || reference(b) === null) continue;
      expect(compareAmounts(a, b), `${a} vs ${b}`).toBe(new Decimal(a).comparedTo(b));
    }
  });

  it("rounds half away from zero and handles missing, zero and non-plain inputs", () => {
    expect(ratePct("1", "8")).toBe("12.50");
    expect(ratePct("1", "3")).toBe("33.33");
    expect(ratePct("2", "3")).toBe("66.67");
    expect(ratePct("-2", "3")).toBe("-66.67");
    expect(ratePct("0.01", "200")).toBe("0.01");
    expect(ratePct("5", "0.00")).toBeNull();
    expect(ratePct(null, "5")).toBeNull();
    expect(ratePct("1.005", "1")).toBe("100.50");
    expect(toCents("12.3")).toBe(1230n);
    expect(toCents("1e3")).toBeNull();
    expect(centsToString(-5n)).toBe("-0.05");
    expect(sumAmountStrings([null, undefined])).toBeNull();
    expect(sumAmountStrings(["1.005", "1"])).toBeUndefined();
    expect(sumAmounts(["1.005", "1"])?.toFixed(3)).toBe("2.005");
  });
});
