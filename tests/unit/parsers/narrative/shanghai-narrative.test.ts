import { beforeAll, describe, expect, test } from "vitest";
import { extractNarrative, extractPerformance, type NarrativeFacts } from "@/lib/parsers/narrative";
import { layoutDoc } from "./text-doc";

/** The Shanghai template: items list 全年预算 after a "主要用于" sentence, several 项 state no rate at all. */
let facts: NarrativeFacts;
beforeAll(() => {
  facts = extractNarrative(layoutDoc("shanghai-putuo-shehuigongzuobu-2024.layout.txt"), "万元");
});

describe("上海普陀 社会工作部 narrative", () => {
  test.each([
    ["行政运行", "520000.00", "513200.00", "98.69", "人员变动引起实际支出低于预算"],
    ["事业运行", "176800.00", "113100.00", null, "单位2024年新成立,人员变动,按实际支出"],
    ["其他社会工作事务支出", "2022400.00", "2022400.00", null, null],
    ["机关事业单位基本养老保险缴费支出", "90000.00", "61800.00", null, "单位2024年新成立,人员变动,按实际支出"],
    ["机关事业单位职业年金缴费支出", "57400.00", "46400.00", null, "单位2024年新成立,人员变动,按实际支出"],
    ["行政单位医疗", "22300.00", "22200.00", "99.55", "单位2024年新成立,人员变动,按实际支出"],
    ["事业单位医疗", "22900.00", "4900.00", null, "单位2024年新成立,人员变动,按实际支出"],
    ["住房公积金", "181200.00", "177000.00", "97.68", "单位2024年新成立,人员变动,按实际支出"],
    ["购房补贴", "117200.00", "117200.00", null, null],
  ])("%s: 全年预算 %s, 决算 %s", (itemName, budgetFull, actual, pct, reason) => {
    const item = facts.items.find((i) => i.itemName === itemName);
    expect(item).toMatchObject({ budgetInitial: null, budgetFull, actual, statedRatePct: pct, reason });
  });

  test("the total states 年初预算 0 yet a 年初 completion rate: kept as stated", () => {
    expect(facts.gpbBudgetInitialTotal).toBe("0.00");
    expect(facts.gpbActualTotal).toBe("3078200.00");
    expect(facts.claims.find((c) => c.subject === "gpbExpenditure")).toMatchObject({ amount: "3078200.00", base: "0.00", statedPct: "95.89" });
  });

  test("a unit set up in 2024: every prior-year figure it states is 0", () => {
    expect(facts.priorYear).toMatchObject({ fiscalTotal: "0.00", gpbExpenditure: "0.00", operatingExpenses: "0.00" });
    expect(facts.priorYear.incomeTotal).toBeNull();
  });

  test("shares without a named denominator take it from the sentence", () => {
    expect(facts.claims.find((c) => c.subject === "share.incomeTotal:财政拨款收入")).toMatchObject({ base: "3078200.00", statedPct: "100.00" });
    expect(facts.claims.find((c) => c.subject === "share.expenditureTotal:基本支出")).toMatchObject({ amount: "1055800.00", base: "3078200.00" });
    expect(facts.claims.find((c) => c.subject === "share.gpbExpenditure:住房保障支出(类)")).toMatchObject({ amount: "294200.00", statedPct: "9.55" });
  });

  test("机关运行经费, 政府采购 (with 工程 0), vehicles 0; “无“三公”经费财政拨款支出” is 0 per item, the budget unsaid", () => {
    expect(facts.operatingExpenses).toBe("102300.00");
    expect(facts.procurement).toMatchObject({ total: "210700.00", goods: "210700.00", works: "0.00", services: "0.00", sme: null });
    expect(facts.vehicleCount).toBe(0);
    expect(facts.sangongActual).toEqual({
      total: "0.00",
      outbound: "0.00",
      vehicleSubtotal: "0.00",
      vehiclePurchase: "0.00",
      vehicleOperation: "0.00",
      reception: "0.00",
    });
    expect(facts.sangongBudget).toEqual({});
    expect(facts.unread.map((u) => u.section)).toEqual(expect.arrayContaining(["narrative.procurement"]));
    expect(facts.unread.map((u) => u.section)).not.toContain("narrative.sangong");
  });

  test("locations are the pdftotext pages", () => {
    expect(facts.sources.operatingExpenses?.page).toBe(21);
  });

  test("no self-evaluation tables: performance is all null and says so", () => {
    const performance = extractPerformance(layoutDoc("shanghai-putuo-shehuigongzuobu-2024.layout.txt"), "万元");
    expect(performance.overall).toEqual({ budget: null, actual: null, ratePct: null, score: null });
    expect(performance.projects).toEqual([]);
    expect(performance.unread).toContainEqual(expect.objectContaining({ section: "performance.overall" }));
  });
});
