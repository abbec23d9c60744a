import { describe, expect, test } from "vitest";
import { findTables, matchTitle } from "@/lib/parsers/tables/find-tables";
import { readTextDocument } from "@/lib/parsers/text/read-text";

describe("matchTitle", () => {
  test.each([
    ["一、收入支出决算总表", "01"],
    ["公开01表 收入支出决算总表", "01"],
    ["表1 收入支出决算总表", "01"],
    ["附表1：收入支出决算总表", "01"],
    ["收入决算表（公开02表）", "02"],
    [" 三、支出决算表", "03"],
    ["四、财政拨款收入支出决算总表", "04"],
    ["咸宁市人民政府办公室2024年度一般公共预算财政拨款支出决算表", "05"],
    ["一般公共预算财政拨款基本支出决算表", "06"],
    ["六、一般公共预算财政拨款基本支出决算明细表", "06"],
    ["政府性基金预算财政拨款收入支出决算表", "07"],
    ["国有资本经营预算财政拨款支出决算表", "08"],
    ["九、财政拨款“三公”经费支出决算表", "09"],
    ["表七 财政拨款\"三公\"经费支出决算表", "09"],
  ])("%s → %s", (text, id) => {
    expect(matchTitle(text)).toBe(id);
  });

  test.each([
    ["三、支出决算情况说明"],
    ["第二部分 咸宁市人民政府办公室 2024 年度部门决算表"],
    ["注：本表反映部门本年度各项支出情况。"],
    ["项目支出决算表"],
    ["七、政府性基金预算财政拨款收入支出决算情况说明"],
  ])("%s is not a table title", (text) => {
    expect(matchTitle(text)).toBeNull();
  });
});

describe("findTables", () => {
  test("a table of contents does not hide the table; the unit is read per table", () => {
    const doc = readTextDocument(
      ["目录", "二、收入决算表", "三、支出决算表", "二、收入决算表", "金额单位：元", "合计 1.00 1.00", "三、支出决算表", "单位：万元", "合计 1.00 1.00"].join("\n"),
    );
    const tables = findTables(doc);
    expect(tables.get("02")).toMatchObject({ unit: "元", titleLine: { line: 4 } });
    expect(tables.get("03")).toMatchObject({ unit: "万元", titleLine: { line: 7 } });
  });
});
