import { describe, expect, it } from "vitest";
import { collectExecutionYears, executionByYearColumns, shapeExecutionByYear, type PackedDepartment } from "@/lib/queries/execution/execution-years";
import { toHeatmapColumns } from "@/lib/charts/heatmap-columns";
import { createRng } from "@/lib/demo/prng";

const packed = (departmentId: number, entries: string, extra: Partial<PackedDepartment> = {}): PackedDepartment => ({
  departmentId, mergedIntoId: null, name: `部门${departmentId}`, targetName: null, isDemo: false, entries, ...extra,
});

/** Every department-year collected, as [department, year, 年初预算, 决算, 全年预算, 决算] (null = none), in first-seen order. */
function rowsOf(packs: PackedDepartment[]): Array<[string, number, ...Array<string | null>]> {
  const years = collectExecutionYears(packs);
  const initial = shapeExecutionByYear(years, [], "initial").cells;
  const full = shapeExecutionByYear(years, [], "full").cells;
  const key = (c: { departmentId: string; code: string }) => `${c.departmentId}/${c.code}`;
  const byKey = new Map<string, Array<string | null>>();
  for (const c of initial) byKey.set(key(c), [c.budget, c.actual, null, null]);
  for (const c of full) byKey.set(key(c), [...(byKey.get(key(c)) ?? [null, null]).slice(0, 2), c.budget, c.actual]);
  return years.year.map((year, i) => {
    const id = years.departments[years.department[i]!]!.id;
    return [id, year, ...(byKey.get(`${id}/${year}`) ?? [null, null, null, null])];
  });
}

describe("collectExecutionYears", () => {
  it("reads year:budget:actual entries (older two-sided packing), empty amounts as none", () => {
    expect(rowsOf([packed(3, "2023:10.00:9.50;2024::1.00")])).toEqual([
      ["3", 2023, "10.00", "9.50", null, null],
      ["3", 2024, null, "1.00", null, null],
    ]);
  });

  it("reads both budgets: year:年初:决算:全年:决算", () => {
    expect(rowsOf([packed(5, "2024:0.00:307.82:321.02:307.82")])).toEqual([["5", 2024, "0.00", "307.82", "321.02", "307.82"]]);
  });

  it("counts a merged unit under its target and sums department-years like SQL SUM", () => {
    const packs = [
      packed(1, "2022:100.10:90.05:20.00:18.00;2023:1.00:2.00::2.00"),
      packed(2, "2022::5.00:5.00:5.00", { mergedIntoId: 1, name: "旧部门", targetName: "部门1", isDemo: true }),
      packed(4, "2024:40.00::;2024::"),
    ];
    expect(rowsOf(packs)).toEqual([
      ["1", 2022, "100.10", "95.05", "25.00", "23.00"],
      ["1", 2023, "1.00", "2.00", null, "2.00"],
      // 4's one department-year has no actual: no cell against either budget.
      ["4", 2024, null, null, null, null],
    ]);
    const years = collectExecutionYears(packs);
    expect(years.isDemo).toBe(true);
    expect(years.departments).toEqual([{ id: "1", name: "部门1" }, { id: "4", name: "部门4" }]);
    expect(years.years).toEqual([2022, 2023, 2024]);
  });

  it("sums a merged unit that comes before its target into the target's years, in first-seen order", () => {
    const rows = rowsOf([
      packed(7, "2023:1.00:1.00::;2024:2.00:2.00::", { mergedIntoId: 8, name: "旧部门", targetName: "部门8" }),
      packed(9, "2023:5.00:4.00::;2023:1.00:::"),
      packed(8, "2024:3.00:3.00::;2025:4.00:4.00::"),
    ]);
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ["8", 2023, "1.00", "1.00"],
      ["8", 2024, "5.00", "5.00"],
      ["9", 2023, "6.00", "4.00"],
      ["8", 2025, "4.00", "4.00"],
    ]);
  });
});

