import { describe, expect, it } from "vitest";
import { unpack } from "@/lib/cache/packed";
import type { DepartmentProfile } from "@/lib/queries/compare/list-department-profiles";
import { largestSpenders, packPickerOptions } from "@/lib/queries/compare/picker-views";

const profile = (id: number, expenditure: string | null): DepartmentProfile => ({
  id, name: `部门${id}`, kind: "行政", expenditure, dominantClass: null, dominantClassName: null,
});

describe("compare picker views", () => {
  const picker = Object.freeze([profile(1, "10.00"), profile(2, null), profile(3, "9007199254740993.01"), profile(4, "9007199254740992.99"), profile(5, "0.50")]);

  it("packs id and name of every department, once per shared list", () => {
    const packed = packPickerOptions(picker);
    expect(unpack(packed)).toEqual([1, 2, 3, 4, 5].map((id) => ({ id, name: `部门${id}` })));
    expect(packPickerOptions(picker)).toBe(packed);
  });

  it("lists the largest spenders exactly by amount, leaving out departments without one", () => {
    expect(largestSpenders(picker, 3).map((p) => p.id)).toEqual([3, 4, 1]);
    expect(largestSpenders(picker, 10).map((p) => p.id)).toEqual([3, 4, 1, 5]);
    expect(picker.map((p) => p.id)).toEqual([1, 2, 3, 4, 5]);
  });
});
