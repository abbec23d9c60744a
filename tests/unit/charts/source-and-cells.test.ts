import { describe, expect, test } from "vitest";
import { formatSourceNote } from "@/lib/charts/source-note";
import { formatCell } from "@/components/charts/data-table-view";

describe("formatSourceNote", () => {
  test.each([
    [{ department: "咸宁市人民政府办公室", year: 2024, table: "公开05表", page: 6 }, "咸宁市人民政府办公室 2024年度部门决算 公开05表 第6页"],
    [{ department: "市财政局", page: null }, "市财政局"],
    [{}, ""],
  ])("%o → %s", (note, expected) => {
    expect(formatSourceNote(note)).toBe(expected);
  });
});

describe("formatCell", () => {
  test.each([
    ["amount", "29079200.00", "2,907.92"],
    ["amount", null, "—"],
    ["amount", "0.00", "0.00"],
    ["pct", "96.8123", "96.81%"],
    ["pp", "1.2", "+1.20个百分点"],
    ["count", 1234, "1,234"],
    ["year", 2024, "2024"],
    ["text", "行政运行", "行政运行"],
    ["text", "", "—"],
  ] as const)("%s %s → %s", (kind, value, expected) => {
    expect(formatCell(kind, value)).toBe(expected);
  });
});
