import { describe, expect, test } from "vitest";
import { computeAttention, countByKind } from "@/lib/queries/overview/attention";
import { attentionPage } from "@/components/overview/attention-list";
import type { DepartmentYearFacts } from "@/lib/queries/overview/list-department-year-facts";
import { sizeBandCandidates, suggestPeers } from "@/lib/queries/compare/suggest-peers";
import type { DepartmentProfile } from "@/lib/queries/compare/list-department-profiles";
import { ATTENTION_THRESHOLDS, resolveAttentionThresholds } from "@/lib/settings/attention";

function facts(over: Partial<DepartmentYearFacts>): DepartmentYearFacts {
  return {
    departmentId: 1, name: "甲局", kind: "行政", year: 2024, isDemo: false, reportIds: [10], errorReportId: null, errorCount: 0,
    errorReports: 0, expenditure: "10000000.00", priorExpenditureStated: null, fiscal: "10000000.00", basic: null, project: null, operating: null,
    operatingBudget: null, sangongBudget: "300000.00", sangongActual: "250000.00", execBudget: "10000000.00", execActual: "10000000.00",
    execBudgetFull: null, execActualFull: "10000000.00", ...over,
  };
}

const T = ATTENTION_THRESHOLDS;
const kinds = (items: ReturnType<typeof computeAttention>) => items.map((i) => [i.kind, i.value]);

