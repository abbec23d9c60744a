import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import type { DataTable } from "@/lib/data-table";
import { uniqueSheetNames } from "@/lib/export/sheet-names";
import { toXlsx } from "@/lib/export/xlsx";

const expenditure: DataTable = {
  title: "支出决算表",
  period: "2024年度",
  source: "咸宁市人民政府办公室 公开03表 第5页",
  columns: [
    { key: "name", label: "科目名称", kind: "text" },
    { key: "total", label: "合计", kind: "amount" },
    { key: "rate", label: "执行率", kind: "pct" },
    { key: "year", label: "年度", kind: "year" },
  ],
  rows: [
    { name: "一般公共服务支出", total: "29079200.00", rate: "93.1", year: 2024 },
    { name: "=cmd", total: "-125000.00", rate: null, year: "2024" },
  ],
};

const bare: DataTable = { title: "支出决算表", columns: [{ key: "n", label: "人数", kind: "count" }], rows: [{ n: 5 }] };

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

describe("toXlsx", () => {
  test("one sheet per table with unique names, preamble, header with units and numeric cells", async () => {
    const workbook = await load(await toXlsx([expenditure, bare], { generatedAt: new Date("2026-11-27T00:00:00Z") }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["支出决算表", "支出决算表(2)"]);

    const sheet = workbook.getWorksheet("支出决算表")!;
    expect(sheet.getCell("A1").value).toBe("支出决算表");
    expect(sheet.getCell("A2").value).toBe("期间：2024年度");
    expect(sheet.getCell("A3").value).toBe("数据来源：咸宁市人民政府办公室 公开03表 第5页");
    expect(sheet.getRow(4).values).toEqual([undefined, "科目名称", "合计（万元）", "执行率（%）", "年度"]);

    const total = sheet.getCell("B5");
    expect(total.value).toBe(2907.92);
    expect(total.numFmt).toBe("#,##0.00");
    expect(sheet.getCell("C5").value).toBe(93.1);
    expect(sheet.getCell("C5").numFmt).toBe('0.00"%"');
    expect(sheet.getCell("D6").value).toBe(2024);
    expect(sheet.getCell("B6").value).toBe(-12.5);
    expect(sheet.getCell("A6").value).toBe("=cmd");
    expect(sheet.getCell("A6").formula).toBeUndefined();
    expect(sheet.getCell("C6").value).toBeNull();

    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(18);
    expect(workbook.created.toISOString()).toBe("2026-11-27T00:00:00.000Z");
    expect(workbook.creator).toBe("Fiscal Lens 财政决算透视");

    const second = workbook.worksheets[1]!;
    expect(second.getCell("A1").value).toBe("支出决算表");
    expect(second.getRow(2).values).toEqual([undefined, "人数"]);
    expect(second.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
  });

  test("metadata is deterministic without a timestamp", async () => {
    const workbook = await load(await toXlsx([bare]));
    expect(workbook.created.getTime()).toBe(0);
    expect(workbook.modified.getTime()).toBe(0);
  });
});

describe("uniqueSheetNames", () => {
  test.each([
    [["a/b:c*d?e[f]g\\h"], ["a_b_c_d_e_f_g_h"]],
    [["'quoted'"], ["quoted"]],
    [["", "  "], ["Sheet", "Sheet(2)"]],
    [["History"], ["History(2)"]],
    [["Data", "data", "DATA"], ["Data", "data(2)", "DATA(3)"]],
    [["一".repeat(40), "一".repeat(40)], ["一".repeat(31), `${"一".repeat(28)}(2)`]],
  ])("%j → %j", (titles, expected) => {
    expect(uniqueSheetNames(titles)).toEqual(expected);
  });
});
