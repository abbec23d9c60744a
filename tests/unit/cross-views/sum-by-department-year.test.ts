import { describe, expect, it } from "vitest";
import { sumByDepartmentYear, unpackEntries, type ExecutionYearRow } from "@/lib/queries/execution/get-execution-by-year";

const row = (departmentId: number, year: number, budget: string | null, actual: string | null, isDemo = false): ExecutionYearRow => ({
  departmentId, name: `部门${departmentId}`, year, isDemo, budget, actual,
});

describe("sumByDepartmentYear", () => {
  it("keeps single reports as they are and sums several reports of one department-year like SQL SUM", () => {
    const out = sumByDepartmentYear([
      row(1, 2024, "100.10", "90.05"),
      row(2, 2024, null, "5.00", true),
      row(2, 2024, "40.00", null),
      row(2, 2023, null, null),
      row(1, 2023, "1.00", "2.00"),
    ]);
    expect(out).toEqual([
      row(1, 2024, "100.10", "90.05"),
      { ...row(2, 2024, "40.00", "5.00"), isDemo: true },
      row(2, 2023, null, null),
      row(1, 2023, "1.00", "2.00"),
    ]);
  });

  it("unpacks a department's year:budget:actual entries, empty amounts as null", () => {
    expect(unpackEntries({ departmentId: 3, name: "部门3", isDemo: false, entries: "2023:10.00:9.50;2024::1.00;2024:2.00:" })).toEqual([
      row(3, 2023, "10.00", "9.50"),
      row(3, 2024, null, "1.00"),
      row(3, 2024, "2.00", null),
    ]);
  });
});
