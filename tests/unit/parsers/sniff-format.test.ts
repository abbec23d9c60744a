import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { detectFormat, extensionMismatch, mediaTypeOf, sniffFormat, type TextEncoding } from "@/lib/parsers/detect-format";
import { ParseError } from "@/lib/parsers/errors";
import { parseReport } from "@/lib/parsers/parse-report";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");
const variant = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(FIXTURES, "variants", name)));
/** The reference: the same small report as UTF-8; the other variants are its bytes in other encodings. */
const UTF8 = variant("utf8-statistics-bureau.txt");
const TEXT = new TextDecoder().decode(UTF8);
const PDF = new Uint8Array(readFileSync(path.join(FIXTURES, "shanghai-putuo-shehuigongzuobu-2024.pdf")));

const ENCODED: Array<[string, Uint8Array, TextEncoding]> = [
  ["UTF-8", UTF8, "utf-8"],
  ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...UTF8]), "utf-8"],
  ["GB18030", variant("gb18030-statistics-bureau.txt"), "gb18030"],
  ["UTF-16 LE with BOM", variant("utf16-le-bom-statistics-bureau.txt"), "utf-16le"],
  ["UTF-16 LE without BOM", variant("utf16-le-statistics-bureau.txt"), "utf-16le"],
  ["UTF-16 BE with BOM", variant("utf16-be-bom-statistics-bureau.txt"), "utf-16be"],
  ["UTF-16 BE without BOM", variant("utf16-be-statistics-bureau.txt"), "utf-16be"],
];

function errorOf(run: () => unknown): ParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error("expected a ParseError");
}

describe("one sniffer for import and parser: text in every encoding becomes the same text", () => {
  test.each(ENCODED)("%s", (_name, bytes, encoding) => {
    expect(sniffFormat(bytes, "报告.txt")).toEqual({ format: "text", encoding });
    expect(detectFormat(bytes, "报告.txt")).toEqual({ format: "text", encoding, text: TEXT });
    expect(mediaTypeOf({ format: "text", encoding })).toBe(`text/plain; charset=${encoding}`);
  });

  test.each(ENCODED)("%s parses to the same report", async (_name, bytes) => {
    const report = await parseReport({ bytes, fileName: "报告.txt" });
    expect(report).toMatchObject({ department: "示例市统计局", year: 2024, totals: { income: "5123000.00", expenditure: "5123000.00" } });
  });

  test("a window that ends inside a character still sniffs: only the head is looked at", () => {
    const long = new TextEncoder().encode(`${TEXT}\n`.repeat(200));
    expect(long.length).toBeGreaterThan(64 * 1024);
    expect(sniffFormat(long, "long.txt")).toEqual({ format: "text", encoding: "utf-8" });
  });

  test("text that starts as plain ASCII and turns GB18030 later is decoded as GB18030", () => {
    const gb = variant("gb18030-statistics-bureau.txt");
    const bytes = new Uint8Array([...new TextEncoder().encode("REPORT 2024\n"), ...gb]);
    expect(detectFormat(bytes, "mixed.txt")).toMatchObject({ format: "text", encoding: "gb18030" });
  });
});

describe("what is not text is refused with a clear message", () => {
  test.each([
    ["binary junk", Uint8Array.from({ length: 4096 }, (_, i) => (i * 151 + 7) % 256)],
    ["NULs on both parities", Uint8Array.from({ length: 4096 }, (_, i) => (i % 3 === 0 ? 0 : 0x41 + (i % 26)))],
    ["control characters", new TextEncoder().encode("\u0001\u0002\u0003\u0004财政\u0005\u0006\u0007".repeat(100))],
  ])("%s", (_name, bytes) => {
    const error = errorOf(() => sniffFormat(bytes, "junk.txt"));
    expect(error.code).toBe("binary");
    expect(error.message).toContain("“junk.txt”");
    expect(error.message).toContain("二进制");
  });

  test("a renamed file is refused by the same sniffer", () => {
    expect(extensionMismatch("report.txt", sniffFormat(PDF, "report.txt"))).toBe("文件扩展名为 .txt，但内容是PDF");
    expect(extensionMismatch("report.pdf", sniffFormat(UTF8, "report.pdf"))).toBe("文件扩展名为 .pdf，但内容是文本");
    expect(extensionMismatch("report.txt", sniffFormat(variant("utf16-le-statistics-bureau.txt"), "report.txt"))).toBeNull();
  });
});

describe("PDF polyglots", () => {
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, ...new TextEncoder().encode("payload.txt"), 0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0]);
  const join = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(parts.flatMap((p) => [...p]));
  const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

  test.each([
    ["a ZIP appended after %%EOF", join(PDF, zip)],
    ["a ZIP appended after whitespace", join(PDF, ascii("\r\n\n  "), zip)],
    ["a ZIP with a fake %%EOF after it", join(PDF, zip, ascii("\n%%EOF\n"))],
    ["an HTML page appended", join(PDF, ascii("\n<html><script>alert(1)</script></html>"))],
    ["an executable appended", join(PDF, ascii("\nMZ\u0090\u0000"))],
  ])("%s is refused", (_name, bytes) => {
    const error = errorOf(() => sniffFormat(bytes, "polyglot.pdf"));
    expect(error.code).toBe("unsupported_format");
    expect(error.message).toMatch(/“polyglot\.pdf”在 PDF 结尾标记（%%EOF）之后附加了/);
  });

  test.each([
    ["the PDF as published", PDF],
    ["trailing whitespace", join(PDF, ascii("\n\n \u0000"))],
    ["an incremental update", join(PDF, ascii("\n9 0 obj\n<< /Producer (update) >>\nendobj\nxref\n9 1\n0000000000 65535 f \ntrailer\n<< /Size 10 >>\nstartxref\n123\n%%EOF\n"))],
    ["a trailing comment", join(PDF, ascii("\n%bench 3\n"))],
  ])("%s is allowed", (_name, bytes) => {
    expect(sniffFormat(bytes, "report.pdf")).toEqual({ format: "pdf" });
  });
});
