import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import { parseReport } from "@/lib/parsers/parse-report";

/** A small workbook as departments export it: one sheet per table, numbers as numbers, blanks left empty. */
async function workbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const t01 = book.addWorksheet("收支总表");
  t01.getCell("A1").value = "收入支出决算总表";
  t01.getCell("F2").value = "金额单位：万元";
  t01.getRow(3).values = ["项目", "行次", "金额", "项目", "行次", "金额"];
  t01.getRow(4).values = ["一、一般公共预算财政拨款收入", 1, 300, "一、一般公共服务支出", 31, 300];
  t01.getRow(5).values = ["二、政府性基金预算财政拨款收入", 2, null, "二、外交支出", 32, null];
  t01.getRow(6).values = ["八、其他收入", 8, 0.5, "八、社会保障和就业支出", 38, null];
  t01.getRow(7).values = ["本年收入合计", 27, 300.5, "本年支出合计", 57, 300];
  t01.getRow(8).values = ["总计", 30, 300.5, "总计", 60, 300.5];
  const t03 = book.addWorksheet("支出决算表");
  t03.getCell("A1").value = "公开03表 支出决算表";
  t03.getCell("A2").value = "部门：示例市统计局本级";
  t03.getCell("H2").value = "金额单位：万元";
  t03.getRow(3).values = ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"];
  t03.getRow(4).values = ["合计", null, 300, 100, 200];
  t03.getRow(5).values = ["201", "一般公共服务支出", 300, 100, 200];
  t03.getRow(6).values = ["20105", "统计信息事务", 300, 100, 200];
  t03.getRow(7).values = ["2010501", "行政运行", 100, 100];
  t03.getRow(8).values = ["2010505", "专项统计业务", 200, null, 200];
  const t05 = book.addWorksheet("一般公共预算财政拨款支出决算表");
  t05.getCell("A1").value = "一般公共预算财政拨款支出决算表";
  t05.getCell("E2").value = "金额单位：万元";
  t05.getCell("C3").value = "本年支出";
  t05.mergeCells("C3:E3");
  t05.getRow(4).values = ["科目代码", "科目名称", "小计", "基本支出", "项目支出"];
  t05.getRow(5).values = ["201", "一般公共服务支出", 299.5, 99.5, 200];
  t05.getRow(6).values = ["2010505", "专项统计业务", 200, null, 200];
  const t09 = book.addWorksheet("三公");
  t09.getCell("A1").value = "财政拨款“三公”经费支出决算表";
  t09.getCell("L2").value = "金额单位：万元";
  t09.getCell("A3").value = "预算数";
  t09.mergeCells("A3:F3");
  t09.getCell("G3").value = "决算数";
  t09.mergeCells("G3:L3");
  t09.getRow(4).values = ["合计", "因公出国（境）费", "公务用车购置及运行维护费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行维护费", null, null, "公务接待费"];
  t09.getRow(5).values = [null, null, "小计", "公务用车购置费", "公务用车运行维护费", null, null, null, "小计", "公务用车购置费", "公务用车运行维护费"];
  t09.getRow(6).values = [10, 2, 6, 0, 6, 2, 7.5, 1, 5, 0, 5, 1.5];
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("XLSX through the table recogniser", () => {
  test("integers, blanks and merged headers", async () => {
    const report = await parseReport({ bytes: await workbook(), fileName: "统计局.xlsx" });
    expect(report).toMatchObject({ format: "xlsx", department: "示例市统计局", scope: "本级", sourceUnit: "万元" });
    const t03 = Object.fromEntries(report.expenditureByFunction.map((r) => [r.code, r]));
    expect(t03["2010501"]).toMatchObject({ total: "1000000.00", basic: "1000000.00", project: null });
    expect(t03["2010505"]).toMatchObject({ total: "2000000.00", basic: null, project: "2000000.00" });
    expect(report.totals).toMatchObject({ basicExpenditure: "1000000.00", projectExpenditure: "2000000.00" });
    expect(report.gpbExpenditureByFunction.find((r) => r.code === "201")).toMatchObject({ total: "2995000.00", basic: "995000.00" });
    expect(report.sangong.budget).toMatchObject({ total: "100000.00", outbound: "20000.00", vehicleSubtotal: "60000.00", vehiclePurchase: "0.00", reception: "20000.00" });
    expect(report.sangong.actual).toMatchObject({ total: "75000.00", vehicleOperation: "50000.00", reception: "15000.00" });
    expect(report.expenditureByFunction[0]?.location.sheet).toBeDefined();
    expect(report.totals).toMatchObject({ income: "3005000.00", expenditure: "3000000.00", grandTotal: "3005000.00" });
    expect(Object.fromEntries(report.incomeBySource.map((s) => [s.key, s.amount]))).toEqual({
      generalBudget: "3000000.00",
      governmentFund: null,
      other: "5000.00",
    });
    expect(report.expenditureByClass.map((c) => [c.code, c.amount])).toEqual([
      ["201", "3000000.00"],
      ["202", null],
      ["208", null],
    ]);
  });
});
