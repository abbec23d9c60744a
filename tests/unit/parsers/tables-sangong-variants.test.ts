import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import type { ParsedReport } from "@/lib/parsers/contract";
import { tablesOfText } from "./table-report";

const variant = (name: string): ParsedReport =>
  tablesOfText(readFileSync(path.resolve(import.meta.dirname, `../../fixtures/variants/tables-${name}.txt`), "utf8"));

const w = (wan: string): string => (Number(wan) * 10000).toFixed(2);
const items = (total: string, outbound: string, subtotal: string, purchase: string, operation: string, reception: string) => ({
  total: w(total),
  outbound: w(outbound),
  vehicleSubtotal: w(subtotal),
  vehiclePurchase: w(purchase),
  vehicleOperation: w(operation),
  reception: w(reception),
});
const ZERO = items("0", "0", "0", "0", "0", "0");
const sangongUnread = (report: ParsedReport) => report.unread.filter((u) => u.section.startsWith("公开09表"));

describe("三公 stated in words", () => {
  test("“没有财政拨款“三公”经费支出，故本表无数据”: every actual item is 0; the blank budget is not invented", () => {
    const report = variant("sangong-no-data");
    expect(report.sangong.actual).toEqual(ZERO);
    expect(Object.values(report.sangong.budget).every((v) => v === null)).toBe(true);
    expect(report.sources["sangong.actual"]).toMatchObject({ table: "09", line: 8 });
  });

  test("“未安排“三公”经费预算，也无“三公”经费支出”: budget and actual are both 0", () => {
    const report = variant("sangong-no-budget-no-spending");
    expect(report.sangong.actual).toEqual(ZERO);
    expect(report.sangong.budget).toEqual(ZERO);
  });
});

describe("三公 tables of 12 and more columns", () => {
  test("预算数/决算数 pairs per item (12 cells)", () => {
    const report = variant("sangong-12-interleaved");
    expect(report.sangong.budget).toEqual(items("12", "3", "6.5", "0", "6.5", "2.5"));
    expect(report.sangong.actual).toEqual(items("9.37", "2.1", "5.52", "0", "5.52", "1.75"));
  });

  test("决算数 group before 预算数 group, with a 栏次 row 1 … 12 that is not data", () => {
    const report = variant("sangong-12-actual-first");
    expect(report.sangong.budget).toEqual(items("12", "3", "6.5", "0", "6.5", "2.5"));
    expect(report.sangong.actual).toEqual(items("9.37", "2.1", "5.52", "0", "5.52", "1.75"));
  });

  test("会议费 and 培训费 columns (16 cells) do not shift the 三公 items", () => {
    const report = variant("sangong-16-meeting-training");
    expect(report.sangong.budget).toEqual(items("12", "3", "6.5", "0", "6.5", "2.5"));
    expect(report.sangong.actual).toEqual(items("9.37", "2.1", "5.52", "0", "5.52", "1.75"));
  });

  test("several units in one table: the 合计 row is the department's", () => {
    const report = variant("sangong-units");
    expect(report.sangong.budget).toEqual(items("15", "3", "9", "0", "9", "3"));
    expect(report.sangong.actual).toEqual(items("11.6", "2.1", "7.5", "0", "7.5", "2"));
    expect(report.sources["sangong.actual"]).toMatchObject({ row: "合计" });
  });
});

describe("三公 rows that dropped their blank cells", () => {
  test("10 numbers for 12 cells: the one placement the identities accept (blank 因公出国) is read", () => {
    const report = variant("sangong-dropped-blanks");
    expect(report.sangong.budget).toEqual({ ...items("10", "0", "6", "1", "5", "4"), outbound: null });
    expect(report.sangong.actual).toEqual({ ...items("8.5", "0", "5", "0.5", "4.5", "3.5"), outbound: null });
    expect(sangongUnread(report)).toEqual([]);
  });

  test("10 numbers that fit two placements (购置 or 运行 blank) are 读取存疑: null, never shifted", () => {
    const report = variant("sangong-ambiguous-blanks");
    expect(Object.values(report.sangong.actual).every((v) => v === null)).toBe(true);
    expect(Object.values(report.sangong.budget).every((v) => v === null)).toBe(true);
    expect(sangongUnread(report)).toEqual([expect.objectContaining({ reason: expect.stringMatching(/^读取存疑.*种放法都满足恒等式/) })]);
  });
});
