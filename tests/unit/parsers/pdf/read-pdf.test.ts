import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import type { DocCell, DocLine, SourceDoc } from "@/lib/parsers/document";
import { ParseError } from "@/lib/parsers/errors";
import { readPdfDocument } from "@/lib/parsers/pdf/read-pdf";

const SAMPLE = path.resolve(import.meta.dirname, "../../../fixtures/shanghai-putuo-shehuigongzuobu-2024.pdf");

function readSample(): Uint8Array {
  return new Uint8Array(readFileSync(SAMPLE));
}

function cellTexts(line: DocLine | undefined): string[] {
  return line?.cells.map((cell) => cell.text) ?? [];
}

function lineStarting(doc: SourceDoc, page: number, first: string): DocLine | undefined {
  return doc.lines.find((line) => line.page === page && line.cells[0]?.text === first);
}

function headerCell(doc: SourceDoc, page: number, label: string): DocCell {
  const cell = doc.lines.filter((line) => line.page === page).flatMap((line) => line.cells).find((c) => c.text === label);
  if (!cell) throw new Error(`no header ${label} on page ${page}`);
  return cell;
}

/** A number sits under a header when their horizontal extents overlap. */
function under(cell: DocCell | undefined, header: DocCell): boolean {
  if (!cell || cell.x0 === undefined || cell.x1 === undefined) return false;
  return cell.x0 < (header.x1 ?? 0) && cell.x1 > (header.x0 ?? 0);
}

describe("readPdfDocument on the Shanghai Putuo 2024 report", () => {
  let doc: SourceDoc;
  let bytes: Uint8Array;

  beforeAll(async () => {
    bytes = readSample();
    doc = await readPdfDocument(bytes, { fileName: "shanghai-putuo-shehuigongzuobu-2024.pdf" });
  });

  test("keeps the page count and numbers lines top to bottom on each page", () => {
    expect(doc.format).toBe("pdf");
    expect(doc.pageCount).toBe(24);
    expect(new Set(doc.lines.map((line) => line.page)).size).toBe(24);
    for (let i = 1; i < doc.lines.length; i += 1) {
      const [before, after] = [doc.lines[i - 1], doc.lines[i]];
      if (!before || !after) continue;
      if (before.page === after.page) {
        expect(after.line).toBeGreaterThan(before.line);
        expect(after.y ?? 0).toBeGreaterThan(before.y ?? 0);
      } else {
        expect(after.page).toBeGreaterThan(before.page);
      }
    }
  });

  test("leaves the caller's buffer intact (pdfjs gets a copy)", () => {
    expect(bytes.byteLength).toBe(readFileSync(SAMPLE).byteLength);
    expect(bytes[0]).toBe(0x25);
  });

  test("支出决算表 2013999: the two 202.24 land under 本年支出合计 and 项目支出, nothing under 基本支出", () => {
    const row = lineStarting(doc, 8, "2013999");
    expect(row).toMatchObject({ page: 8, line: 13, text: "2013999 其他社会工作事务支出 202.24 202.24" });
    expect(cellTexts(row)).toEqual(["2013999", "其他社会工作事务支出", "202.24", "202.24"]);
    const total = headerCell(doc, 8, "本年支出合计");
    const basic = headerCell(doc, 8, "基本支出");
    const project = headerCell(doc, 8, "项目支出");
    const [, , first, second] = row?.cells ?? [];
    expect(under(first, total)).toBe(true);
    expect(under(second, project)).toBe(true);
    expect(row?.cells.some((cell) => under(cell, basic))).toBe(false);
  });

  test.each([
    [5, 6, ["一、一般公共预算财政拨款收入", "307.82", "一、一般公共服务支出", "264.87"]],
    [5, 32, ["本年收入合计", "307.82", "本年支出合计", "307.82"]],
    [6, 8, ["合计", "307.82", "307.82"]],
    [7, 5, ["2210201", "住房公积金", "17.70", "17.70"]],
    [8, 8, ["合计", "307.82", "105.58", "202.24"]],
    [9, 5, ["2210201", "住房公积金", "17.70", "17.70"]],
    [11, 12, ["本年收入合计", "307.82", "本年支出合计", "307.82", "307.82"]],
    [12, 39, ["合计", "307.82", "105.58", "202.24"]],
    [13, 6, ["301", "工资福利支出", "95.36", "302", "商品和服务支出", "10.23"]],
    [13, 54, ["人员经费合计", "95.36", "公用经费合计", "10.23"]],
  ])("page %i line %i reads as its printed cells", (page, line, cells) => {
    const found = doc.lines.find((candidate) => candidate.page === page && candidate.line === line);
    expect(cellTexts(found)).toEqual(cells);
  });

  test("a name wrapped inside its cell stays on its own rows around the amounts", () => {
    const amounts = lineStarting(doc, 8, "2080505");
    expect(cellTexts(amounts)).toEqual(["2080505", "6.18", "6.18"]);
    const index = doc.lines.indexOf(amounts as DocLine);
    expect(doc.lines[index - 1]?.text).toBe("机关事业单位基本养老保");
    expect(doc.lines[index + 1]?.text).toBe("险缴费支出");
  });

  test("letter-spaced CJK cells lose the spaces; runs split by pdfjs stay one cell", () => {
    const texts = doc.lines.filter((line) => line.page === 12 || line.page === 13).map((line) => line.text);
    expect(texts).toContain("行政事业单位");
    expect(texts).not.toContain("行 政 事 业 单 位");
    expect(doc.lines.find((line) => line.page === 13 && line.text.startsWith("信息"))?.cells).toHaveLength(1);
    expect(doc.lines.find((line) => line.page === 13 && line.text.startsWith("信息"))?.text).toBe("信息网络及软件购置");
  });

  test("narrative lines are one cell each, with their full stop", () => {
    const line = doc.lines.find((candidate) => candidate.text.startsWith("1、一般公共服务支出"));
    expect(line).toMatchObject({ page: 18, cells: [{ text: "1、一般公共服务支出（类）社会工作事务（款）行政运行（项）。" }] });
    expect(doc.lines.some((candidate) => candidate.text === "本年支出合计 307.82 万元，其中：基本支出 105.58 万元，占")).toBe(
      true,
    );
  });

  test("can be read twice from the same bytes", async () => {
    const again = await readPdfDocument(bytes);
    expect(again.lines).toEqual(doc.lines);
  });
});

