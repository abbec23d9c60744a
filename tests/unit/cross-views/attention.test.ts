import { describe, expect, test } from "vitest";
import { computeAttention } from "@/lib/queries/overview/attention";
import type { DepartmentYearFacts } from "@/lib/queries/overview/list-department-year-facts";
import { sizeBandCandidates, suggestPeers } from "@/lib/queries/compare/suggest-peers";
import type { DepartmentProfile } from "@/lib/queries/compare/list-department-profiles";
import { ATTENTION_THRESHOLDS } from "@/lib/settings/attention";

function facts(over: Partial<DepartmentYearFacts>): DepartmentYearFacts {
  return {
    departmentId: 1, name: "甲局", kind: "行政", year: 2024, isDemo: false, reportIds: [10], errorReportId: null, errorCount: 0,
    errorReports: 0, expenditure: "1000000.00", fiscal: "1000000.00", basic: null, project: null, operating: null,
    operatingBudget: null, sangongBudget: "10000.00", sangongActual: "9000.00", execBudget: "1000000.00", execActual: "1000000.00",
    execBudgetFull: null, execActualFull: "1000000.00", ...over,
  };
}

describe("computeAttention", () => {
  test("the execution rule uses the basis it is given and names it", () => {
    const newUnit = facts({ execBudget: "0.00", execActual: "307820.00", execBudgetFull: "321020.00", execActualFull: "307820.00" });
    expect(computeAttention(2024, [newUnit], [], ATTENTION_THRESHOLDS, "initial")).toEqual([]);
    const low = facts({ execBudgetFull: "400000.00", execActualFull: "307820.00" });
    expect(computeAttention(2024, [low], [], ATTENTION_THRESHOLDS, "full")).toEqual([
      expect.objectContaining({ kind: "executionLow", value: "76.96", message: "预算执行率（对全年预算） 76.96%，低于 90%" }),
    ]);
  });

  test.each([
    ["execution 89.99% is low", { execActual: "899900.00" }, "executionLow", "89.99"],
    ["execution 90.00% is not flagged", { execActual: "900000.00" }, null, null],
    ["execution 110.01% is high", { execActual: "1100100.00" }, "executionHigh", "110.01"],
    ["三公 over budget by 100 元", { sangongActual: "10100.00" }, "sangongOverBudget", "100.00"],
    ["audit errors", { errorCount: 3, errorReports: 1, errorReportId: 10 }, "auditErrors", "3"],
    ["no budget: no execution rule fires", { execBudget: null }, null, null],
  ] as const)("%s", (_label, over, kind, value) => {
    const items = computeAttention(2024, [facts(over)], [], ATTENTION_THRESHOLDS);
    if (kind === null) expect(items).toEqual([]);
    else expect(items).toEqual([expect.objectContaining({ kind, value, departmentId: 1, href: expect.stringMatching(/^\/departments\/1\?year=2024/) })]);
  });

  test.each([
    ["三公 +10.00% is not growth", "9900.00", null],
    ["三公 +10.01% is growth", "9900.99", "10.01"],
  ] as const)("%s", (_label, actual, value) => {
    const items = computeAttention(2024, [facts({ sangongActual: actual })], [facts({ year: 2023, sangongActual: "9000.00" })], ATTENTION_THRESHOLDS);
    expect(items.filter((i) => i.kind === "sangongGrowth").map((i) => i.value)).toEqual(value === null ? [] : [value]);
  });

  test("expenditure growth over 20% and a department missing this year", () => {
    const prior = [facts({ year: 2023, expenditure: "800000.00" }), facts({ departmentId: 2, name: "乙局", year: 2023 })];
    const items = computeAttention(2024, [facts({ expenditure: "960100.00", execActual: "960100.00", execBudget: "960100.00" })], prior, ATTENTION_THRESHOLDS);
    expect(items.map((i) => [i.kind, i.departmentId, i.value])).toEqual([
      ["expenditureGrowth", 1, "20.01"],
      ["missingReport", 2, null],
    ]);
    expect(items[1]?.href).toBe("/departments/2?year=2023");
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
