import { describe, expect, test } from "vitest";
import { ParseError } from "@/lib/parsers/errors";
import { readPdfDocument } from "@/lib/parsers/pdf/read-pdf";
import { buildPdf, cjkTextAt, textAt } from "./minimal-pdf";

async function failure(bytes: Uint8Array): Promise<ParseError> {
  try {
    await readPdfDocument(bytes, { fileName: "样本.pdf" });
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error("expected a ParseError");
}

/** Deterministic bytes: a linear congruential generator, so the "random" file is the same on every run. */
function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i += 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    bytes[i] = state % 256;
  }
  return bytes;
}

describe("hand-built PDFs that cannot be read", () => {
  test("pages with drawings but no text operators need OCR", async () => {
    const bytes = buildPdf([{ content: "0 0 m 500 700 l S" }, { content: "10 10 200 300 re f" }]);
    const error = await failure(bytes);
    expect(error.code).toBe("needs_ocr");
    expect(error.message).toBe("文件“样本.pdf”共 2 页，均未包含可识别的文字层（可能为扫描件），需要先进行 OCR");
    expect(error.details).toMatchObject({ file: "样本.pdf", page: 1 });
  });

  test("a text layer whose fonts decode to private-use noise needs OCR too", async () => {
    const content = [textAt(72, 700, "Income 307.82", 10, "F3"), textAt(72, 680, "ok")].join("\n");
    const error = await failure(buildPdf([{ content }]));
    expect(error.code).toBe("needs_ocr");
    expect(error.message).toContain("文字层无法解码");
  });

  test("a %PDF- header followed by noise is corrupt", async () => {
    const header = new TextEncoder().encode("%PDF-1.7\n");
    const bytes = new Uint8Array([...header, ...pseudoRandomBytes(4096, 20_241_231)]);
    const error = await failure(bytes);
    expect(error.code).toBe("corrupt");
    expect(error.message).toContain("样本.pdf");
  });

  test("a file encrypted with an unknown user password is encrypted", async () => {
    // Standard security handler, RC4 40-bit: /O and /U that match no password, so pdfjs asks for one.
    const encrypt = `/Filter /Standard /V 1 /R 2 /O <${"3c".repeat(32)}> /U <${"a5".repeat(32)}> /P -3904`;
    const bytes = buildPdf([{ content: textAt(72, 700, "secret") }], { encrypt });
    const error = await failure(bytes);
    expect(error.code).toBe("encrypted");
    expect(error.message).toContain("样本.pdf");
    expect(error.message).toContain("加密");
  });
});

describe("hand-built PDFs that read", () => {
  test("columns far apart become cells; words of one phrase stay together", async () => {
    const content = [
      textAt(72, 700, "Total"),
      textAt(102, 700, "expenditure"),
      textAt(300, 700, "307.82"),
      textAt(400, 700, "105.58"),
      textAt(72, 680, "Next row"),
    ].join("\n");
    const doc = await readPdfDocument(buildPdf([{ content }]));
    expect(doc.pageCount).toBe(1);
    expect(doc.lines.map((line) => line.text)).toEqual(["Total expenditure 307.82 105.58", "Next row"]);
    expect(doc.lines[0]?.cells).toEqual([
      { text: "Total expenditure", x0: 72, x1: expect.any(Number) },
      { text: "307.82", x0: 300, x1: expect.any(Number) },
      { text: "105.58", x0: 400, x1: expect.any(Number) },
    ]);
    expect(doc.lines[0]).toMatchObject({ page: 1, line: 1, y: 142 });
  });

  test("a little undecodable text among readable text is kept, not refused", async () => {
    const content = [textAt(72, 700, "x", 10, "F3"), textAt(72, 680, "readable body text")].join("\n");
    const doc = await readPdfDocument(buildPdf([{ content }]));
    expect(doc.lines.map((line) => line.text)).toContain("readable body text");
  });

  test("non-embedded Chinese fonts decode through the packaged CMaps; split runs join without a space", async () => {
    const content = [cjkTextAt(72, 700, "一般公共服务"), cjkTextAt(132, 700, "支出"), textAt(300, 700, "264.87")].join("\n");
    const doc = await readPdfDocument(buildPdf([{ content }]));
    expect(doc.lines.map((line) => line.cells.map((cell) => cell.text))).toEqual([["一般公共服务支出", "264.87"]]);
  });

  test("a /Rotate 90 page is read the right way up; text at an angle to it is skipped", async () => {
    const upright = "BT /F1 10 Tf 0 1 -1 0 300 100 Tm (Landscape table) Tj ET";
    const sideways = textAt(72, 700, "watermark");
    const doc = await readPdfDocument(buildPdf([{ content: `${upright}\n${sideways}`, rotate: 90 }]));
    expect(doc.lines.map((line) => line.text)).toEqual(["Landscape table"]);
  });

  test("a table drawn sideways on a portrait sheet (no /Rotate) is read upright", async () => {
    const up = (x: number, y: number, text: string) => `BT /F1 10 Tf 0 1 -1 0 ${x} ${y} Tm (${text}) Tj ET`;
    const content = [up(60, 100, "Total"), up(60, 300, "307.82"), up(80, 100, "201"), up(80, 300, "264.87")].join("\n");
    const doc = await readPdfDocument(buildPdf([{ content }]));
    expect(doc.lines.map((line) => line.text)).toEqual(["Total 307.82", "201 264.87"]);
  });

  test("page numbers and a running header repeated on every page are dropped, body lines kept", async () => {
    const pages = [1, 2, 3].map((n) => ({
      content: [
        textAt(72, 820, `Putuo 2024 final accounts`),
        textAt(72, 700, `Body line ${n}`),
        textAt(72, 400, "Repeated table header"),
        textAt(290, 20, `- ${n} -`),
      ].join("\n"),
    }));
    const doc = await readPdfDocument(buildPdf(pages));
    expect(doc.lines.map((line) => `${line.page}:${line.line} ${line.text}`)).toEqual([
      "1:2 Body line 1",
      "1:3 Repeated table header",
      "2:2 Body line 2",
      "2:3 Repeated table header",
      "3:2 Body line 3",
      "3:3 Repeated table header",
    ]);
  });
});
