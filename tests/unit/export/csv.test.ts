import { describe, expect, test } from "vitest";
import type { DataTable } from "@/lib/data-table";
import { neutraliseFormula, quoteField, toCsv } from "@/lib/export/csv";

const table: DataTable = {
  title: "支出决算表",
  period: "2024年度",
  source: "咸宁市人民政府办公室 公开03表",
  columns: [
    { key: "code", label: "科目编码", kind: "text" },
    { key: "name", label: "科目名称", kind: "text" },
    { key: "total", label: "合计", kind: "amount" },
    { key: "rate", label: "执行率", kind: "pct" },
    { key: "staff", label: "人数", kind: "count" },
  ],
  rows: [
    { code: "201", name: "一般公共服务支出", total: "29079200.00", rate: "93.1", staff: 42 },
    { code: "2010301", name: "行政运行, 含\"机关\"", total: "-125000.00", rate: null, staff: null },
    { code: "=1+1", name: "-cmd", total: "12345.67", rate: "100", staff: 0 },
    { code: "@SUM(A1)", name: "line\nbreak", total: "—", rate: "", staff: 3 },
  ],
};

describe("toCsv", () => {
  const csv = toCsv(table);
  const lines = csv.slice(1).split("\r\n");

  test("starts with a BOM, ends with CRLF and uses CRLF between lines", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(lines).toHaveLength(table.rows.length + 2);
  });

  test("header carries units", () => {
    expect(lines[0]).toBe("科目编码,科目名称,合计（万元）,执行率（%）,人数");
  });

  test.each([
    [1, '201,一般公共服务支出,2907.92,93.10,42'],
    [2, '2010301,"行政运行, 含""机关""",-12.50,,'],
    [3, "'=1+1,'-cmd,1.234567,100.00,0"],
  ])("row %i", (index, expected) => {
    expect(lines[index]).toBe(expected);
  });

  test("quoted multi-line text and a non-numeric amount survive as text", () => {
    expect(csv).toContain("'@SUM(A1),\"line\nbreak\",—,,3\r\n");
  });
});

describe("formula neutralising and quoting", () => {
  test.each([
    ["=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"],
    ["+86", "'+86"],
    ["-3", "'-3"],
    ["@cmd", "'@cmd"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["正常文本", "正常文本"],
    ["a=b", "a=b"],
  ])("%j → %j", (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  test.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["a\r\nb", '"a\r\nb"'],
    [" padded", '" padded"'],
  ])("quoteField(%j) = %j", (input, expected) => {
    expect(quoteField(input)).toBe(expected);
  });
});
