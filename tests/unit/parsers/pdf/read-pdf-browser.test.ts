import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import type { DocCell, SourceDoc } from "@/lib/parsers/document";
import { readPdfDocument } from "@/lib/parsers/pdf/read-pdf";

/** Made by fixtures/make-browser-report.mjs: Chromium, embedded Noto CJK subset, running header and page footer. */
const FIXTURE = path.resolve(import.meta.dirname, "fixtures/browser-report.pdf");

function overlaps(cell: DocCell | undefined, header: DocCell | undefined): boolean {
  if (cell?.x0 === undefined || cell.x1 === undefined || header?.x0 === undefined || header.x1 === undefined) return false;
  return cell.x0 < header.x1 && cell.x1 > header.x0;
}

describe("readPdfDocument on a browser-printed report (second PDF producer)", () => {
  let doc: SourceDoc;

  beforeAll(async () => {
    doc = await readPdfDocument(new Uint8Array(readFileSync(FIXTURE)), { fileName: "browser-report.pdf" });
  });

  test("drops the running header and the 第 N 页 共 M 页 footer on every page, keeps every body line", () => {
    expect(doc.pageCount).toBe(4);
    expect(doc.lines.some((line) => line.text.includes("年度部门决算"))).toBe(false);
    expect(doc.lines.some((line) => /页/u.test(line.text))).toBe(false);
    const paragraphs = doc.lines.filter((line) => /^第\d+段/u.test(line.text));
    expect(paragraphs.map((line) => line.text.match(/^第(\d+)段/u)?.[1])).toEqual(
      Array.from({ length: 100 }, (_, i) => String(i + 1)),
    );
  });

  test("radical code points from the embedded CJK font read as the ideographs they show", () => {
    expect(doc.lines.find((line) => line.text.startsWith("第1段"))?.text).toBe(
      "第1段：本部门严格执行预算，支出决算为 3.25 万元。",
    );
  });

  test("table rows: codes, names and amounts as cells, blanks absent, amounts under their headers", () => {
    const header = doc.lines.find((line) => line.text.startsWith("科目编码"));
    expect(header?.cells.map((cell) => cell.text)).toEqual(["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"]);
    const row = (code: string) => doc.lines.find((line) => line.cells[0]?.text === code);
    expect(row("20103")?.cells.map((cell) => cell.text)).toEqual([
      "20103",
      "政府办公厅（室）及相关机构事务",
      "1,234.56",
      "1,000.00",
      "234.56",
    ]);
    const operating = row("2010350");
    expect(operating?.cells.map((cell) => cell.text)).toEqual(["2010350", "事业运行", "234.56", "234.56"]);
    const [, total, basic, project] = header?.cells.slice(1) ?? [];
    expect(overlaps(operating?.cells[2], total)).toBe(true);
    expect(overlaps(operating?.cells[3], project)).toBe(true);
    expect(operating?.cells.some((cell) => overlaps(cell, basic))).toBe(false);
  });
});
