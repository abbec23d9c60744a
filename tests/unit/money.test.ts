import { describe, expect, test } from "vitest";
import { normalizeNumberText, parseAmount, printedDecimals, ratioPct, sumAmounts, toAmountString } from "@/lib/money";

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
