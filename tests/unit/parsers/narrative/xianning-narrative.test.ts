import { beforeAll, describe, expect, test } from "vitest";
import { Claim, Unread } from "@/lib/parsers/contract";
import { extractNarrative, type NarrativeFacts } from "@/lib/parsers/narrative";
import { fixtureDoc } from "./text-doc";

let facts: NarrativeFacts;
beforeAll(() => {
  facts = extractNarrative(fixtureDoc("xianning-zhengfuban-2024.txt"), "万元");
});

describe("咸宁 narrative: per-项 budgets", () => {
  test("reads all eleven 项 statements in order", () => {
    expect(facts.items).toHaveLength(11);
  });

  test.each([
    ["行政运行", "政府办公厅(室)及相关机构事务", "18549100.00", "17958300.00", "96.81", null],
    ["一般行政事务管理", "政府办公厅(室)及相关机构事务", "930000.00", "850200.00", "91.42", "落实过“紧日子”的要求,进一步厉行节约、压减开支"],
    ["机关事业单位基本养老保险缴费支出", "行政事业单位养老支出", "2178700.00", "2111600.00", "96.92", null],
    ["机关事业单位职业年金缴费支出", "行政事业单位养老支出", "694800.00", "969400.00", "139.52", "退休、辞职人员职业年金做实"],
    ["其他社会保障和就业支出", "其他社会保障和就业支出", "38500.00", "35200.00", "91.42", "人员异动"],
    ["行政单位医疗", "行政事业单位医疗", "864200.00", "705800.00", "81.67", "医疗保险缴费政策变更"],
    ["公务员医疗补助", "行政事业单位医疗", "136500.00", "94800.00", "69.45", "医疗保险缴费政策变更"],
    ["其他普惠金融发展支出", "普惠金融发展支出", "0.00", "88800.00", null, "该笔资金为支持深化民营和小微企业金融服务综合改革试点项目2022年预算的上级专项资金的结转资金"],
    ["住房公积金", "住房改革支出", "1953600.00", "1839700.00", "94.17", "人员异动"],
    ["提租补贴", "住房改革支出", "374000.00", "355600.00", "95.08", null],
  ])("%s (%s): 年初预算 %s, 决算 %s, %s%%", (itemName, sectionName, budget, actual, pct, reason) => {
    const item = facts.items.find((i) => i.itemName === itemName && i.sectionName === sectionName);
    expect(item).toBeDefined();
    expect(item?.budgetInitial).toBe(budget);
    expect(item?.budgetFull).toBeNull();
    expect(item?.actual).toBe(actual);
    expect(item?.statedRatePct).toBe(pct);
    expect(item?.reason).toBe(reason);
  });

  test("金融 行政运行 is told apart from 一般公共服务 行政运行 by its 类", () => {
    const finance = facts.items.find((i) => i.className === "金融支出" && i.itemName === "行政运行");
    expect(finance?.budgetInitial).toBe("5506300.00");
    expect(finance?.actual).toBe("4064700.00");
    expect(finance?.reason).toMatch(/^2024年度机构改革/);
  });

  test("an item points at the page and line where its statement starts", () => {
    expect(facts.items[0]?.location).toEqual({ page: 16, line: 1134 });
  });

  test("the 一般公共预算 total: 年初预算 3122.58, 决算 2907.4, 93.1%", () => {
    expect(facts.gpbBudgetInitialTotal).toBe("31225800.00");
    expect(facts.gpbActualTotal).toBe("29074000.00");
    const claim = facts.claims.find((c) => c.kind === "completion" && c.subject === "gpbExpenditure");
    expect(claim).toMatchObject({ amount: "29074000.00", base: "31225800.00", statedPct: "93.1" });
  });
});

describe("咸宁 narrative: prior year and changes", () => {
  test("prior-year totals are current minus the stated increase", () => {
    expect(facts.priorYear).toEqual({
      incomeTotal: "22769900.00",
      expenditureTotal: "22769900.00",
      fiscalTotal: "22762200.00",
      gpbExpenditure: "22762200.00",
      sangongTotal: "806700.00",
      operatingExpenses: "2367400.00",
    });
  });

  test.each([
    ["change:incomeTotal", "29079200.00", "22769900.00", "6309300.00", "27.71", "increase"],
    ["change:grandTotal", "29079200.00", "22769900.00", "6309300.00", "27.71", "increase"],
    ["change:fiscalTotal", "29074000.00", "22762200.00", "6311800.00", "27.73", "increase"],
    ["change:gpbIncome", "29074000.00", "22762200.00", "6311800.00", "27.73", "increase"],
    ["change:sangong.total", "512900.00", "806700.00", "-293800.00", "36.42", "decrease"],
    ["change:sangong.outbound", "79000.00", "124100.00", "-45100.00", "36.34", "decrease"],
    ["change:sangong.vehicleSubtotal", "430600.00", "674100.00", "-243500.00", "36.12", "decrease"],
    ["change:sangong.reception", "3300.00", "8600.00", "-5300.00", "61.63", "decrease"],
    ["change:operatingExpenses", "2487700.00", "2367400.00", "120300.00", "5.1", "increase"],
    ["change:operatingExpenses.vsBudget", "2487700.00", "3970300.00", "-1482600.00", "37.3", "decrease"],
  ])("%s: %s vs %s (Δ %s, %s%%, %s)", (subject, amount, base, delta, pct, direction) => {
    const claim = facts.claims.find((c) => c.subject === subject);
    expect(claim).toMatchObject({ kind: "change", amount, base, delta, statedPct: pct, direction });
  });

  test("持平 statements become flat changes", () => {
    const flat = facts.claims.filter((c) => c.direction === "flat").map((c) => c.subject);
    expect(flat).toEqual(["change:governmentFund", "change:stateCapital"]);
  });

  test("机关运行经费 248.77 and its 年初预算 derived from 比年初预算数减少 148.26", () => {
    expect(facts.operatingExpenses).toBe("2487700.00");
    expect(facts.operatingExpensesBudget).toBe("3970300.00");
    expect(facts.sources.operatingExpenses).toEqual({ page: 21, line: 1329 });
  });
});

