import { describe, expect, test } from "vitest";
import type { MoneyUnit } from "@/lib/money";
import { extractNarrative } from "@/lib/parsers/narrative";
import { textToDoc } from "./text-doc";

/** A narrative part with its heading, one source line per array entry. */
function narrative(lines: string[], unit: MoneyUnit = "万元") {
  return extractNarrative(textToDoc(["第三部分 测试局 2024 年度部门决算情况说明", ...lines].join("\n")), unit);
}

describe("per-项 statements in other wordings", () => {
  test.each([
    ["full-width punctuation", ["一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）年初预算为１８５４．９１万元，支出决算为1795.83万元，完成年初预算的96.81％。"]],
    ["half-width punctuation", ["一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)年初预算为1854.91万元,支出决算为1795.83万元,完成年初预算的96.81%."]],
    ["numbers broken over lines", ["一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）年初预算为 18", "54.91", "万元，支出决算为 1795.8", "3 万元，完成年初预算的 96.8", "1%。"]],
    ["thousands separators", ["一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）年初预算为1,854.91万元，支出决算为1,795.83万元，完成年初预算的96.81%。"]],
  ])("%s", (_label, lines) => {
    const item = narrative(lines).items[0];
    expect(item).toMatchObject({
      className: "一般公共服务支出",
      itemName: "行政运行",
      budgetInitial: "18549100.00",
      actual: "17958300.00",
      statedRatePct: "96.81",
    });
  });

  test("code-led items (some provinces print the 项 code)", () => {
    const facts = narrative(["2010301 行政运行（项）：年初预算为 100 万元，支出决算为 95 万元，完成年初预算的 95%。"]);
    expect(facts.items).toEqual([expect.objectContaining({ code: "2010301", itemName: "行政运行", budgetInitial: "1000000.00", actual: "950000.00" })]);
  });

  test("全年预算 / 调整预算 go to budgetFull and the completion claim uses the budget it names", () => {
    const facts = narrative([
      "卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。主要用于：医疗保险。调整预算为 2.23 万元，支出决算为 2.22 万元，完成调整预算的 99.55%。",
    ]);
    expect(facts.items[0]).toMatchObject({ budgetInitial: null, budgetFull: "22300.00", actual: "22200.00", statedRatePct: "99.55" });
    expect(facts.claims.find((c) => c.kind === "completion")).toMatchObject({ amount: "22200.00", base: "22300.00" });
  });

  test("年初预算为 0 with a 年初 completion rate keeps base 0 for the validator to flag", () => {
    const facts = narrative(["一般公共预算财政拨款支出年初预算为 0 万元，全年预算为 321.02 万元，支出决算为 307.82 万元，完成年初预算的 95.89%。"]);
    expect(facts.gpbBudgetInitialTotal).toBe("0.00");
    expect(facts.claims.find((c) => c.subject === "gpbExpenditure")).toMatchObject({ base: "0.00", amount: "3078200.00", statedPct: "95.89" });
  });

  test("主要原因是 as well as 主要原因：", () => {
    const facts = narrative(["农林水支出（类）农业农村（款）事业运行（项）年初预算为 10 万元，支出决算为 8 万元，完成年初预算的 80%，主要原因是人员减少。"]);
    expect(facts.items[0]?.reason).toBe("人员减少");
  });
});

describe("units", () => {
  test("a narrative amount in 元 while tables use 万元 keeps its value in 元 and is reported", () => {
    const facts = narrative(["一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）年初预算为 18549100.00 元，支出决算为 17958300 元，完成年初预算的 96.81%。"]);
    expect(facts.items[0]).toMatchObject({ budgetInitial: "18549100.00", actual: "17958300.00" });
    expect(facts.unread.filter((u) => u.section === "narrative.unit")).toHaveLength(2);
  });

  test("tables in 元, narrative in 万元", () => {
    const facts = narrative(["十、机关运行经费支出说明", "本单位机关运行经费支出 248.77 万元。"], "元");
    expect(facts.operatingExpenses).toBe("2487700.00");
    expect(facts.unread).toContainEqual(expect.objectContaining({ section: "narrative.unit" }));
  });

  test("tables and narrative both in 元: no slip", () => {
    const facts = narrative(["本单位机关运行经费支出 2487700.00 元。"], "元");
    expect(facts.operatingExpenses).toBe("2487700.00");
    expect(facts.unread.filter((u) => u.section === "narrative.unit")).toEqual([]);
  });
});

