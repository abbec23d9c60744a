import { describe, expect, test } from "vitest";
import {
  formatAmount,
  formatChange,
  formatCount,
  formatPct,
  formatPp,
  formatWan,
  pctToNumber,
  yuanToWanNumber,
} from "@/lib/format";

describe("formatWan", () => {
  test.each([
    ["29079200.00", "2,907.92"],
    ["0.00", "0.00"],
    ["100.00", "0.01"],
    ["49.99", "0.00"],
    ["50.00", "0.01"],
    ["-12345678.90", "-1,234.57"],
    ["-10.00", "0.00"],
    ["1234567890123.45", "123,456,789.01"],
    [null, "—"],
    ["", "—"],
    ["abc", "—"],
  ])("%s 元 → %s", (yuan, expected) => {
    expect(formatWan(yuan)).toBe(expected);
  });

  test("signed and decimals options", () => {
    expect(formatWan("6309300.00", { signed: true })).toBe("+630.93");
    expect(formatWan("-6309300.00", { signed: true })).toBe("-630.93");
    expect(formatWan("29079200.00", { decimals: 0 })).toBe("2,908");
  });
});

describe("formatAmount", () => {
  test.each([
    ["29079200.00", "2,907.92万元"],
    ["99999999.99", "10,000.00万元"],
    ["100000000.00", "1.00亿元"],
    ["123456789.00", "1.23亿元"],
    ["-250000000.00", "-2.50亿元"],
    ["123456789012.00", "1,234.57亿元"],
    [null, "—"],
  ])("%s 元 → %s", (yuan, expected) => {
    expect(formatAmount(yuan)).toBe(expected);
  });
});

describe("formatPct / formatPp / formatCount", () => {
  test.each([
    ["96.8123", "96.81%"],
    ["100", "100.00%"],
    ["0.005", "0.01%"],
    ["-3.456", "-3.46%"],
    [null, "—"],
  ])("pct %s → %s", (pct, expected) => {
    expect(formatPct(pct)).toBe(expected);
  });

  test.each([
    ["1.2", "+1.20个百分点"],
    ["-0.345", "-0.35个百分点"],
    ["0", "0.00个百分点"],
    ["-0.001", "0.00个百分点"],
    [null, "—"],
  ])("pp %s → %s", (delta, expected) => {
    expect(formatPp(delta)).toBe(expected);
  });

  test.each([
    [1234, "1,234"],
    ["0", "0"],
    [null, "—"],
  ])("count %s → %s", (value, expected) => {
    expect(formatCount(value)).toBe(expected);
  });
});

describe("formatChange", () => {
  test.each([
    ["29079200.00", "22769900.00", { pct: "+27.71%", delta: "+630.93万元", direction: "increase" }],
    ["22769900.00", "29079200.00", { pct: "-21.70%", delta: "-630.93万元", direction: "decrease" }],
    ["100.00", "100.00", { pct: "0.00%", delta: "0.00万元", direction: "flat" }],
    ["100.00", "0.00", { pct: "—", delta: "+0.01万元", direction: "increase" }],
    ["100.00", null, { pct: "—", delta: "—", direction: null }],
    [null, "100.00", { pct: "—", delta: "—", direction: null }],
  ])("%s vs %s", (curr, prior, expected) => {
    expect(formatChange(curr, prior)).toEqual(expected);
  });
});

describe("drawing conversions", () => {
  test.each([
    ["29079200.00", 2907.92],
    ["1.00", 0.0001],
    ["-50000.00", -5],
    [null, null],
  ])("yuanToWanNumber(%s) = %s", (yuan, expected) => {
    expect(yuanToWanNumber(yuan)).toBe(expected);
  });

  test("pctToNumber", () => {
    expect(pctToNumber("96.8123")).toBe(96.8123);
    expect(pctToNumber(null)).toBeNull();
  });
});
