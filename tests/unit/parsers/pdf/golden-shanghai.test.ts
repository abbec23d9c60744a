import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { ParsedReport } from "@/lib/parsers/contract";
import { parseReport } from "@/lib/parsers/parse-report";
import { expectGolden } from "../../golden-files";

const FIXTURE = path.resolve(import.meta.dirname, "../../../fixtures/shanghai-putuo-shehuigongzuobu-2024.pdf");

/**
 * The whole parse of the 上海普陀 sample PDF against a reviewed golden file. Every figure in the golden was checked by
 * eye against the PDF (pdftotext -layout and the reader's rows); refresh on purpose with UPDATE_GOLDEN=1 and review
 * the diff, never blindly. A missing golden fails rather than being written silently.
 */
describe("中共上海市普陀区委社会工作部 2024 (PDF) → golden", () => {
  let report: ParsedReport;

  beforeAll(async () => {
    const bytes = new Uint8Array(readFileSync(FIXTURE));
    report = ParsedReport.parse(await parseReport({ bytes, fileName: "shanghai-putuo-shehuigongzuobu-2024.pdf" }));
  });

  test("matches tests/fixtures/golden/shanghai-putuo-2024.json and .findings.json", () => {
    expectGolden("shanghai-putuo-2024", report);
  });

  test("income is 307.82 万元, all of it 一般公共预算财政拨款", () => {
    expect(report).toMatchObject({ format: "pdf", pageCount: 24, year: 2024, sourceUnit: "万元" });
    expect(report.totals.income).toBe("3078200.00");
    expect(report.totals.fiscalAppropriationIncome).toBe("3078200.00");
    expect(report.incomeBySource.filter((source) => source.amount !== null)).toMatchObject([
      { key: "generalBudget", amount: "3078200.00", location: { page: 5, line: 6 } },
    ]);
  });

  test("expenditure 307.82 = 基本 105.58 + 项目 202.24", () => {
    expect(report.totals).toMatchObject({
      expenditure: "3078200.00",
      basicExpenditure: "1055800.00",
      projectExpenditure: "2022400.00",
      grandTotal: "3078200.00",
      carryForwardStart: null,
      carryForwardEnd: null,
    });
  });

  test.each([
    ["incomeByFunction", "201", { total: "2648700.00", fiscal: "2648700.00", superior: null }],
    ["expenditureByFunction", "201", { total: "2648700.00", basic: "626300.00", project: "2022400.00" }],
    ["expenditureByFunction", "2013999", { total: "2022400.00", basic: null, project: "2022400.00" }],
    ["gpbExpenditureByFunction", "2013999", { total: "2022400.00", basic: null, project: "2022400.00" }],
    ["incomeByFunction", "2210201", { name: "住房公积金", level: "项", total: "177000.00" }],
    ["expenditureByFunction", "2210201", { name: "住房公积金", total: "177000.00", basic: "177000.00", project: null }],
    ["gpbExpenditureByFunction", "2210201", { total: "177000.00", budgetFull: "181200.00", statedRatePct: "97.68" }],
    ["expenditureByFunction", "2080505", { name: "机关事业单位基本养老保险缴费支出", total: "61800.00" }],
  ] as const)("%s %s", (table, code, expected) => {
    expect(report[table].find((line) => line.code === code)).toMatchObject(expected);
  });

  test("06 splits 基本支出 into 人员经费 95.36 and 公用经费 10.23; empty 07/08 are not read as figures", () => {
    expect(report.economic).toMatchObject({ personnel: "953600.00", publicUse: "102300.00" });
    expect(report.economic.lines).toHaveLength(65);
    expect(report.governmentFundTable.empty).toBe(true);
    expect(report.stateCapitalTable.empty).toBe(true);
  });

  test("09 says “没有…“三公”经费支出，故本表无数据”: every actual item is 0; the blank budget stays unprinted", () => {
    expect(report.sangong.actual).toEqual({
      total: "0.00",
      outbound: "0.00",
      vehicleSubtotal: "0.00",
      vehiclePurchase: "0.00",
      vehicleOperation: "0.00",
      reception: "0.00",
    });
    expect(Object.values(report.sangong.budget).every((value) => value === null)).toBe(true);
    expect(report.sources["sangong.actual"]).toMatchObject({ page: 14, table: "09" });
  });
});