describe("changes and shares in other wordings", () => {
  test.each([
    ["本年收入合计 500 万元，较上年增加 50 万元，增长 11.11%。", "incomeTotal", "4500000.00"],
    ["本年支出合计500万元,比上年减少20万元,下降3.85%。", "expenditureTotal", "5200000.00"],
    ["2024 年度一般公共预算财政拨款支出 300 万元，与上年相比，一般公共预算财政拨款支出减少 30 万元，下降 9.09%。", "gpbExpenditure", "3300000.00"],
    ["2024 年度机关运行经费支出 40 万元，比上年决算数增加 4 万元，增长 11.11%。", "operatingExpenses", "360000.00"],
  ] as const)("%s", (sentence, key, prior) => {
    expect(narrative([sentence]).priorYear[key]).toBe(prior);
  });

  test("a comparison with the start of the year is not a prior-year change", () => {
    const facts = narrative(["全市贷款余额 2086 亿元，比年初增加 193 亿元，同比增长 10.2%。"]);
    expect(facts.claims.filter((c) => c.kind === "change")).toEqual([]);
  });

  test("“公务接待费支出决算0.39万元,占100.00%” (no denominator named) is a share of the 三公 total, not of all spending", () => {
    const facts = narrative([
      "七、财政拨款“三公”经费支出决算情况说明",
      "2024年度“三公”经费财政拨款支出决算为0.39万元。其中：公务接待费支出决算0.39万元,占100.00%。",
    ]);
    expect(facts.claims.find((c) => c.kind === "share")).toMatchObject({ subject: "share.sangongTotal:公务接待费支出决算", amount: "3900.00", statedPct: "100.00" });
  });

  test.each([
    ["本年度没有财政拨款“三公”经费支出。", { total: "0.00", reception: "0.00" }, {}],
    ["2024年度未安排“三公”经费预算，无“三公”经费支出。", { total: "0.00", outbound: "0.00" }, { total: "0.00", vehicleOperation: "0.00" }],
  ])("“%s” is 0 stated in words", (sentence, actual, budget) => {
    const facts = narrative(["九、财政拨款“三公”经费支出决算情况说明", sentence]);
    expect(facts.sangongActual).toMatchObject(actual);
    expect(facts.sangongBudget).toEqual(Object.keys(budget).length === 0 ? {} : expect.objectContaining(budget));
  });

  test("三公 shares are of the 三公 total", () => {
    const facts = narrative([
      "九、财政拨款“三公”经费支出决算情况说明",
      "2024 年度“三公”经费财政拨款支出预算为 12 万元，支出决算为 10 万元，完成预算的 83.33%。",
      "1.因公出国（境）费支出决算为 2 万元，占“三公”经费的 20%。",
      "2.公务接待费预算为 3 万元，支出决算为 2.5 万元。国内公务接待 12 批次，共 86 人次。",
      "3.公务用车购置费 0 万元，购置车辆 0 辆；年末公务用车保有量为 8 辆。",
    ]);
    expect(facts.claims.find((c) => c.kind === "share")).toMatchObject({ subject: "share.sangongTotal:因公出国(境)费支出决算", amount: "20000.00", base: "100000.00", statedPct: "20" });
    expect(facts.sangongBudget.total).toBe("120000.00");
    expect(facts.sangongActual).toMatchObject({ total: "100000.00", outbound: "20000.00", reception: "25000.00" });
    expect(facts.sangongCounts).toMatchObject({ receptionBatches: 12, receptionPeople: 86, vehiclesPurchased: 0, vehicleCount: 8 });
  });
});

describe("三公 in other wordings", () => {
  test("total without a budget, counts in 个/人 and 实有公务用车", () => {
    const facts = narrative([
      "七、“三公”经费财政拨款支出情况说明",
      "2024 年度“三公”经费支出合计 6.5 万元。",
      "其中：因公出国（境）费 0 万元，因公出国（境）团组 0 个、0 人；",
      "公务接待费支出 1.5 万元，公务接待 9 批次 60 人次；年末实有公务用车 3 辆。",
    ]);
    expect(facts.sangongActual).toMatchObject({ total: "65000.00", reception: "15000.00" });
    expect(facts.sangongBudget.total).toBeUndefined();
    expect(facts.sangongCounts).toMatchObject({ outboundGroups: 0, outboundPeople: 0, receptionBatches: 9, receptionPeople: 60, vehicleCount: 3 });
  });

  test("a section heading alone sets nothing", () => {
    const facts = narrative(["九、财政拨款“三公”经费支出决算情况说明", "（一）“三公”经费财政拨款支出决算总体情况说明。"]);
    expect(facts.sangongActual).toEqual({});
    expect(facts.sangongBudget).toEqual({});
  });
});

describe("template leftovers", () => {
  test.each([
    ["202 年度收入合计 100 万元。", "年份不完整"],
    ["本年度收入合计 XX 万元。", "模板占位符"],
    ["本年度收入合计为万元。", "金额空缺"],
    ["2024 年度收入总额 3046.58 万元万元。", "单位重复"],
  ])("%s", (sentence, reason) => {
    const placeholders = narrative([sentence]).unread.filter((u) => u.section === "narrative.placeholder");
    expect(placeholders).toEqual([expect.objectContaining({ reason: expect.stringContaining(reason), location: { page: 1, line: 2 } })]);
  });

  test("a year wrapped over two lines is not a placeholder", () => {
    const facts = narrative(["本单位 202", "4 年度收入合计 100 万元。"]);
    expect(facts.unread.filter((u) => u.section === "narrative.placeholder")).toEqual([]);
  });
});

describe("missing pieces are reported, not invented", () => {
  test("no narrative heading: searched anyway and said so; absent figures are null", () => {
    const facts = extractNarrative(textToDoc("公开01表\n合计 100 200"), "万元");
    expect(facts.unread).toContainEqual(expect.objectContaining({ section: "narrative" }));
    expect(facts.operatingExpenses).toBeNull();
    expect(facts.procurement.total).toBeNull();
    expect(facts.vehicleCount).toBeNull();
    expect(facts.items).toEqual([]);
    expect(Object.values(facts.priorYear).every((v) => v === null)).toBe(true);
  });
});
