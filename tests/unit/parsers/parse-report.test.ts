import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { detectFormat } from "@/lib/parsers/detect-format";
import { isParseError, type ParseErrorCode } from "@/lib/parsers/errors";
import { parseReport, parseText } from "@/lib/parsers/parse-report";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");
const SAMPLE = readFileSync(path.join(FIXTURES, "xianning-zhengfuban-2024.txt"), "utf8");
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

async function errorOf(promise: Promise<unknown>): Promise<{ code: ParseErrorCode; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isParseError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected a ParseError");
}

describe("detectFormat", () => {
  test.each([
    ["%PDF-1.7\n…", "pdf"],
    ["\u0000\u0000junk before the header %PDF-1.4", "pdf"],
    ["PK\u0003\u0004rest of a zip", "xlsx"],
  ])("%j → %s", (text, format) => {
    expect(detectFormat(encode(text), "x").format).toBe(format);
  });

  test("GB18030 text is decoded", () => {
    const bytes = Uint8Array.from(Buffer.from("d2bba1a2cad5c8ebd6a7b3f6bef6cbe3d7dcb1ed20bdf0b6eeb5a5cebba3bacdf2d4aa", "hex"));
    const many = new Uint8Array([...bytes, 0x0a, ...bytes]);
    expect(detectFormat(many, "gbk.txt")).toMatchObject({ format: "text", encoding: "gb18030", text: "一、收入支出决算总表 金额单位：万元\n一、收入支出决算总表 金额单位：万元" });
  });
});

describe("parseReport errors name the file and say what is wrong", () => {
  test.each<[string, Uint8Array, ParseErrorCode]>([
    ["empty", new Uint8Array(0), "empty"],
    ["whitespace only", encode(" \n\t\n"), "empty"],
    ["binary junk", Uint8Array.from({ length: 512 }, (_, i) => (i * 151 + 7) % 256), "binary"],
    ["old Office binary", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), "unsupported_format"],
    ["English text", encode("This is a perfectly ordinary English letter about nothing in particular.\n".repeat(20)), "unrelated"],
    ["Chinese text about something else", encode("今天天气很好，我们一起去公园散步，看见湖边的柳树发了新芽。\n".repeat(20)), "unrelated"],
  ])("%s", async (_name, bytes, code) => {
    const error = await errorOf(parseReport({ bytes, fileName: "报告.txt" }));
    expect(error.code).toBe(code);
    expect(error.message).toContain("报告.txt");
  });

  test("too large is refused before reading", async () => {
    const error = await errorOf(parseReport({ bytes: encode(SAMPLE), fileName: "big.txt" }, { maxBytes: 1000 }));
    expect(error).toMatchObject({ code: "too_large" });
    expect(error.message).toMatch(/big\.txt.*超过上限/);
  });

  test.each([
    ["a PDF header with nothing behind it", encode("%PDF-1.7\n%%EOF garbage")],
    ["a zip header with nothing behind it", encode("PK\u0003\u0004 not really a workbook")],
  ])("%s ends in a ParseError", async (_name, bytes) => {
    const error = await errorOf(parseReport({ bytes, fileName: "broken" }));
    expect(error.message.length).toBeGreaterThan(0);
  });
});

describe("parseReport on real inputs", () => {
  test("text: findings come from the validator", async () => {
    const report = await parseText(SAMPLE, "xianning.txt");
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => typeof f.rule === "string")).toBe(true);
  });

  test("the Shanghai PDF goes through the same recogniser", async () => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, "shanghai-putuo-shehuigongzuobu-2024.pdf")));
    const report = await parseReport({ bytes, fileName: "shanghai.pdf" });
    expect(report).toMatchObject({ format: "pdf", department: "中共上海市普陀区委社会工作部", year: 2024, sourceUnit: "万元" });
    expect(report.totals).toMatchObject({ income: "3078200.00", expenditure: "3078200.00", basicExpenditure: "1055800.00", projectExpenditure: "2022400.00" });
    const gpb = Object.fromEntries(report.gpbExpenditureByFunction.map((r) => [r.code, r]));
    expect(gpb["201"]).toMatchObject({ name: "一般公共服务支出", total: "2648700.00", basic: "626300.00", project: "2022400.00" });
    expect(gpb["2080505"]).toMatchObject({ name: "机关事业单位基本养老保险缴费支出", basic: "61800.00", project: null });
    expect(report.fiscalAppropriation).toMatchObject({ generalBudget: "3078200.00", total: "3078200.00" });
    expect(report.economic).toMatchObject({ personnel: "953600.00", publicUse: "102300.00" });
    // "本年度没有财政拨款“三公”经费支出，故本表无数据": 0 stated in words, not a missing figure.
    expect(report.sangong.actual.total).toBe("0.00");
    expect(report.governmentFundTable.empty).toBe(true);
    expect(report.unread.filter((u) => u.section.startsWith("公开"))).toEqual([]);
  });
});
