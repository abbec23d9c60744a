import { describe, expect, test } from "vitest";
import { formatPct, formatWan, wan } from "@/lib/validation/format-figures";

describe("figures in messages", () => {
  test.each([
    ["18813700.00", "1,881.37"],
    ["100.00", "0.01"],
    ["-29079200.00", "-2,907.92"],
    ["1234567890123.00", "123,456,789.01"],
    ["50.00", "0.01"],
  ])("%s 元 → %s 万元", (yuan, shown) => {
    expect(formatWan(yuan)).toBe(shown);
  });

  test("unit and percentages", () => {
    expect(wan("18813700.00")).toBe("1,881.37 万元");
    expect(formatPct("99.98")).toBe("99.98%");
    expect(formatPct("61.627906", 4)).toBe("61.6279%");
  });
});