describe("shapeExecutionByYear picks the basis's sides", () => {
  const years = collectExecutionYears([packed(5, "2024:0.00:307.82:321.02:307.82")]);
  it.each([
    ["initial", "0.00"],
    ["full", "321.02"],
  ] as const)("%s", (basis, budget) => {
    const dto = shapeExecutionByYear(years, [{ id: "5", name: "部门5" }], basis);
    expect(dto.basis).toBe(basis);
    expect(dto.cells).toEqual([{ departmentId: "5", code: "2024", budget, actual: "307.82" }]);
  });

  it("lists the heatmap's departments first, then the others by name, and every year", () => {
    const dto = shapeExecutionByYear(collectExecutionYears([packed(3, "2022:1.00:1.00::"), packed(2, "2021:1.00:1.00::"), packed(1, "2024:2.00:2.00::")]), [{ id: "1", name: "部门1" }]);
    expect(dto.departments.map((d) => d.id)).toEqual(["1", "2", "3"]);
    expect(dto.codes).toEqual([2021, 2022, 2024].map((y) => ({ code: String(y), name: `${y} 年度` })));
  });
});

/** Packed departments drawn at random: gaps, missing amounts, whole and negative amounts, merged units, several reports of a year. */
function drawPacks(seed: number): { packs: PackedDepartment[]; order: Array<{ id: string; name: string }> } {
  const rng = createRng(seed);
  const amount = () => (rng.chance(0.15) ? "" : rng.chance(0.3) ? `${rng.int(0, 9999)}.00` : `${rng.chance(0.1) ? "-" : ""}${rng.int(0, 99999)}.${String(rng.int(0, 99)).padStart(2, "0")}`);
  const full = rng.chance(0.5);
  const count = rng.int(1, 12);
  const packs: PackedDepartment[] = [];
  for (let id = 1; id <= count; id += 1) {
    const entries: string[] = [];
    for (let year = 2018; year <= 2024; year += 1) {
      if (!full && rng.chance(0.2)) continue;
      const reports = rng.chance(0.1) ? 2 : 1;
      for (let k = 0; k < reports; k += 1) entries.push(`${year}:${full ? `${rng.int(1, 9)}.00` : amount()}:${full ? `${rng.int(1, 9)}.50` : amount()}:${amount()}:${amount()}`);
    }
    if (entries.length === 0) continue;
    const merged = id > 2 && rng.chance(0.15) ? rng.int(1, id - 1) : null;
    packs.push(packed(id, entries.join(";"), { mergedIntoId: merged, targetName: merged === null ? null : `部门${merged}`, isDemo: rng.chance(0.1) }));
  }
  const shuffled = rng.chance(0.5) ? packs.reverse() : packs;
  const order = packs.filter(() => rng.chance(0.6)).filter((p) => p.mergedIntoId === null).map((p) => ({ id: String(p.departmentId), name: p.name }));
  return { packs: shuffled, order };
}

describe("executionByYearColumns", () => {
  it("is toHeatmapColumns of the shaped heatmap, byte for byte: dense and sparse grids, both budgets", () => {
    let dense = 0;
    for (let seed = 1; seed <= 300; seed += 1) {
      const { packs, order } = drawPacks(seed);
      const years = collectExecutionYears(packs);
      for (const basis of ["initial", "full"] as const) {
        const columns = executionByYearColumns(years, order, basis);
        expect(JSON.stringify(columns), `seed ${seed} ${basis}`).toBe(JSON.stringify(toHeatmapColumns(shapeExecutionByYear(years, order, basis))));
        if (columns.cellDepartment === undefined && columns.budget !== "") dense += 1;
      }
    }
    // Both forms were drawn.
    expect(dense).toBeGreaterThan(50);
    expect(dense).toBeLessThan(550);
  });

  it("packs whole amounts without .00 and keeps exact ones", () => {
    const columns = executionByYearColumns(collectExecutionYears([packed(1, "2023:1200.00:-0.50::;2024:0.00:99.10::")]), [{ id: "1", name: "部门1" }]);
    expect(columns).toMatchObject({ departmentIds: ["1"], codes: ["2023", "2024"], budget: "1200,0", actual: "-0.50,99.10", basis: "initial" });
    expect(columns.cellDepartment).toBeUndefined();
  });
});
