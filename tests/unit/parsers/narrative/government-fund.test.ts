import { describe, expect, test } from "vitest";
import { extractNarrative } from "@/lib/parsers/narrative";
import { textToDoc } from "./text-doc";

function stated(lines: string[]) {
  return extractNarrative(textToDoc(["第三部分 测试局 2024 年度部门决算情况说明", ...lines].join("\n")), "万元");
}

describe("政府性基金 as the 说明 states it", () => {
  test.each([
    ["none at all (咸宁)", ["七、政府性基金预算财政拨款收入支出决算情况说明", "本单位当年无政府性基金预算财政拨款收入支出。"], { income: "0.00", expenditure: "0.00" }],
    ["none, 收入和支出 (普陀)", ["测试局 2024 年度无政府性基金预算财", "政拨款收入和支出。"], { income: "0.00", expenditure: "0.00" }],
    ["none, expenditure only", ["本部门无政府性基金预算财政拨款支出。"], { income: null, expenditure: "0.00" }],
    ["本年及上年均无 … 收入", ["政府性基金预算财政拨款收入 0 万元，比 2023 年度决算数持平，主要原因是本年及上年均无政府性基金预算财政拨款收入。"], { income: "0.00", expenditure: null }],
    ["amounts", ["2024年度政府性基金预算财政拨款收入120.50万元，政府性基金预算财政拨款支出为118.00万元，主要用于城市建设。"], { income: "1205000.00", expenditure: "1180000.00" }],
    ["a prior year's figure is not this year's", ["2023年度政府性基金预算财政拨款支出50.00万元；上年政府性基金预算财政拨款收入60.00万元。"], { income: null, expenditure: null }],
  ])("%s", (_label, lines, expected) => {
    expect(stated(lines).governmentFund).toEqual({
      income: expected.income === null ? null : expect.objectContaining({ value: expected.income }),
      expenditure: expected.expenditure === null ? null : expect.objectContaining({ value: expected.expenditure }),
    });
  });

  test("two different amounts for one side: not read, and noted", () => {
    const facts = stated(["政府性基金预算财政拨款支出100.00万元。", "其中政府性基金预算财政拨款支出80.00万元用于建设。"]);
    expect(facts.governmentFund.expenditure).toBeNull();
    expect(facts.unread.map((u) => u.section)).toContain("narrative.governmentFund");
  });

  test("the template's instruction (无…的，仍保留该表格式) is not a statement", () => {
    expect(stated(["无政府性基金预算财政拨款收入支出的，仍保留该表格式。"]).governmentFund).toEqual({ income: null, expenditure: null });
  });
});
