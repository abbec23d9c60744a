import { describe, expect, test } from "vitest";
import { CliError } from "@/lib/cli/args";
import { overrideFor, parseImportMap, singleOverride } from "@/lib/cli/import-overrides";

describe("--map FILE.csv", () => {
  test("rows by base name, header optional, blank cells left to the document", () => {
    const map = parseImportMap("\uFEFFfile,department,year\nreports/a.pdf,上海市普陀区财政局,2024\nb.txt,,2023\n\"c.txt\",\"上海市普陀区审计局\",\n", "map.csv");
    expect(overrideFor("/x/y/a.pdf", map, null)).toEqual({ departmentName: "上海市普陀区财政局", year: 2024 });
    expect(overrideFor("b.txt", map, null)).toEqual({ year: 2023 });
    expect(overrideFor("c.txt", map, null)).toEqual({ departmentName: "上海市普陀区审计局", year: undefined });
    expect(overrideFor("d.txt", map, null)).toEqual({});
  });

  test.each([
    ["a.pdf,某局,24", "map.csv 第 1 行：年度“24”不正确"],
    [",某局,2024", "map.csv 第 1 行：缺少文件名"],
  ])("%s is refused with the row named", (csv, message) => {
    expect(() => parseImportMap(csv, "map.csv")).toThrow(message);
  });
});

describe("--department/--year", () => {
  test("for one file only", () => {
    expect(singleOverride("上海市普陀区财政局", "2024", 1)).toEqual({ departmentName: "上海市普陀区财政局", year: 2024 });
    expect(singleOverride(undefined, undefined, 3)).toBeNull();
    expect(() => singleOverride("某局", "2024", 2)).toThrow(CliError);
  });
});
