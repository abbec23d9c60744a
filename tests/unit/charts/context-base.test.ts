import { describe, expect, test } from "vitest";
import { defaultChartContext, paletteColor } from "@/lib/charts/context";
import { PALETTE, GREEN, RED } from "@/lib/charts/theme";
import { escapeHtml, executionRate, rateBand, sharePct } from "@/lib/charts/option-base";
import { Decimal } from "@/lib/money";

describe("chart context", () => {
  test("red up / green down by default, flipped by the setting", () => {
    expect(defaultChartContext()).toMatchObject({ increaseColor: RED, decreaseColor: GREEN, upColor: "red", locale: "ZH", static: false });
    expect(defaultChartContext({ upColor: "green" })).toMatchObject({ increaseColor: GREEN, decreaseColor: RED });
  });

  test("palette has 12 distinct colours and cycles", () => {
    expect(new Set(PALETTE).size).toBe(12);
    const ctx = defaultChartContext();
    expect(paletteColor(ctx, 12)).toBe(PALETTE[0]);
    expect(ctx.formatters.amount("29079200.00")).toBe("2,907.92万元");
    expect(ctx.formatters.pct("96.8123")).toBe("96.81%");
  });
});

describe("option helpers", () => {
  test.each([
    ["18549100.00", "17958300.00", null, "96.81"],
    ["694800.00", "969400.00", null, "139.52"],
    ["0.00", "88800.00", null, null],
    [null, "88800.00", null, null],
    ["100.00", "50.00", "93.1", "93.1"],
  ])("executionRate(%s, %s, %s) = %s", (budget, actual, stated, expected) => {
    expect(executionRate(budget, actual, stated)).toBe(expected);
  });

  test.each([
    ["89.99", "below"],
    ["90", "within"],
    ["110", "within"],
    ["110.01", "above"],
  ] as const)("rateBand(%s) = %s", (rate, band) => {
    expect(rateBand(defaultChartContext(), rate)).toBe(band);
    expect(rateBand({ ...defaultChartContext(), executionBand: { lowPct: 95, highPct: 105 } }, "92")).toBe("below");
  });

  test("sharePct and escapeHtml", () => {
    expect(sharePct("17958300.00", new Decimal("29074000.00"))).toBe("61.77");
    expect(sharePct(null, new Decimal(1))).toBeNull();
    expect(escapeHtml('<img src=x onerror="a">&')).toBe("&#60;img src=x onerror=&#34;a&#34;&#62;&#38;");
  });
});
