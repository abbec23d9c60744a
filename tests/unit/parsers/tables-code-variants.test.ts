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
