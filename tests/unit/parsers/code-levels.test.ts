import { describe, expect, test } from "vitest";
import type { DocLine } from "@/lib/parsers/document";
import { restoreCodeLevels } from "@/lib/parsers/tables/code-levels";

const doc = (rows: string[]): DocLine[] =>
  rows.map((text, i) => ({ page: 1, line: i + 1, text, cells: text.split(" ").map((c) => ({ text: c })) }));
const firstCells = (lines: DocLine[] | null) => lines?.map((l) => l.cells[0]?.text) ?? null;

describe("restoreCodeLevels", () => {
  test.each([
    ["full codes: nothing to restore", ["201 一般公共服务支出 10.00", "20103 政府办公厅（室）及相关机构事务 10.00", "2010301 行政运行 10.00"], null],
    ["a wrapped name's tail ending in 支出 is not a 类", ["208 社会保障和就业支出 10.00", "20805 行政事业单位养老支出 10.00", "2080505 机关事业单位基本养老保险缴费", "支出 10.00"], null],
    ["a 类 by its national name", ["合计 10.00", "卫生健康支出 10.00", "21011 行政事业单位医疗 10.00"], ["合计", "210", "21011"]],
    ["a 类 with a local name, from the 款 below", ["合计 10.00", "公共服务支出 10.00", "20103 政府办公厅（室）及相关机构事务 10.00"], ["合计", "201", "20103"]],
    ["a closed 款 is followed by a sibling 款", ["201 一般公共服务支出 30.00", "01 人大事务 10.00", "01 行政运行 10.00", "03 政府办公厅（室）及相关机构事务 20.00", "01 行政运行 20.00"], ["201", "20101", "2010101", "20103", "2010301"]],
    ["the catalogue names the 款 although the sums left the first one open", ["201 一般公共服务支出 30.00", "01 人大事务 10.00", "03 政府办公厅（室）及相关机构事务 20.00"], ["201", "20101", "20103"]],
  ])("%s", (_label, rows, expected) => {
    expect(firstCells(restoreCodeLevels(doc(rows), "万元"))).toEqual(expected);
  });
});
