import { describe, expect, it } from "vitest";
import { collectExecutionYears, type PackedDepartment } from "@/lib/queries/execution/get-execution-by-year";

const packed = (departmentId: number, entries: string, extra: Partial<PackedDepartment> = {}): PackedDepartment => ({
  departmentId, mergedIntoId: null, name: `部门${departmentId}`, targetName: null, isDemo: false, entries, ...extra,
});

describe("collectExecutionYears", () => {
  it("unpacks year:budget:actual entries, empty amounts as null", () => {
    expect(collectExecutionYears([packed(3, "2023:10.00:9.50;2024::1.00")])).toEqual([
      { departmentId: 3, name: "部门3", year: 2023, isDemo: false, budget: "10.00", actual: "9.50" },
      { departmentId: 3, name: "部门3", year: 2024, isDemo: false, budget: null, actual: "1.00" },
    ]);
  });

  it("counts a merged unit under its target and sums department-years like SQL SUM", () => {
    const rows = collectExecutionYears([
      packed(1, "2022:100.10:90.05;2023:1.00:2.00"),
      packed(2, "2022::5.00", { mergedIntoId: 1, name: "旧部门", targetName: "部门1", isDemo: true }),
      packed(4, "2024:40.00:;2024::"),
    ]);
    expect(rows).toEqual([
      { departmentId: 1, name: "部门1", year: 2022, isDemo: true, budget: "100.10", actual: "95.05" },
      { departmentId: 1, name: "部门1", year: 2023, isDemo: false, budget: "1.00", actual: "2.00" },
      { departmentId: 4, name: "部门4", year: 2024, isDemo: false, budget: "40.00", actual: null },
    ]);
  });
});
