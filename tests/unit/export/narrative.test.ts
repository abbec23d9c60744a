import { describe, expect, test } from "vitest";
import {
  describeCompare,
  describeExecution,
  describeSangong,
  describeStructure,
  describeTotal,
  type TotalFacts,
} from "@/lib/export/narrative";

describe("describeTotal", () => {
  test.each<[string, TotalFacts, string]>([
    [
      "every clause",
      { year: 2024, total: "29079200.00", prior: "22769900.00", rate: "93.10", cityAverageRate: "95.20" },
      "2024年支出2,907.92万元，同比增长27.71%；执行率93.10%，低于全市平均（95.20%）2.10个百分点。",
    ],
    [
      "decrease and above average",
      { year: 2023, subject: "收入", total: "9500000.00", prior: "10000000.00", rate: "101.5", cityAverageRate: "95.2" },
      "2023年收入950.00万元，同比下降5.00%；执行率101.50%，高于全市平均（95.20%）6.30个百分点。",
    ],
    ["flat", { year: 2024, total: "100.00", prior: "100.00" }, "2024年支出0.01万元，与上年持平。"],
    ["zero prior year states the amount", { year: 2024, total: "50000.00", prior: "0.00" }, "2024年支出5.00万元，比上年增加5.00万元。"],
    ["no prior, no average", { year: 2024, total: "29079200.00", rate: "93.1" }, "2024年支出2,907.92万元；执行率93.10%。"],
    ["average without a rate is dropped", { year: 2024, total: "29079200.00", cityAverageRate: "95.20" }, "2024年支出2,907.92万元。"],
    ["no total keeps the rate", { year: 2024, prior: "1.00", rate: "95.2", cityAverageRate: "95.20" }, "2024年执行率95.20%，与全市平均（95.20%）持平。"],
    ["nothing known", { year: 2024, total: null, rate: undefined }, ""],
  ])("%s", (_name, facts, expected) => {
    expect(describeTotal(facts)).toBe(expected);
  });
});

describe("describeStructure", () => {
  const items = [
    { name: "社会保障和就业支出", amount: "3000000.00" },
    { name: "一般公共服务支出", amount: "25000000.00" },
    { name: "卫生健康支出", amount: "800000.00" },
    { name: "住房保障支出", amount: "279200.00" },
    { name: "未读出", amount: null },
  ];

  test.each([
    [
      "shares over the stated total, top three and their combined share",
      { year: 2024, total: "29079200.00", items },
      "2024年支出中，一般公共服务支出2,500.00万元，占85.97%；社会保障和就业支出300.00万元，占10.32%；卫生健康支出80.00万元，占2.75%。前3项合计占99.04%。",
    ],
    [
      "base is the sum of known items when no total is given",
      { subject: "收入", items: items.slice(0, 2), top: 3 },
      "收入中，一般公共服务支出2,500.00万元，占89.29%；社会保障和就业支出300.00万元，占10.71%。",
    ],
    ["zero base drops shares", { items: [{ name: "A", amount: "0.00" }] }, "支出中，A0.00万元。"],
    ["no known items", { items: [{ name: "A", amount: null }] }, ""],
  ])("%s", (_name, facts, expected) => {
    expect(describeStructure(facts)).toBe(expected);
  });
});

describe("describeSangong", () => {
  test.each([
    [
      "under budget, up on last year",
      { year: 2024, actual: "123400.00", budget: "154300.00", prior: "100000.00" },
      "2024年“三公”经费支出12.34万元，比预算（15.43万元）减少3.09万元，完成预算的79.97%；比上年（10.00万元）增加2.34万元，增长23.40%。",
    ],
    [
      "at budget, down on last year",
      { year: 2024, actual: "50000.00", budget: "50000.00", prior: "80000.00" },
      "2024年“三公”经费支出5.00万元，与预算（5.00万元）持平，完成预算的100.00%；比上年（8.00万元）减少3.00万元，下降37.50%。",
    ],
    [
      "zero budget and zero prior give amounts, never rates",
      { year: 2024, actual: "10000.00", budget: "0.00", prior: "0.00" },
      "2024年“三公”经费支出1.00万元，比预算（0.00万元）增加1.00万元；比上年（0.00万元）增加1.00万元。",
    ],
    ["actual only", { actual: "0.00" }, "“三公”经费支出0.00万元。"],
    ["no actual", { year: 2024, budget: "1.00" }, ""],
  ])("%s", (_name, facts, expected) => {
    expect(describeSangong(facts)).toBe(expected);
  });
});

describe("describeExecution", () => {
  test.each([
    [
      "below and above the thresholds, computed and stated rates",
      {
        year: 2024,
        items: [
          { name: "A", budget: "1000000.00", actual: "750000.00" },
          { name: "B", rate: "85.5" },
          { name: "C", rate: "120" },
          { name: "D", rate: "99" },
          { name: "E", budget: "0.00", actual: "5.00" },
        ],
      },
      "2024年4个项目中，执行率低于90.00%的2个：A（75.00%）、B（85.50%）；高于110.00%的1个：C（120.00%）。另有1个项目缺少预算数或执行数，未计算执行率。",
    ],
    ["all in range", { items: [{ name: "A", rate: "95" }, { name: "B", rate: "105" }] }, "2个项目中，执行率均在90.00%—110.00%之间。"],
    [
      "custom thresholds, long list shortened",
      { noun: "项", low: "95", high: "200", limit: 2, items: [1, 2, 3].map((n) => ({ name: `P${n}`, rate: String(90 + n) })) },
      "3个项中，执行率低于95.00%的3个：P1（91.00%）、P2（92.00%）等。",
    ],
    ["nothing computable", { items: [{ name: "A", budget: null, actual: "1.00" }] }, "另有1个项目缺少预算数或执行数，未计算执行率。"],
  ])("%s", (_name, facts, expected) => {
    expect(describeExecution(facts)).toBe(expected);
  });
});

describe("describeCompare", () => {
  const departments = [
    { name: "甲局", value: "30000000.00" },
    { name: "乙局", value: "5000000.00" },
    { name: "丙局", value: "10000000.00" },
    { name: "丁局", value: "15000000.00" },
    { name: "戊局", value: null },
  ];

  test.each([
    [
      "amounts with a focus department",
      { year: 2024, metric: "支出", kind: "amount" as const, items: departments, focus: "丙局" },
      "2024年4个部门中，支出最高的是甲局（3,000.00万元），最低的是乙局（500.00万元），平均1,500.00万元；丙局为1,000.00万元，居第3位，低于平均500.00万元。",
    ],
    [
      "rates use points and say the mean is unweighted",
      {
        metric: "执行率",
        kind: "pct" as const,
        entity: "单位",
        items: [
          { name: "A", value: "90" },
          { name: "B", value: "100" },
        ],
        focus: "B",
      },
      "2个单位中，执行率最高的是B（100.00%），最低的是A（90.00%），简单平均95.00%；B为100.00%，居第1位，高于简单平均5.00个百分点。",
    ],
    ["unknown focus is dropped", { metric: "支出", kind: "amount" as const, items: departments.slice(0, 2), focus: "戊局" }, "2个部门中，支出最高的是甲局（3,000.00万元），最低的是乙局（500.00万元），平均1,750.00万元。"],
    ["fewer than two values", { metric: "支出", kind: "amount" as const, items: departments.slice(4) }, ""],
  ])("%s", (_name, facts, expected) => {
    expect(describeCompare(facts)).toBe(expected);
  });
});
