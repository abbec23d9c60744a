import { describe, expect, test } from "vitest";
import type { DocLine, SourceDoc } from "@/lib/parsers/document";
import { tablesOf } from "./table-report";

/** A line of positioned cells: [text, x0] pairs, each cell 30 points wide unless it is a name. */
function line(no: number, y: number, cells: Array<[string, number, number?]>): DocLine {
  const out = cells.map(([text, x0, width]) => ({ text, x0, x1: x0 + (width ?? 30) }));
  return { page: 1, line: no, y, text: out.map((c) => c.text).join(" "), cells: out };
}

const HEADER_03: DocLine[] = [
  line(1, 10, [["支出决算表", 200, 60]]),
  line(2, 20, [["单位：万元", 400, 50]]),
  line(3, 30, [["本年支出合计", 200, 50], ["基本支出", 260], ["项目支出", 300], ["上缴上级支出", 340, 40], ["经营支出", 390]]),
  line(4, 40, [["科目编码", 10], ["科目名称", 60, 60]]),
];

describe("positioned input: values go to the header column they overlap", () => {
  test("a blank 基本支出 cell does not shift 项目支出 left", () => {
    const doc: SourceDoc = {
      format: "pdf",
      pageCount: 1,
      lines: [
        ...HEADER_03,
        line(5, 50, [["合计", 60], ["10.00", 205], ["4.00", 262], ["6.00", 302]]),
        line(6, 60, [["201", 10], ["一般公共服务支出", 60, 80], ["10.00", 205], ["4.00", 262], ["6.00", 302]]),
        line(7, 70, [["20103", 10], ["政府办公厅（室）及相关机构事务", 60, 120], ["10.00", 205], ["4.00", 262], ["6.00", 302]]),
        line(8, 80, [["2010301", 10], ["行政运行", 60, 40], ["4.00", 205], ["4.00", 262]]),
        line(9, 90, [["2010302", 10], ["一般行政管理事务", 60, 80], ["6.00", 205], ["6.00", 302]]),
      ],
    };
    const rows = Object.fromEntries(tablesOf(doc).expenditureByFunction.map((r) => [r.code, r]));
    expect(rows["2010301"]).toMatchObject({ total: "40000.00", basic: "40000.00", project: null, remitted: null });
    expect(rows["2010302"]).toMatchObject({ total: "60000.00", basic: null, project: "60000.00" });
  });

  test("header words wrapped over lines and a name centred around its code line", () => {
    const doc: SourceDoc = {
      format: "pdf",
      pageCount: 1,
      lines: [
        line(1, 10, [["一般公共预算财政拨款支出决算表", 150, 150]]),
        line(2, 20, [["单位：万元", 400, 50]]),
        line(3, 30, [["合计", 200], ["基本", 260], ["项目", 300]]),
        line(4, 36, [["支出", 260], ["支出", 300]]),
        line(5, 50, [["科目编码", 10], ["科目名称", 60, 60]]),
        line(6, 64, [["一般公共服务", 60, 60]]),
        line(7, 70, [["201", 10], ["5.00", 205], ["5.00", 302]]),
        line(8, 76, [["支出", 60, 20]]),
        line(9, 90, [["2010399", 10], ["其他政府办公厅（室）及相关机构事务支出", 60, 120], ["5.00", 205], ["5.00", 302]]),
        line(10, 100, [["合计", 60], ["5.00", 205], ["5.00", 302]]),
      ],
    };
    const report = tablesOf(doc);
    expect(report.gpbExpenditureByFunction[0]).toMatchObject({ code: "201", name: "一般公共服务支出", basic: null, project: "50000.00" });
    expect(report.unread.filter((u) => u.section.startsWith("公开05表"))).toEqual([]);
  });
});

