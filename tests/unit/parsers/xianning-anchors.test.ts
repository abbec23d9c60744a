import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import type { ParsedReport } from "@/lib/parsers/contract";
import { parseText } from "@/lib/parsers/parse-report";

const FIXTURE = path.resolve(import.meta.dirname, "../../fixtures/xianning-zhengfuban-2024.txt");
let report: ParsedReport;

beforeAll(async () => {
  report = await parseText(readFileSync(FIXTURE, "utf8"), "xianning-zhengfuban-2024.txt");
});

/** The facts the brief anchors, asserted one by one so a golden diff has a readable first failure. */
describe("咸宁 anchors", () => {
  test("metadata", () => {
    expect(report).toMatchObject({ format: "text", department: "咸宁市人民政府办公室", year: 2024, sourceUnit: "万元", scope: "本级" });
  });

  test("01: income 2,907.92 = 一般公共预算 2,907.40 + 其他收入 0.53 as printed", () => {
    expect(report.totals.income).toBe("29079200.00");
    expect(report.totals.expenditure).toBe("29079200.00");
    const byKey = Object.fromEntries(report.incomeBySource.map((s) => [s.key, s.amount]));
    expect(byKey).toMatchObject({ generalBudget: "29074000.00", other: "5300.00", governmentFund: null, superior: null });
    expect(report.sources["totals.income"]).toMatchObject({ line: 173, table: "01" });
  });

  test.each([
    ["201", "18813700.00"],
    ["208", "3116200.00"],
    ["210", "800600.00"],
    ["213", "88800.00"],
    ["217", "4064700.00"],
    ["221", "2195300.00"],
  ])("01: 类 %s = %s", (code, amount) => {
    expect(report.expenditureByClass.find((c) => c.code === code)?.amount).toBe(amount);
  });

  test("03: 201 = 基本 1,753.50 + 项目 127.88; single-value rows placed by the identities", () => {
    const rows = Object.fromEntries(report.expenditureByFunction.map((r) => [r.code, r]));
    expect(rows["201"]).toMatchObject({ total: "18813700.00", basic: "17535000.00", project: "1278800.00" });
    expect(rows["208"]).toMatchObject({ basic: "3116200.00", project: null });
    expect(rows["213"]).toMatchObject({ basic: null, project: "88800.00" });
    expect(report.totals).toMatchObject({ basicExpenditure: "24164900.00", projectExpenditure: "4914300.00" });
  });

  test("02: 其他收入 0.53 only on 2010302 and its parents", () => {
    const withOther = report.incomeByFunction.filter((r) => r.other !== null).map((r) => r.code);
    expect(withOther).toEqual(["201", "20103", "2010302"]);
    expect(report.incomeByFunction.find((r) => r.code === "2010301")).toMatchObject({ fiscal: "17958300.00", other: null });
  });

  test("05 joined with the narrative: 2010301 行政运行 决算 1,795.83, 年初预算 1,854.91, stated 96.81%", () => {
    const row = report.gpbExpenditureByFunction.find((r) => r.code === "2010301");
    expect(row).toMatchObject({ total: "17958300.00", budgetInitial: "18549100.00", statedRatePct: "96.81" });
    expect(row?.narrativeLocation?.line).toBe(1134);
    const renamed = report.gpbExpenditureByFunction.find((r) => r.code === "2010302");
    expect(renamed).toMatchObject({ name: "一般行政管理事务", budgetInitial: "930000.00" });
  });

  test("04 and 06 totals", () => {
    expect(report.fiscalAppropriation).toEqual({ generalBudget: "29074000.00", governmentFund: null, stateCapital: null, total: "29074000.00" });
    expect(report.economic.personnel).toBe("21671900.00");
    expect(report.economic.publicUse).toBe("2487700.00");
    expect(report.economic.lines.find((l) => l.code === "30239")).toMatchObject({ name: "其他交通费用", amount: "703400.00", category: "publicUse" });
  });

  test("07/08 empty with their statements", () => {
    expect(report.governmentFundTable).toEqual({ empty: true, statement: "本部门 2024 年度无政府性基金预算财政拨款收入支出。", total: "0.00", income: "0.00" });
    expect(report.governmentFundStated).toEqual({ income: "0.00", expenditure: "0.00" });
    expect(report.stateCapitalTable.empty).toBe(true);
  });

  test("09: 三公 actual 51.29 vs budget 71.50", () => {
    expect(report.sangong.budget).toEqual({
      total: "715000.00",
      outbound: "200000.00",
      vehicleSubtotal: "480000.00",
      vehiclePurchase: "0.00",
      vehicleOperation: "480000.00",
      reception: "35000.00",
    });
    expect(report.sangong.actual).toMatchObject({ total: "512900.00", vehiclePurchase: "15900.00", vehicleOperation: "414700.00", reception: "3300.00" });
  });

  test("no table figure left unread", () => {
    expect(report.unread.filter((u) => u.section.startsWith("公开"))).toEqual([]);
  });
});
