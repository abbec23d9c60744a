import ExcelJS from "exceljs";
import { expect, test } from "vitest";
import { parseReport } from "@/lib/parsers/parse-report";

test("what the XLSX reader could not read (a formula without a cached result) reaches the report's unread list", async () => {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("公开01表");
  sheet.addRow(["示例市测试局 2024 年度部门决算"]);
  sheet.addRow(["收入支出决算总表"]);
  sheet.addRow(["部门：示例市测试局", "", "", "金额单位：万元"]);
  sheet.addRow(["项目", "行次", "金额", "项目", "行次", "金额"]);
  sheet.addRow(["一、一般公共预算财政拨款收入", 1, 100, "一、一般公共服务支出", 31, 100]);
  const row = sheet.addRow(["本年收入合计", 27, null, "本年支出合计", 57, 100]);
  row.getCell(3).value = { formula: "C5", date1904: false } as ExcelJS.CellFormulaValue;
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const report = await parseReport({ bytes, fileName: "formula.xlsx" });
  expect(report.unread.some((u) => /公式|缓存|计算结果/.test(u.reason))).toBe(true);
  expect(report.totals.income).toBeNull();
});
