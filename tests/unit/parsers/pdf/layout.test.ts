import { describe, expect, test } from "vitest";
import { buildPageRows, type PlacedText } from "@/lib/parsers/pdf/build-rows";
import { normalizeGlyphs, placeTextItems } from "@/lib/parsers/pdf/place-text";
import { dropRunningLines, isPageNumber, type PageLayout } from "@/lib/parsers/pdf/running-lines";

function run(text: string, x: number, y: number, width: number, fontSize = 10): PlacedText {
  return { text, x, y, width, fontSize };
}

describe("buildPageRows", () => {
  test("groups runs by baseline within half a line and orders rows top to bottom", () => {
    const rows = buildPageRows([
      run("10.82", 312, 242.33, 23.46),
      run("208", 76.68, 242.45, 15.66),
      run("合计", 167, 218.81, 20),
      run("支出", 132, 249.6, 20),
    ]);
    expect(rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([["合计"], ["208", "10.82"], ["支出"]]);
    expect(rows.map((row) => row.y)).toEqual([218.81, 242.33, 249.6]);
  });

  test.each([
    ["CJK runs that touch", [run("一般公共", 100, 50, 40), run("服务支出", 140, 50, 40)], ["一般公共服务支出"]],
    ["CJK runs a little apart", [run("信息", 100, 50, 20), run("网络", 125, 50, 20)], ["信息网络"]],
    ["words with a space-wide gap", [run("Total", 100, 50, 25), run("cost", 128, 50, 20)], ["Total cost"]],
    ["a number and 万元", [run("307.82", 100, 50, 28), run("万元", 131, 50, 20)], ["307.82 万元"]],
    ["columns a gap wider than a character apart", [run("307.82", 100, 50, 28), run("105.58", 140, 50, 28)], ["307.82", "105.58"]],
    ["two figures a narrow gap apart", [run("1,234.56", 100, 50, 36), run("1,000.00", 140, 50, 36)], ["1,234.56", "1,000.00"]],
    ["a row drawn as one spaced run", [run("201  一般公共服务支出  264.87 264.87", 70, 50, 230)], ["201", "一般公共服务支出", "264.87", "264.87"]],
    ["narrative with single spaces stays whole", [run("支出决算为 51.32 万元，增长 2.5%", 70, 50, 160)], ["支出决算为 51.32 万元，增长 2.5%"]],
    ["letter-spaced CJK", [run("行 政 事 业 单 位", 100, 50, 70)], ["行政事业单位"]],
    ["whitespace-only runs with bogus widths", [run("合计", 100, 50, 20), run(" ", 120, 50, 2400), run("9.1", 300, 50, 14)], ["合计", "9.1"]],
  ])("%s", (_label, items, cells) => {
    const rows = buildPageRows(items);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.cells.map((cell) => cell.text)).toEqual(cells);
  });

  test("a run printed twice a fraction of a point apart (fake bold) is read once", () => {
    const rows = buildPageRows([
      run("收入决算表", 394.68, 101.45, 52.45),
      run("收入决算表", 394.98, 101.2, 52.45),
      run("合计", 167, 130, 20),
      run("合计", 400, 130, 20),
    ]);
    expect(rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([["收入决算表"], ["合计", "合计"]]);
  });

  test("pieces cut from a spaced run are placed by their share of its width", () => {
    const [row] = buildPageRows([run("合计  307.82", 100, 50, 70)]);
    // 合计 = 2 full-width characters (20 units), two spaces (10), 307.82 = six half-width (30): 60 units over 70 pt.
    expect(row?.cells.map((cell) => [cell.text, cell.x0, cell.x1])).toEqual([
      ["合计", 100, 123.33],
      ["307.82", 135, 170],
    ]);
  });

  test("cell extents are the runs' left edge and right edge, in points", () => {
    const [row] = buildPageRows([run("202.24", 307.2, 325, 30.24), run("202.24", 472.2, 325, 28.74)]);
    expect(row?.cells).toEqual([
      { text: "202.24", x0: 307.2, x1: 337.44 },
      { text: "202.24", x0: 472.2, x1: 500.94 },
    ]);
  });
});

describe("placeTextItems", () => {
  const portrait = { transform: [1, 0, 0, -1, 0, 842], width: 595, height: 842 };

  test("turns PDF user space (y up) into top-down page coordinates", () => {
    const page = placeTextItems([{ str: "合计", transform: [10.45, 0, 0, 10.45, 167.64, 623.5], width: 20.9 }], portrait);
    expect(page.height).toBe(842);
    expect(page.items[0]).toMatchObject({ text: "合计", x: 167.64, width: 20.9, fontSize: 10.45 });
    expect(page.items[0]?.y).toBeCloseTo(218.5, 6);
  });

  test("drops empty runs, runs at an angle to the page's text and malformed matrices", () => {
    const page = placeTextItems(
      [
        { str: "  ", transform: [10, 0, 0, 10, 0, 0], width: 5 },
        { str: "水印", transform: [7, 7, -7, 7, 100, 100], width: 20 },
        { str: "侧注", transform: [0, 10, -10, 0, 580, 100], width: 20 },
        { str: "坏", transform: [10, 0, 0], width: 5 },
        { str: "正文内容", transform: [10, 0, 0, 10, 50, 50], width: 40 },
      ],
      portrait,
    );
    expect(page.items.map((item) => item.text)).toEqual(["正文内容"]);
  });

  test("a table printed sideways on a portrait sheet is read upright, in the turned page's frame", () => {
    // Text running up the sheet (rotated 90° counter-clockwise in PDF space): the first printed row is at the left.
    const sideways = (str: string, left: number, bottom: number) => ({
      str,
      transform: [0, 10, -10, 0, left, bottom],
      width: 10 * str.length,
    });
    const page = placeTextItems(
      [sideways("合计", 60, 100), sideways("307.82", 60, 300), sideways("201", 80, 100), sideways("页脚", 500, 20)],
      portrait,
    );
    expect(page.height).toBe(595);
    const rows = buildPageRows(page.items).map((row) => row.cells.map((cell) => cell.text));
    expect(rows).toEqual([["合计", "307.82"], ["201"], ["页脚"]]);
  });

  test.each([
    ["⼈员经费", "人员经费"],
    ["⽀出", "支出"],
    ["某某部⻔决算，第 2 ⻚", "某某部门决算，第 2 页"],
    ["⻓期⻜⻢⻛险", "长期飞马风险"],
    ["因公出国（境）费", "因公出国（境）费"],
  ])("normalizeGlyphs(%s) = %s", (input, expected) => {
    expect(normalizeGlyphs(input)).toBe(expected);
  });
});

describe("running headers, footers and page numbers", () => {
  test.each([
    ["- 5 -", true],
    ["— 12 —", true],
    ["第 5 页", true],
    ["第5页 共24页", true],
    ["共 24 页 第 5 页", true],
    ["5/24", true],
    ["5", true],
    ["307.82", false],
    ["2013999", false],
    ["第一部分", false],
  ])("isPageNumber(%s) = %s", (text, expected) => {
    expect(isPageNumber(text)).toBe(expected);
  });

  function page(pageNo: number, rows: Array<[number, string]>): PageLayout {
    return { page: pageNo, height: 800, rows: rows.map(([y, text]) => ({ y, cells: [{ text }] })) };
  }

  test("drops margin rows repeated on half the pages, keeps repeated rows in the body", () => {
    const pages = [1, 2, 3, 4].map((n) =>
      page(n, [
        [30, `普陀区社会工作部 2024 年度部门决算 ${n}`],
        [120, "项目 决算数"],
        [400, `正文 ${n}`],
        [780, `${n}`],
      ]),
    );
    const kept = dropRunningLines(pages).map((layout) => layout.rows.map((row) => row.cells[0]?.text));
    expect(kept).toEqual([1, 2, 3, 4].map((n) => ["项目 决算数", `正文 ${n}`]));
  });

  test("body lines that share a template in the margin are not taken for a running header", () => {
    const pages = [1, 2, 3].map((n) =>
      page(n, [
        [40, `第${n * 30}段：支出决算为 ${n * 3}.25 万元。`],
        [400, `正文 ${n}`],
      ]),
    );
    expect(dropRunningLines(pages).map((layout) => layout.rows.length)).toEqual([2, 2, 2]);
  });

  test("a one-off margin line and a bare number in the body survive", () => {
    const pages = [page(1, [[30, "中共上海市普陀区委"], [400, "5"], [420, "正文"]]), page(2, [[400, "正文二"]])];
    expect(dropRunningLines(pages).map((layout) => layout.rows.length)).toEqual([3, 1]);
  });
});
