import { describe, expect, test } from "vitest";
import {
  exactWanText,
  formatAmount,
  formatChange,
  formatCount,
  formatDate,
  formatDateTime,
  formatPct,
  formatPp,
  formatStatedPct,
  formatWan,
  formatWanUnit,
  pctToNumber,
  yuanToWanNumber,
} from "@/lib/figures/format";
import { Decimal } from "@/lib/money";

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

describe("one module for every place a figure is printed", () => {
  test.each([
    ["18813700.00", "1,881.37万元"],
    ["-29079200.00", "-2,907.92万元"],
    ["1234567890123.00", "123,456,789.01万元"],
    ["49.99", "0.00万元"],
    [null, "—"],
  ])("formatWanUnit(%s) = %s (sentences, messages: always 万元)", (yuan, expected) => {
    expect(formatWanUnit(yuan)).toBe(expected);
  });

  test("Decimal and number inputs print like their strings; labels are missing, not NaN", () => {
    expect(formatWan(new Decimal("29079200"))).toBe("2,907.92");
    expect(formatPct(27.705)).toBe("27.71%");
    expect(formatPct("未公开")).toBe("—");
    expect(formatWan("1e9")).toBe("—");
  });

  test("percentage points: signed by default, unsigned where the sentence says the direction", () => {
    expect(formatPp("-2.1")).toBe("-2.10个百分点");
    expect(formatPp(new Decimal("2.1"), { signed: false })).toBe("2.10个百分点");
  });

  test("a stated percentage keeps its printed digits", () => {
    expect(formatStatedPct("99.98")).toBe("99.98%");
    expect(formatStatedPct("61.627906")).toBe("61.627906%");
    expect(formatStatedPct(new Decimal("95.50"))).toBe("95.5%");
  });

  test("exact 万元 text for data cells keeps every cent", () => {
    expect(exactWanText(new Decimal("12345.67"))).toBe("1.234567");
    expect(exactWanText(new Decimal("29079200.00"))).toBe("2907.92");
  });

  test.each([
    // 17:30 UTC is already the next day in Beijing: the version table, a PNG and a deck all print 12-07.
    ["2026-12-06T17:30:00.000Z", "2026-12-07", "2026-12-07 01:30"],
    ["2026-12-06T15:59:59.000Z", "2026-12-06", "2026-12-06 23:59"],
    [new Date(Date.UTC(2024, 0, 1, 0, 0, 0)), "2024-01-01", "2024-01-01 08:00"],
  ])("%s → %s / %s in Beijing time", (instant, day, moment) => {
    expect(formatDate(instant)).toBe(day);
    expect(formatDateTime(instant)).toBe(moment);
  });

  test("prints what Intl prints in Asia/Shanghai, before 1992 (summer time) and after", () => {
    const intl = new Intl.DateTimeFormat("zh-CN", {
      timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23",
    });
    const viaIntl = (t: number) => {
      const p = Object.fromEntries(intl.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
      return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
    };
    // Summer time of 1986–1991, its last change (1991-09-15), the switch to the fixed offset, and on to 2100.
    const instants = [Date.UTC(1988, 6, 1, 12), Date.UTC(1991, 8, 14, 16, 59, 59), Date.UTC(1991, 11, 31, 15, 59, 59), Date.UTC(1991, 11, 31, 16)];
    for (let t = Date.UTC(1985, 0, 1), i = 0; t < Date.UTC(2100, 0, 1); t += 86_399_937 * 7 + (i++ % 3600) * 1000) instants.push(t);
    for (const t of instants) {
      expect(formatDateTime(new Date(t), { seconds: true })).toBe(viaIntl(t));
      expect(formatDate(new Date(t))).toBe(viaIntl(t).slice(0, 10));
    }
  });

  test("seconds on request; an unreadable time is missing", () => {
    expect(formatDateTime("2026-12-06T17:30:05Z", { seconds: true })).toBe("2026-12-07 01:30:05");
    expect(formatDate("not a date")).toBe("—");
  });
});
