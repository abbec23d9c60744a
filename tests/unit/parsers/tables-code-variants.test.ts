import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import type { ParsedReport } from "@/lib/parsers/contract";
import { tablesOfText } from "./table-report";

const variant = (name: string): ParsedReport =>
  tablesOfText(readFileSync(path.resolve(import.meta.dirname, `../../fixtures/variants/tables-${name}.txt`), "utf8"));
const w = (wan: string): string => (Number(wan) * 10000).toFixed(2);
const row = <T extends { code: string }>(lines: readonly T[], code: string): T | undefined => lines.find((l) => l.code === code);

describe("05 read against its own identities", () => {
  test("rows that dropped their blank cell are placed where 小计 = 基本 + 项目 and 款 = Σ 项 say, not shifted left", () => {
    const report = variant("05-shifted-row");
    const lines = report.gpbExpenditureByFunction;
    expect(row(lines, "2010301")).toMatchObject({ total: w("100"), basic: w("100"), project: null });
    expect(row(lines, "2010302")).toMatchObject({ total: w("50"), basic: null, project: w("50") });
    expect(row(lines, "2210201")).toMatchObject({ total: w("20"), basic: w("20"), project: null });
    expect(row(lines, "2210203")).toMatchObject({ total: w("10"), basic: null, project: w("10") });
    expect(report.unread.filter((u) => u.section.startsWith("公开05表"))).toEqual([]);
  });

  test("a wrapped row's amounts attached to the next code are given back to their own code", () => {
    const report = variant("05-wrapped-wrong-code");
    const lines = report.gpbExpenditureByFunction;
    expect(row(lines, "2010301")).toMatchObject({ name: "行政运行", total: w("100"), basic: w("100"), project: w("0") });
    expect(row(lines, "2010302")).toMatchObject({ name: "一般行政管理事务", total: w("50"), basic: w("0"), project: w("50") });
    expect(report.unread.filter((u) => u.section.startsWith("公开05表"))).toEqual([]);
  });
});

describe("03 with a column the header names in other words", () => {
  test("a fourth amount per row is read as 上缴上级支出 (the header says 上缴上级) because the row totals then hold", () => {
    const report = variant("03-missing-column");
    const lines = report.expenditureByFunction;
    expect(row(lines, "2010301")).toMatchObject({ total: w("140"), basic: w("120"), project: w("0"), remitted: w("20") });
    expect(row(lines, "201")).toMatchObject({ total: w("200"), basic: w("120"), project: w("60"), remitted: w("20") });
    expect(report.totals).toMatchObject({ basicExpenditure: w("120"), projectExpenditure: w("60") });
  });
});

describe("code levels restored from the code's structure", () => {
  const codes = (lines: ReadonlyArray<{ code: string; level: string }>) => lines.map((l) => `${l.code}:${l.level}`);

  test("a 类 row printed with its name only gets its 类 code and stays a 类 (not merged into the row above)", () => {
    const report = variant("05-class-name-only");
    const lines = report.gpbExpenditureByFunction;
    expect(codes(lines)).toEqual(["201:类", "20103:款", "2010301:项", "2010302:项", "221:类", "22102:款", "2210201:项", "2210203:项"]);
    expect(row(lines, "201")).toMatchObject({ name: "一般公共服务支出", total: w("150"), basic: w("100"), project: w("50") });
    expect(row(lines, "221")).toMatchObject({ total: w("30"), basic: w("20"), project: w("10") });
    expect(row(lines, "2010302")).toMatchObject({ total: w("50"), basic: w("0"), project: w("50") });
    expect(report.unread.filter((u) => u.section.startsWith("公开05表"))).toEqual([]);
  });

  test("codes printed per column (201 / 01 / 03) are 款 or 项 as the sums say: a 款 is open until its 项 cover it", () => {
    const report = variant("05-relative-codes");
    const lines = report.gpbExpenditureByFunction;
    expect(codes(lines)).toEqual([
      "201:类", "20101:款", "2010101:项", "20103:款", "2010301:项", "2010302:项",
      "221:类", "22102:款", "2210201:项", "2210203:项",
    ]);
    expect(row(lines, "20103")).toMatchObject({ name: "政府办公厅（室）及相关机构事务", total: w("150") });
    expect(row(lines, "2210203")).toMatchObject({ name: "购房补贴", total: w("10"), project: w("10") });
    expect(report.unread.filter((u) => u.section.startsWith("公开05表"))).toEqual([]);
  });

  test("a table that reads whole as printed is left as printed", () => {
    const report = variant("05-shifted-row");
    expect(codes(report.gpbExpenditureByFunction)).toContain("201:类");
  });
});