describe("spreadsheet input: column indexes as positions", () => {
  const cell = (text: string, column: number) => ({ text, x0: column, x1: column });
  const row = (no: number, cells: Array<[string, number]>): DocLine => ({
    page: 1,
    line: no,
    text: cells.map(([t]) => t).join(" "),
    cells: cells.map(([t, c]) => cell(t, c)),
    sheet: "公开03表",
  });

  test("blank cells are omitted and values still land in their column", () => {
    const doc: SourceDoc = {
      format: "xlsx",
      pageCount: 1,
      lines: [
        row(1, [["支出决算表", 0]]),
        row(2, [["金额单位：万元", 7]]),
        row(3, [["科目编码", 0], ["科目名称", 1], ["本年支出合计", 2], ["基本支出", 3], ["项目支出", 4], ["上缴上级支出", 5], ["经营支出", 6], ["对附属单位补助支出", 7]]),
        row(4, [["合计", 0], ["3.00", 2], ["1.00", 3], ["2.00", 6]]),
        row(5, [["201", 0], ["一般公共服务支出", 1], ["3.00", 2], ["1.00", 3], ["2.00", 6]]),
        row(6, [["20103", 0], ["政府办公厅（室）及相关机构事务", 1], ["3.00", 2], ["1.00", 3], ["2.00", 6]]),
      ],
    };
    const report = tablesOf(doc);
    expect(report.expenditureByFunction[0]).toMatchObject({ code: "201", total: "30000.00", basic: "10000.00", project: null, operating: "20000.00" });
    expect(report.expenditureByFunction[0]?.location.sheet).toBe("公开03表");
  });

  test("a value in a column without a header word is not moved to a neighbour", () => {
    const doc: SourceDoc = {
      format: "xlsx",
      pageCount: 1,
      lines: [
        row(1, [["一般公共预算财政拨款支出决算表", 0]]),
        row(2, [["单位：万元", 4]]),
        row(3, [["科目编码", 0], ["科目名称", 1], ["合计", 2], ["基本支出", 3], ["项目支出", 4]]),
        row(4, [["201", 0], ["一般公共服务支出", 1], ["3.00", 2], ["3.00", 5]]),
      ],
    };
    const report = tablesOf(doc);
    expect(report.gpbExpenditureByFunction[0]).toMatchObject({ total: "30000.00", basic: null, project: null });
    expect(report.unread.some((u) => u.section.startsWith("公开05表") && u.reason.startsWith("201"))).toBe(true);
  });
});

describe("positioned 三公 table with blank cells (预算数/决算数 per item)", () => {
  test("each value goes under its own 预算数/决算数 header cell", () => {
    const items: Array<[string, number]> = [["合计", 100], ["因公出国（境）费", 180], ["小计", 260], ["公务用车购置费", 340], ["公务用车运行维护费", 420], ["公务接待费", 500]];
    const sides = items.flatMap(([, x]) => [["预算数", x, 30], ["决算数", x + 35, 30]] as Array<[string, number, number]>);
    const values: Array<[string, number, number]> = [
      ["10.00", 100, 28],
      ["6.00", 135, 28],
      ["4.00", 180, 28],
      ["1.00", 215, 28],
      ["6.00", 260, 28],
      ["5.00", 295, 28],
      ["6.00", 420, 28],
      ["5.00", 455, 28],
    ];
    const doc: SourceDoc = {
      format: "pdf",
      pageCount: 1,
      lines: [
        line(1, 10, [["财政拨款“三公”经费支出决算表", 200, 150]]),
        line(2, 20, [["单位：万元", 500, 50]]),
        line(3, 30, [["公务用车购置及运行维护费", 260, 200]]),
        line(4, 40, items.map(([t, x]) => [t, x, 60] as [string, number, number])),
        line(5, 50, sides),
        line(6, 60, values),
      ],
    };
    const report = tablesOf(doc);
    expect(report.sangong.budget).toEqual({ total: "100000.00", outbound: "40000.00", vehicleSubtotal: "60000.00", vehiclePurchase: null, vehicleOperation: "60000.00", reception: null });
    expect(report.sangong.actual).toMatchObject({ total: "60000.00", outbound: "10000.00", vehicleOperation: "50000.00", reception: null });
  });
});
