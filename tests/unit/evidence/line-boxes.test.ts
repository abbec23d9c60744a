import { describe, expect, test } from "vitest";
import type { DocLine } from "@/lib/parsers/document";
import { collectLocatedLines, lineBoxes } from "@/lib/parsers/pdf/line-boxes";

const line = (page: number, n: number, extra: Partial<DocLine> = {}): DocLine => ({
  page,
  line: n,
  text: "合计 307.82",
  cells: [
    { text: "合计", x0: 70, x1: 94 },
    { text: "307.82", x0: 300, x1: 330 },
  ],
  y: 200,
  size: 10,
  ...extra,
});

describe("line boxes", () => {
  test("collects every page:line pair, however deep", () => {
    const located = collectLocatedLines({ a: { location: { page: 3, line: 7 } }, b: [{ location: { page: 5, line: null } }, { page: 9, line: 1 }] });
    expect([...located].sort()).toEqual(["3:7", "9:1"]);
  });

  test("a located line's box spans its cells and its glyph height around the baseline", () => {
    const boxes = lineBoxes([line(3, 7), line(3, 8)], new Set(["3:7"]));
    expect(boxes).toEqual([{ page: 3, line: 7, x0: 70, x1: 330, top: 191, bottom: 202 }]);
  });

  test("lines without glyph positions (text, XLSX) get no box", () => {
    const text: DocLine = { page: 1, line: 2, text: "合计", cells: [{ text: "合计" }] };
    expect(lineBoxes([text], new Set(["1:2"]))).toEqual([]);
  });
});
