import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { evidenceHref, parseEvidenceQuery } from "@/lib/evidence/href";
import { boxesOnPage, findingMarks } from "@/lib/evidence/marks";

const golden = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/golden/xianning-2024.json"), "utf8")) as unknown;

describe("evidence links", () => {
  test.each([
    [{ reportId: 7 }, "/evidence/7"],
    [{ reportId: 7, page: 3 }, "/evidence/7?page=3"],
    [{ reportId: 7, page: 3, line: 173 }, "/evidence/7?page=3&line=173"],
    [{ reportId: 7, page: 3, finding: 12 }, "/evidence/7?finding=12&page=3"],
    [{ reportId: 7, page: null, line: null }, "/evidence/7"],
  ])("%j → %s", (target, href) => {
    expect(evidenceHref(target)).toBe(href);
  });

  test("the viewer's query takes positive integers only", () => {
    expect(parseEvidenceQuery({ page: "3", line: ["9", "10"], finding: "x" })).toEqual({ page: 3, line: 9, finding: null });
    expect(parseEvidenceQuery({ page: "0", line: "-1", finding: "1e3" })).toEqual({ page: null, line: null, finding: null });
  });
});

describe("a finding's two figures", () => {
  test("a narrative figure that disagrees with table 05 marks both lines", () => {
    const message = "一般公共服务(类)支出（…）：05表 201 一般公共服务支出 1,880.85 万元，说明所述 1,880.84 万元";
    const marks = findingMarks(golden, { page: 17, line: 1098, expected: "18808500.00", actual: "18808400.00", message });
    expect(marks).toEqual([
      { page: 17, line: 1098, label: "审核所指数字" },
      { page: 8, line: 618, label: "对照数字" },
    ]);
  });

  test("a computed sum is no printed figure: only the finding's own line is marked", () => {
    const marks = findingMarks(golden, { page: 3, line: 173, expected: "29079300.00", actual: "29079200.00" });
    expect(marks).toEqual([{ page: 3, line: 173, label: "审核所指数字" }]);
  });

  test("a finding without a page marks nothing", () => {
    expect(findingMarks(golden, { page: null, line: null, expected: null, actual: null })).toEqual([]);
  });

  test("only the marked lines of the shown page are boxed", () => {
    const box = (page: number, line: number) => ({ page, line, x0: 0, x1: 10, top: 0, bottom: 10 });
    const marks = [{ page: 5, line: 6, label: "" }, { page: 6, line: 2, label: "" }];
    expect(boxesOnPage([box(5, 6), box(5, 7), box(6, 2)], marks, 5)).toEqual([box(5, 6)]);
  });
});