describe("咸宁 narrative: 三公", () => {
  test("budget and actual per item", () => {
    expect(facts.sangongBudget).toEqual({ total: "715000.00", outbound: "200000.00", vehicleSubtotal: "480000.00", reception: "35000.00" });
    expect(facts.sangongActual).toEqual({
      total: "512900.00",
      outbound: "79000.00",
      vehicleSubtotal: "430600.00",
      vehiclePurchase: "15900.00",
      vehicleOperation: "414700.00",
      reception: "3300.00",
    });
  });

  test("counts: 团组 1 / 1 人次, 11 辆, 国内接待 5 批次 23 人次, 外宾 0", () => {
    expect(facts.sangongCounts).toEqual({
      outboundGroups: 1,
      outboundPeople: 1,
      vehiclesPurchased: null,
      vehicleCount: 11,
      receptionBatches: 5,
      receptionPeople: 23,
      foreignReceptionBatches: 0,
      foreignReceptionPeople: 0,
    });
  });

  test("a car bought in an earlier year is not this year's purchase, and says so", () => {
    expect(facts.unread).toContainEqual(expect.objectContaining({ section: "narrative.sangong", reason: expect.stringContaining("2023") }));
  });

  test.each([
    ["sangong.total", "512900.00", "715000.00", "77.73"],
    ["sangong.outbound", "79000.00", "200000.00", "39.5"],
    ["sangong.vehicleSubtotal", "430600.00", "480000.00", "89.71"],
    ["sangong.reception", "3300.00", "35000.00", "9.43"],
  ])("completion %s", (subject, amount, base, pct) => {
    expect(facts.claims.find((c) => c.kind === "completion" && c.subject === subject)).toMatchObject({ amount, base, statedPct: pct });
  });
});

describe("咸宁 narrative: shares, procurement, assets", () => {
  test.each([
    ["share.incomeTotal:财政拨款收入", "29074000.00", "29079200.00", "99.98"],
    ["share.incomeTotal:其他收入", "5300.00", "29079200.00", "0.02"],
    ["share.expenditureTotal:基本支出", "24164900.00", "29079200.00", "83.1"],
    ["share.expenditureTotal:项目支出", "4914300.00", "29079200.00", "16.9"],
    ["share.expenditureTotal:一般公共预算财政拨款支出", "29074000.00", "29079200.00", "99.98"],
    ["share.gpbExpenditure:一般公共服务(类)支出", "18808400.00", "29074000.00", "64.69"],
    ["share.gpbExpenditure:住房保障(类)支出", "2195300.00", "29074000.00", "7.55"],
    ["share.procurementTotal:授予中小企业合同金额", "666200.00", "666200.00", "100"],
    ["share.projectExpenditure:资金", "4308300.00", null, "87.67"],
  ])("%s", (subject, amount, base, pct) => {
    expect(facts.claims.find((c) => c.subject === subject)).toMatchObject({ kind: "share", amount, base, statedPct: pct });
  });

  test("政府采购 total, goods, services, SME and its share; no 工程 stated", () => {
    expect(facts.procurement).toEqual({
      total: "666200.00",
      goods: "116900.00",
      works: null,
      services: "549300.00",
      sme: "666200.00",
      smeSharePct: "100",
    });
  });

  test("国有资产 vehicles", () => {
    expect(facts.vehicleCount).toBe(11);
    expect(facts.sources.vehicleCount).toEqual({ page: 21, line: 1355 });
  });
});

describe("咸宁 narrative: contract shape", () => {
  test("every claim and unread entry satisfies the contract schema", () => {
    for (const claim of facts.claims) expect(() => Claim.parse(claim)).not.toThrow();
    for (const entry of facts.unread) expect(() => Unread.parse(entry)).not.toThrow();
  });

  test("no unit slips and no placeholders in a clean report", () => {
    expect(facts.unread.filter((u) => u.section === "narrative.unit" || u.section === "narrative.placeholder")).toEqual([]);
  });

  test("every claim carries a location on a real page and line", () => {
    for (const claim of facts.claims) {
      expect(claim.location.page).toBeGreaterThan(0);
      expect(claim.location.line).toBeGreaterThanOrEqual(1013);
      expect(claim.location.line).toBeLessThanOrEqual(1672);
    }
  });
});
