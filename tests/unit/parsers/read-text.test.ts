import { describe, expect, test } from "vitest";
import { readTextDocument } from "@/lib/parsers/text/read-text";

describe("readTextDocument", () => {
  test("keeps the source's 1-based line numbers and drops blank lines", () => {
    const doc = readTextDocument("第一行\n\n第三行 2,907.92 0.53\n");
    expect(doc.lines.map((l) => [l.line, l.text])).toEqual([
      [1, "第一行"],
      [3, "第三行 2,907.92 0.53"],
    ]);
    expect(doc.lines[1]?.cells.map((c) => c.text)).toEqual(["第三行", "2,907.92", "0.53"]);
  });

  test.each([
    ["a single leading space", "甲\n 乙\n丙", [1, 2, 2]],
    ["a form feed", "甲\f乙\n丙", [1, 2, 2]],
    ["a page-number line, which is dropped", "甲\n- 5 -\n\n乙", [1, 2]],
    ["two leading spaces are indentation, not a page", "甲\n  乙", [1, 1]],
  ])("pages break on %s", (_name, text, pages) => {
    expect(readTextDocument(text).lines.map((l) => l.page)).toEqual(pages);
  });

  test("page count and format", () => {
    expect(readTextDocument("甲\f乙\f丙")).toMatchObject({ format: "text", pageCount: 3 });
    expect(readTextDocument("")).toMatchObject({ pageCount: 0, lines: [] });
  });

  test("full-width spaces and CRLF split cells and lines", () => {
    const doc = readTextDocument("合计\u30002,907.92\r\n总计 1.00");
    expect(doc.lines.map((l) => l.cells.map((c) => c.text))).toEqual([["合计", "2,907.92"], ["总计", "1.00"]]);
  });
});