describe("readPdfDocument refuses what it cannot read, with a typed error", () => {
  async function failure(bytes: Uint8Array, opts: Parameters<typeof readPdfDocument>[1] = {}): Promise<ParseError> {
    try {
      await readPdfDocument(bytes, { fileName: "坏文件.pdf", ...opts });
    } catch (error) {
      if (error instanceof ParseError) return error;
      throw error;
    }
    throw new Error("expected a ParseError");
  }

  test.each([
    ["a truncated half", 0.5],
    ["a copy missing its last bytes", 0.98],
    ["only the first bytes", 0.02],
  ])("%s of the sample is corrupt", async (_label, share) => {
    const sample = readSample();
    const error = await failure(sample.slice(0, Math.floor(sample.length * share)));
    expect(error.code).toBe("corrupt");
    expect(error.message).toContain("坏文件.pdf");
    expect(error.message).toContain("损坏");
  });

  test("too many pages is too_large, naming the count and the limit", async () => {
    const error = await failure(readSample(), { maxPages: 10 });
    expect(error.code).toBe("too_large");
    expect(error.message).toContain("24 页");
    expect(error.message).toContain("10 页");
  });

  test("a spent time budget is timeout", async () => {
    const error = await failure(readSample(), { timeoutMs: 0 });
    expect(error.code).toBe("timeout");
    expect(error.message).toContain("坏文件.pdf");
    expect(error.message).toContain("超时");
  });

  test.each([
    ["no bytes", new Uint8Array(), "empty"],
    ["plain text", new TextEncoder().encode("收入支出决算总表 307.82"), "unsupported_format"],
  ])("%s is %s", async (_label, bytes, code) => {
    expect((await failure(bytes)).code).toBe(code);
  });
});
