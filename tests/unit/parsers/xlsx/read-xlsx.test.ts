import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import { isParseError } from "@/lib/parsers/errors";
import { readXlsxDocument } from "@/lib/parsers/xlsx/read-xlsx";
import { flattenCellText, numberText, plainNumber } from "@/lib/parsers/xlsx/cell-text";

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A 05-style sheet: title, unit row, a header merged over three columns, money, a blank, formulas. */
async function sampleWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("公开05表");
  sheet.getCell("A1").value = "一般公共预算财政拨款支出决算表";
  sheet.mergeCells("A1:E1");
  sheet.getCell("A2").value = "部门：示例市统计局";
  sheet.getCell("E2").value = "金额单位：万元";
  sheet.getCell("A3").value = "项目";
  sheet.mergeCells("A3:B3");
  sheet.getCell("C3").value = "本年支出";
  sheet.mergeCells("C3:E3");
  sheet.getRow(4).values = ["科目代码", "科目名称", "小计", "基本支出", "项目支出"];
  sheet.getRow(6).values = ["201", "一般公共服务支出", 2907.92, 2416.49];
  sheet.getCell("C6").numFmt = "#,##0.00";
  sheet.getCell("E6").value = { formula: "C6-D6", result: 491.43 };
  sheet.getCell("E6").numFmt = "#,##0.00";
  sheet.getRow(7).values = ["2010301", "行政运行", 0.1 + 0.2, "  "];
  sheet.getCell("E7").value = { formula: "C7*2" };
  sheet.getRow(8).values = ["合计", { richText: [{ text: "1,23" }, { text: "4.50" }] }];
  sheet.getCell("C8").value = 0.9681;
  sheet.getCell("C8").numFmt = "0.00%";
  const untitled = workbook.addWorksheet("公开09表");
  untitled.getRow(1).values = [71.5, 20, 48];
  return bytesOf(workbook);
}

describe("readXlsxDocument", () => {
  test("sheets become pages, rows lines, cells carry their column span", async () => {
    const doc = await readXlsxDocument(await sampleWorkbook(), { fileName: "t.xlsx" });
    expect(doc.format).toBe("xlsx");
    expect(doc.pageCount).toBe(2);
    const first = doc.lines.filter((l) => l.page === 1);
    expect(first.map((l) => l.line)).toEqual([1, 2, 3, 4, 6, 7, 8]);
    expect(first[0]?.cells).toEqual([{ text: "一般公共预算财政拨款支出决算表", x0: 1, x1: 5 }]);
    expect(first[2]?.cells).toEqual([
      { text: "项目", x0: 1, x1: 2 },
      { text: "本年支出", x0: 3, x1: 5 },
    ]);
    expect(first.every((l) => l.sheet === "公开05表")).toBe(true);
  });

  test.each([
    [6, ["201", "一般公共服务支出", "2907.92", "2416.49", "491.43"]],
    [7, ["2010301", "行政运行", "0.3"]],
    [8, ["合计", "1,234.50", "96.81%"]],
  ])("row %i reads %j: money at 2 decimals, no float noise, blanks dropped, formulas by cached result", async (row, texts) => {
    const doc = await readXlsxDocument(await sampleWorkbook());
    const line = doc.lines.find((l) => l.page === 1 && l.line === row);
    expect(line?.cells.map((c) => c.text)).toEqual(texts);
    expect(line?.text).toBe(texts.join(" "));
  });

  test("a formula without a cached result is left blank and reported", async () => {
    const doc = await readXlsxDocument(await sampleWorkbook());
    expect(doc.unread).toHaveLength(1);
    expect(doc.unread[0]?.reason).toContain("E7");
    expect(doc.unread[0]?.location).toMatchObject({ page: 1, line: 7, sheet: "公开05表" });
  });

  test("a sheet without a title row gets its name as the first line", async () => {
    const doc = await readXlsxDocument(await sampleWorkbook());
    const second = doc.lines.filter((l) => l.page === 2);
    expect(second.map((l) => l.text)).toEqual(["公开09表", "71.5 20 48"]);
  });

  test.each([
    ["corrupt", new TextEncoder().encode("PK\u0003\u0004 this is not a workbook"), "损坏.xlsx"],
    ["corrupt", new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]), "report.pdf"],
    ["empty", new Uint8Array(0), "空.xlsx"],
    ["unsupported_format", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "旧表.xls"],
  ])("bad input throws ParseError %s naming the file", async (code, bytes, fileName) => {
    const error = await readXlsxDocument(bytes, { fileName }).catch((e: unknown) => e);
    expect(isParseError(error)).toBe(true);
    if (!isParseError(error)) return;
    expect(error.code).toBe(code);
    expect(error.message).toContain(fileName);
    expect(error.details.file).toBe(fileName);
  });
});

describe("cell number text", () => {
  test.each([
    [0.1 + 0.2, undefined, "0.3"],
    [2907.92, "#,##0.00", "2907.92"],
    [2907.4, "#,##0.00", "2907.40"],
    [1e-7, undefined, "0.0000001"],
    [123456789012, undefined, "123456789012"],
    [0.5, "0%", "50%"],
    [-3.456, "0.0", "-3.5"],
  ])("%d with format %s reads %s", (value, format, text) => {
    expect(numberText(value, format)).toBe(text);
  });

  test("plainNumber never uses exponent notation", () => {
    expect(plainNumber(1e21)).toBe("1000000000000000000000");
  });
});

describe("cell text flattening", () => {
  test.each([
    ["本年收入\n合计", "本年收入合计"],
    ["因公出国\r\n（境）费", "因公出国（境）费"],
    ["2024 年度\nFiscal", "2024 年度 Fiscal"],
    ["  行政运行  ", "行政运行"],
  ])("%j reads as %j", (raw, flat) => {
    expect(flattenCellText(raw)).toBe(flat);
  });
});
