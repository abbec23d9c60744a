import { describe, expect, it } from "vitest";
import { departmentRows, departmentTotal, heatmapCells, heatmapOrder, sumSideCents } from "@/lib/queries/execution/heatmap-order";
import { sumAmountText } from "@/lib/money";
import { executionRatePct } from "@/lib/figures/execution";
import { createRng } from "@/lib/demo/prng";

/** The rule written over amount strings: Σ over the cells stating the budget, over every cell when none does. */
function expectedTotal(entries: string | null, side: 0 | 2) {
  const cells = (entries === null ? [] : entries.split(";")).map((e) => e.split(":")).map((f) => ({ budget: f[side + 1] || null, actual: f[side + 2] || null }));
  const over = cells.some((c) => c.budget !== null) ? cells.filter((c) => c.budget !== null) : cells;
  const budget = sumAmountText(over.map((c) => c.budget));
  const actual = sumAmountText(over.map((c) => c.actual));
  return { departmentId: "1", budget, actual, ratePct: executionRatePct(actual, budget) };
}

describe("departmentTotal", () => {
  it("sums the cells stating the budget, else every cell, exactly", () => {
    expect(departmentTotal("1", "201:100.10:90.05::7.00;205::5.00:3.5:1;206:0.00:-0.01::", 0)).toEqual({ departmentId: "1", budget: "100.10", actual: "90.04", ratePct: "89.95" });
    expect(departmentTotal("1", "201:100.10:90.05::7.00;205::5.00:3.5:1;206:0.00:-0.01::", 2)).toEqual({ departmentId: "1", budget: "3.50", actual: "1.00", ratePct: "28.57" });
    expect(departmentTotal("1", "201::1.00::;205::2.50::", 0)).toEqual({ departmentId: "1", budget: null, actual: "3.50", ratePct: null });
    expect(departmentTotal("1", null, 0)).toEqual({ departmentId: "1", budget: null, actual: null, ratePct: null });
    expect(departmentTotal("1", "201:0.00:::", 0)).toEqual({ departmentId: "1", budget: "0.00", actual: null, ratePct: null });
  });

  it("sums amounts past 2^53 cents and amounts that are not plain as text", () => {
    // Ten amounts of 15 digits: their sum passes 2^53 cents.
    const huge = Array.from({ length: 10 }, (_, i) => `${201 + i}:9999999999999.99:9999999999999.99::`).join(";");
    expect(departmentTotal("1", huge, 0)).toEqual(expectedTotal(huge, 0));
    expect(departmentTotal("1", huge, 0).budget).toBe("99999999999999.90");
    expect(departmentTotal("1", "201:123456789012345.00:1.5::", 0).budget).toBe("123456789012345.00");
    expect(departmentTotal("1", "201:1.234:1::", 0)).toEqual(expectedTotal("201:1.234:1::", 0));
    // Only those: plain amounts are summed in cents.
    expect(sumSideCents("201:1.234:1::", 0)).toBeNull();
    expect(sumSideCents(huge, 0)).toBeNull();
    expect(sumSideCents("201:100.10:90.05::7.00;205::5.00:3.5:1", 2)).toEqual({ budget: "3.50", actual: "1.00" });
  });

  it("agrees with the rule over strings on drawn cells", () => {
    const rng = createRng(17);
    const amount = () => (rng.chance(0.3) ? "" : `${rng.chance(0.1) ? "-" : ""}${rng.int(0, 10 ** rng.int(0, 13))}${rng.chance(0.5) ? `.${String(rng.int(0, 99)).padStart(2, "0")}` : rng.chance(0.5) ? `.${rng.int(0, 9)}` : ""}`);
    for (let n = 0; n < 500; n += 1) {
      const entries = Array.from({ length: rng.int(1, 16) }, (_, i) => `${201 + i}:${amount()}:${amount()}:${amount()}:${amount()}`).join(";");
      for (const side of [0, 2] as const) expect(departmentTotal("1", entries, side), entries).toEqual(expectedTotal(entries, side));
    }
  });
});

describe("heatmapOrder and heatmapCells", () => {
  const rows = departmentRows([
    { departmentId: 3, name: "乙局", isDemo: false, entries: "201:10.00:9.00:20.00:19.00" },
    { departmentId: 1, name: "甲局", isDemo: true, entries: "201:10.00:5.00::;205::1.00::" },
    // A merged unit's report meets its target's: summed code by code.
    { departmentId: 3, name: "乙局", isDemo: false, entries: "205:1.00:1.00::" },
    { departmentId: 2, name: "丙局", isDemo: false, entries: null },
  ]);

  it("one row per department in ascending id, several reports merged code by code", () => {
    expect(rows.map((r) => [r.departmentId, r.entries])).toEqual([
      [1, "201:10.00:5.00::;205::1.00::"],
      [2, null],
      [3, "201:10.00:9.00:20.00:19.00;205:1.00:1.00::"],
    ]);
  });

  it("orders by size, rate or name and takes the basis more departments state unless asked", () => {
    const bySize = heatmapOrder(rows, "size", undefined);
    expect(bySize).toMatchObject({ isDemo: true, basis: "initial", coverage: { initial: 2, full: 1 } });
    expect(bySize.departments.map((d) => d.id)).toEqual(["3", "1", "2"]);
    expect(bySize.totals.map((t) => [t.departmentId, t.budget, t.actual, t.ratePct])).toEqual([
      ["1", "10.00", "5.00", "50.00"],
      ["2", null, null, null],
      ["3", "11.00", "10.00", "90.91"],
    ]);
    expect(heatmapOrder(rows, "rate", undefined).departments.map((d) => d.id)).toEqual(["1", "3", "2"]);
    expect(heatmapOrder(rows, "name", "full")).toMatchObject({ basis: "full", totals: [{ budget: null, actual: null }, { budget: null }, { budget: "20.00", actual: "19.00" }] });
  });

  it("cells against one budget, department by department, and every code named", () => {
    expect(heatmapCells(rows, "full")).toEqual({
      codes: ["201", "205"],
      cells: [
        { departmentId: "1", code: "201", budget: null, actual: null },
        { departmentId: "1", code: "205", budget: null, actual: null },
        { departmentId: "3", code: "201", budget: "20.00", actual: "19.00" },
        { departmentId: "3", code: "205", budget: null, actual: null },
      ],
    });
  });
});
