import { describe, expect, it } from "vitest";
import { collectExecutionYears, shapeExecutionByYear, type PackedDepartment } from "@/lib/queries/execution/get-execution-by-year";

const packed = (departmentId: number, entries: string, extra: Partial<PackedDepartment> = {}): PackedDepartment => ({
  departmentId, mergedIntoId: null, name: `部门${departmentId}`, targetName: null, isDemo: false, entries, ...extra,
});
const none = { budgetFull: null, actualFull: null };

describe("collectExecutionYears", () => {
  it("unpacks year:budget:actual entries (older two-sided packing), empty amounts as null", () => {
    expect(collectExecutionYears([packed(3, "2023:10.00:9.50;2024::1.00")])).toEqual([
      { departmentId: 3, name: "部门3", year: 2023, isDemo: false, budget: "10.00", actual: "9.50", ...none },
      { departmentId: 3, name: "部门3", year: 2024, isDemo: false, budget: null, actual: "1.00", ...none },
    ]);
  });

  it("unpacks both budgets: year:年初:决算:全年:决算", () => {
    expect(collectExecutionYears([packed(5, "2024:0.00:307.82:321.02:307.82")])).toEqual([
      { departmentId: 5, name: "部门5", year: 2024, isDemo: false, budget: "0.00", actual: "307.82", budgetFull: "321.02", actualFull: "307.82" },
    ]);
  });

  it("counts a merged unit under its target and sums department-years like SQL SUM", () => {
    const rows = collectExecutionYears([
      packed(1, "2022:100.10:90.05:20.00:18.00;2023:1.00:2.00::2.00"),
      packed(2, "2022::5.00:5.00:5.00", { mergedIntoId: 1, name: "旧部门", targetName: "部门1", isDemo: true }),
      packed(4, "2024:40.00::;2024::"),
    ]);
    expect(rows).toEqual([
      { departmentId: 1, name: "部门1", year: 2022, isDemo: true, budget: "100.10", actual: "95.05", budgetFull: "25.00", actualFull: "23.00" },
      { departmentId: 1, name: "部门1", year: 2023, isDemo: false, budget: "1.00", actual: "2.00", budgetFull: null, actualFull: "2.00" },
      { departmentId: 4, name: "部门4", year: 2024, isDemo: false, budget: "40.00", actual: null, ...none },
    ]);
  });
  it("sums a merged unit that comes before its target into the target's years, in first-seen order", () => {
    const rows = collectExecutionYears([
      packed(7, "2023:1.00:1.00::;2024:2.00:2.00::", { mergedIntoId: 8, name: "旧部门", targetName: "部门8" }),
      packed(9, "2023:5.00:4.00::;2023:1.00:::"),
      packed(8, "2024:3.00:3.00::;2025:4.00:4.00::"),
    ]);
    expect(rows.map((r) => [r.departmentId, r.year, r.budget, r.actual])).toEqual([
      [8, 2023, "1.00", "1.00"],
      [8, 2024, "5.00", "5.00"],
      [9, 2023, "6.00", "4.00"],
      [8, 2025, "4.00", "4.00"],
    ]);
  });
});

describe("shapeExecutionByYear picks the basis's sides", () => {
  const rows = collectExecutionYears([packed(5, "2024:0.00:307.82:321.02:307.82")]);
  it.each([
    ["initial", "0.00"],
    ["full", "321.02"],
  ] as const)("%s", (basis, budget) => {
    const dto = shapeExecutionByYear(rows, [{ id: "5", name: "部门5" }], basis);
    expect(dto.basis).toBe(basis);
    expect(dto.cells).toEqual([{ departmentId: "5", code: "2024", budget, actual: "307.82" }]);
  });
});
