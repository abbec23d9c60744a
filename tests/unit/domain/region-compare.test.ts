import { describe, expect, test } from "vitest";
import {
  commonRegion, defaultRegionSet, departmentKindKey, matchDepartmentKinds, parseRegionCodes, requestedRegionCodes,
} from "@/lib/domain/region-compare";
import { shapeRegionCompare } from "@/lib/queries/compare/shape-region-compare";
import type { DepartmentYearFacts } from "@/lib/queries/overview/list-department-year-facts";

describe("区 vs 区: regions and the same kind of department", () => {
  test.each([
    ["990101,990102", ["990101", "990102"]],
    [["990101", "990102,990101"], ["990101", "990102"]],
    ["9901, x, 31; ,310107", ["9901", "310107"]],
    ["1,2,3,11,12,13,14,15", ["11", "12", "13", "14", "15"]],
    [undefined, []],
  ])("parseRegionCodes(%o)", (raw, codes) => {
    expect(parseRegionCodes(raw)).toEqual(codes);
  });

  test.each([
    ["9901, x, 31; ,9901", ["9901", "x", "31;"]],
    [["990101", ",990101"], ["990101"]],
    [undefined, []],
  ])("requestedRegionCodes(%o) keeps malformed entries, so they can be reported", (raw, codes) => {
    expect(requestedRegionCodes(raw)).toEqual(codes);
  });

  test.each([
    ["示例市甲区财政局", "示例市甲区", "甲区", "财政局"],
    ["甲区教育局", "示例市甲区", "甲区", "教育局"],
    ["中共上海市普陀区委社会工作部", "上海市普陀区", "普陀区", "中共委社会工作部"],
    ["咸宁市人民政府办公室", "上海市普陀区", "普陀区", "咸宁市人民政府办公室"],
  ])("departmentKindKey(%s in %s)", (name, full, short, kind) => {
    expect(departmentKindKey(name, full, short)).toBe(kind);
  });

  test("kinds present in two regions or more, one department per region, most widely present first, then by pinyin", () => {
    const regions = [{ code: "990101", fullName: "示例市甲区", name: "甲区" }, { code: "990102", fullName: "示例市乙区", name: "乙区" }];
    const kinds = matchDepartmentKinds(regions, [
      { id: 1, name: "示例市甲区财政局", regionCode: "990101" },
      { id: 2, name: "示例市乙区财政局", regionCode: "990102" },
      { id: 3, name: "示例市甲区机关事务服务中心", regionCode: "990101" },
      { id: 4, name: "示例市乙区教育局", regionCode: "990102" },
      { id: 5, name: "示例市甲区教育局", regionCode: "990101" },
      { id: 6, name: "示例市财政局", regionCode: "9901" },
    ]);
    expect(kinds).toEqual([
      { kind: "财政局", departments: [{ id: 1, name: "示例市甲区财政局" }, { id: 2, name: "示例市乙区财政局" }] },
      { kind: "教育局", departments: [{ id: 5, name: "示例市甲区教育局" }, { id: 4, name: "示例市乙区教育局" }] },
    ]);
  });

  test("the common region of a comparison, and where 按地区对比 starts", () => {
    const parents: Record<string, string | null> = { "9901": null, "990101": "9901", "990102": "9901", "31": null, "310107": "31" };
    const parentOf = (c: string) => parents[c] ?? null;
    expect(commonRegion(["990101", "990102"], parentOf)).toBe("9901");
    expect(commonRegion(["9901", "990102"], parentOf)).toBe("9901");
    expect(commonRegion(["990101", "310107"], parentOf)).toBeNull();
    const options = [
      { code: "31", depth: 0 }, { code: "310107", depth: 1 },
      { code: "9901", depth: 0 }, { code: "990101", depth: 1 }, { code: "990102", depth: 1 },
    ];
    expect(defaultRegionSet("9901", options)).toEqual(["990101", "990102"]);
    expect(defaultRegionSet("990101", options)).toEqual(["990101", "990102"]);
    expect(defaultRegionSet("310107", options)).toEqual(["310107"]);
    expect(defaultRegionSet("none", options)).toEqual([]);
  });
});

const facts = (over: Partial<DepartmentYearFacts>): DepartmentYearFacts => ({
  departmentId: 1, name: "x", kind: "行政", year: 2024, isDemo: true, reportIds: [1], errorReportId: null, errorCount: 0, errorReports: 0,
  expenditure: null, fiscal: null, basic: null, project: null, operating: null, operatingBudget: null, sangongBudget: null, sangongActual: null,
  execBudget: null, execActual: null, execBudgetFull: null, execActualFull: null, ...over,
} as DepartmentYearFacts);

describe("shapeRegionCompare", () => {
  test("each region's figures are the exact sums of its departments' counted reports", () => {
    const shaped = shapeRegionCompare(2024, [
      {
        code: "990101", name: "示例市甲区",
        current: [facts({ expenditure: "100.10", basic: "60.05", project: "40.05", execBudget: "50.00", execActual: "45.00", sangongBudget: "10.00", sangongActual: "8.00" }), facts({ departmentId: 2, expenditure: "0.20" })],
        prior: [facts({ year: 2023, expenditure: "80.24" })],
        classes: [{ code: "201", name: "一般公共服务支出", amount: "100.30" }],
        items: [{ item: "reception", actual: "8.00" }],
      },
      { code: "990102", name: "示例市乙区", current: [], prior: [], classes: [{ code: "205", name: "教育支出", amount: "7.00" }], items: [] },
    ], { reception: "公务接待费" });
    expect(shaped.rows[0]).toMatchObject({
      code: "990101", departments: 2, expenditure: "100.30", priorExpenditure: "80.24", changePct: "25.00",
      execRatePct: "90.00", sangongActual: "8.00", sangongRatePct: "80.00",
    });
    expect(shaped.rows[1]).toMatchObject({ departments: 0, expenditure: null, execRatePct: null });
    expect(shaped.totals.departments[0]?.values).toMatchObject({ expenditure: "100.30", basic: "60.05", project: "40.05", priorExpenditure: "80.24" });
    expect(shaped.structure.metrics.map((m) => m.key)).toEqual(["201", "205"]);
    expect(shaped.structure.departments.map((d) => d.values["205"] ?? null)).toEqual([null, "7.00"]);
    expect(shaped.sangong.departments[0]?.values).toEqual({ reception: "8.00" });
  });
});