describe("computeAttention", () => {
  test("the execution rule uses the basis it is given and names it, in one sentence at printed precision", () => {
    const newUnit = facts({ execBudget: "0.00", execActual: "3078200.00", execBudgetFull: "3210200.00", execActualFull: "3078200.00" });
    expect(computeAttention(2024, [newUnit], [], T, "initial")).toEqual([]);
    const low = facts({ execBudgetFull: "40000000.00", execActualFull: "30782000.00" });
    expect(computeAttention(2024, [low], [], T, "full")).toEqual([
      expect.objectContaining({
        kind: "executionLow", value: "76.96", severity: "high", stake: "9218000.00",
        message: "预算执行率（对全年预算）76.96%，低于 90%：全年预算 4,000.00万元，决算 3,078.20万元，未执行 921.80万元。",
        href: "/departments/1?year=2024&basis=full#execution",
        evidence: { reportId: 10, part: "execution", page: null, finding: null },
      }),
    ]);
  });

  test.each([
    ["execution 89.99% is low (中)", { execActual: "8999000.00" }, "executionLow", "89.99"],
    ["execution 90.00% is not flagged", { execActual: "9000000.00" }, null, null],
    ["execution 110.01% is high", { execActual: "11001000.00" }, "executionHigh", "110.01"],
    ["execution far off on a budget under 500 万元 is not material", { execBudget: "4990000.00", execActual: "2000000.00" }, null, null],
    ["execution 40% on a budget of exactly 500 万元 is material", { execBudget: "5000000.00", execActual: "2000000.00" }, "executionLow", "40.00"],
    ["三公 over budget by 0.50 万元", { sangongActual: "305000.00" }, "sangongOverBudget", "5000.00"],
    ["三公 over budget by 100 元 is rounding-sized, not listed", { sangongActual: "300100.00" }, null, null],
    ["audit errors", { errorCount: 3, errorReports: 1, errorReportId: 10 }, "auditErrors", "3"],
    ["no budget: no execution rule fires", { execBudget: null }, null, null],
  ] as const)("%s", (_label, over, kind, value) => {
    const items = computeAttention(2024, [facts(over)], [], T);
    if (kind === null) expect(items).toEqual([]);
    else expect(items).toEqual([expect.objectContaining({ kind, value, departmentId: 1, href: expect.stringMatching(/^\/departments\/1\?year=2024/) })]);
  });

  test.each([
    ["+20.00% but only 5.00 万元 on a 1,000 万元 department: flagged (floor 5 万元 and 1‰ = 1 万元)", "300000.00", "250000.00", "20.00"],
    ["+9.99% is below 10%", "274975.00", "250000.00", null],
    ["+60.00% but 0.15 万元: not material", "4000.00", "2500.00", null],
    ["+12.00% and 6 万元 on a 1,000 万元 department", "560000.00", "500000.00", "12.00"],
    ["+10.00% and exactly 5.00 万元: on both thresholds, flagged", "550000.00", "500000.00", "10.00"],
    ["+12.50% but 1 分 under 5 万元: not material", "449999.99", "400000.00", null],
    ["prior 0 (a unit that did not spend last year): no growth rate", "300000.00", "0.00", null],
  ] as const)("三公 growth: %s", (_label, actual, priorActual, value) => {
    const current = facts({ sangongActual: actual, sangongBudget: "9000000.00" });
    const items = computeAttention(2024, [current], [facts({ year: 2023, sangongActual: priorActual })], T);
    expect(items.filter((i) => i.kind === "sangongGrowth").map((i) => i.value)).toEqual(value === null ? [] : [value]);
  });

  test("三公 growth needs more on a large department: 1‰ of 支出合计", () => {
    const big = { expenditure: "1000000000.00", execBudget: null };
    const items = computeAttention(2024, [facts({ ...big, sangongActual: "900000.00", sangongBudget: "9000000.00" })], [facts({ ...big, year: 2023, sangongActual: "800000.00" })], T);
    expect(items).toEqual([]);
  });

  test("expenditure growth over 20% and 500 万元, and a department missing this year", () => {
    const prior = [facts({ year: 2023, expenditure: "80000000.00" }), facts({ departmentId: 2, name: "乙局", year: 2023, reportIds: [7] })];
    const current = facts({ expenditure: "96010000.00", execActual: "96010000.00", execBudget: "96010000.00" });
    const items = computeAttention(2024, [current], prior, T);
    // A missing report (中) ranks above a growth of 20–40% (低).
    expect(kinds(items)).toEqual([["missingReport", null], ["expenditureGrowth", "20.01"]]);
    expect(items[1]?.message).toBe("本年支出合计 9,601.00万元，比上年 8,000.00万元 增加 1,601.00万元（+20.01%）。");
    expect(items[0]).toMatchObject({ href: "/departments/2?year=2023", severity: "medium", evidence: { reportId: 7, part: "report" } });
    const small = computeAttention(2024, [facts({ expenditure: "3000000.00" })], [facts({ year: 2023, expenditure: "2000000.00" })], T);
    expect(small.filter((i) => i.kind === "expenditureGrowth")).toEqual([]);
  });

  test("biggest first: errors, then the high band by 万元 at stake, then the lower bands", () => {
    const current = [
      facts({ departmentId: 1, name: "甲局", execActual: "7000000.00" }),
      facts({ departmentId: 2, name: "乙局", execBudget: "100000000.00", execActual: "60000000.00" }),
      facts({ departmentId: 3, name: "丙局", errorCount: 1, errorReports: 1, errorReportId: 30, reportIds: [30] }),
      facts({ departmentId: 4, name: "丁局", sangongActual: "320000.00" }),
    ];
    const items = computeAttention(2024, current, [], T);
    expect(items.map((i) => [i.department, i.kind, i.severity])).toEqual([
      ["丙局", "auditErrors", "high"],
      ["乙局", "executionLow", "high"],
      ["甲局", "executionLow", "high"],
      ["丁局", "sangongOverBudget", "medium"],
    ]);
    expect(items.map((i) => i.score)).toEqual([...items.map((i) => i.score)].sort((a, b) => b - a));
    expect(items[0]?.evidence).toEqual({ reportId: 30, part: "finding", page: null, finding: null });
  });

  test("count per kind in the chips' order", () => {
    const items = computeAttention(2024, [facts({ errorCount: 1, errorReportId: 10, sangongActual: "400000.00" })], [], T);
    expect(countByKind(items)).toEqual([{ kind: "auditErrors", count: 1 }, { kind: "sangongOverBudget", count: 1 }]);
  });

  test("the page shown: whitelisted kind, pages clamped, only that page's rows (the ones whose evidence is read)", () => {
    const current = Array.from({ length: 7 }, (_, i) => facts({ departmentId: i + 1, name: `局${i + 1}`, execActual: `${5000000 + i * 100000}.00`, reportIds: [i + 10] }));
    current.push(facts({ departmentId: 99, name: "审核局", errorCount: 2, errorReports: 1, errorReportId: 990, reportIds: [990] }));
    const items = computeAttention(2024, current, [], T);
    expect(items).toHaveLength(8);
    const first = attentionPage(items, {}, 3);
    expect([first.kind, first.page, first.pages, first.shown]).toEqual([null, 1, 3, 8]);
    expect(first.rows).toEqual(items.slice(0, 3));
    expect(attentionPage(items, { apage: "3" }, 3).rows).toEqual(items.slice(6));
    expect(attentionPage(items, { apage: "9" }, 3).page).toBe(3);
    for (const bad of ["0", "-1", "1.5", "x", ["2", "3"]]) expect(attentionPage(items, { apage: bad }, 3).page).toBe(Array.isArray(bad) ? 2 : 1);
    const errors = attentionPage(items, { attention: "auditErrors" }, 3);
    expect([errors.kind, errors.shown, errors.pages, errors.rows.map((r) => r.department)]).toEqual(["auditErrors", 1, 1, ["审核局"]]);
    expect(attentionPage(items, { attention: "constructor" }, 3).kind).toBeNull();
    const none = attentionPage([], { apage: "2" }, 3);
    expect([none.page, none.pages, none.shown, none.rows]).toEqual([1, 1, 0, []]);
  });

  test("thresholds: an admin's stored override applies; an invalid one is ignored as a whole", () => {
    expect(resolveAttentionThresholds('{"sangongGrowthMinWan": 20}')).toEqual({ ...T, sangongGrowthMinWan: 20 });
    expect(resolveAttentionThresholds('{"sangongGrowthMinWan": -1}')).toEqual(T);
    expect(resolveAttentionThresholds('{"unknown": 1}')).toEqual(T);
    expect(resolveAttentionThresholds("not json")).toEqual(T);
    expect(resolveAttentionThresholds(null)).toEqual(T);
  });
});

describe("suggestPeers", () => {
  const p = (id: number, expenditure: string | null, kind = "行政", dominantClass = "201"): DepartmentProfile =>
    ({ id, name: `部门${id}`, kind, expenditure, dominantClass, dominantClassName: null });
  const target = p(1, "1000000.00");

  test("same kind, same dominant 类, within ×½–×2, closest first", () => {
    const all = [target, p(2, "1900000.00"), p(3, "1100000.00"), p(4, "500000.00"), p(5, "2000100.00"), p(6, "1000000.00", "事业"), p(7, "1000000.00", "行政", "205"), p(8, null)];
    expect(suggestPeers(target, all).map((x) => x.id)).toEqual([3, 2, 4]);
  });

  test("size-band candidates ignore the 类 (looked up afterwards) but keep kind and size", () => {
    const all = [target, p(2, "1900000.00", "行政", "205"), p(3, "3000000.00"), p(4, "1000000.00", "事业")];
    expect(sizeBandCandidates(target, all).map((x) => x.id)).toEqual([2]);
  });

  test("no peers without a size or a dominant 类", () => {
    expect(suggestPeers(p(1, null), [p(2, "1.00")])).toEqual([]);
  });
});
