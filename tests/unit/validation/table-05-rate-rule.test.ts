import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import type { ParsedReport } from "@/lib/parsers/contract";
import { validateReport } from "@/lib/validation";
import { tablesOfText } from "../parsers/table-report";
import { byRule, row, summary } from "./helpers";
import { makeReport, w } from "./make-report";

const RULE = "T05.printed-rate";
type Case = [name: string, mutate: (r: ParsedReport) => void, expected: string[]];

// 2210201 住房公积金 in the minimal report: 决算 50.00 万元.
const rate = (r: ParsedReport, printedRatePct: string, printedRateBasis: "initial" | "full" | null, budgets: { initial?: string; full?: string }) =>
  Object.assign(row(r.gpbExpenditureByFunction, "2210201"), {
    printedRatePct,
    printedRateBasis,
    budgetInitial: budgets.initial ? w(budgets.initial) : null,
    budgetFull: budgets.full ? w(budgets.full) : null,
  });

const cases: Case[] = [
  ["no rate column: not checked", () => {}, [`${RULE}:info`]],
  ["50 ÷ 52 = 96.15%", (r) => rate(r, "96.15", "full", { full: "52" }), []],
  ["one hundredth off: rounding", (r) => rate(r, "96.16", "full", { full: "52" }), [`${RULE}:info`]],
  ["the header names 全年预算 and the rate does not follow", (r) => rate(r, "98.15", "full", { full: "52" }), [`${RULE}:error`]],
  ["an unnamed rate that follows the 年初预算", (r) => rate(r, "100", null, { initial: "50", full: "52" }), []],
  ["an unnamed rate neither budget gives: the denominator is unclear", (r) => rate(r, "90", null, { initial: "50", full: "52" }), [`${RULE}:warning`]],
];

describe(RULE, () => {
  test.each(cases)("%s", (_name, mutate, expected) => {
    const findings = byRule(validateReport(makeReport((r) => {
      for (const line of r.gpbExpenditureByFunction) delete line.printedRatePct;
      mutate(r);
    })), RULE);
    expect(summary(findings)).toEqual(expected);
  });

  test("the hand-written 05 with an 执行率 column holds together", () => {
    const text = readFileSync(path.resolve(import.meta.dirname, "../../fixtures/variants/tables-05-rate-column.txt"), "utf8");
    expect(byRule(validateReport(tablesOfText(text)), RULE)).toEqual([]);
  });
});
