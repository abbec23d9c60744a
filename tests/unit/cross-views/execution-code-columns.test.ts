import { describe, expect, it } from "vitest";
import { toHeatmapColumns } from "@/lib/charts/heatmap-columns";
import { createRng } from "@/lib/demo/prng";
import { executionCodeColumns, heatmapCodes } from "@/lib/queries/execution/code-columns";
import { departmentRows, heatmapCells, heatmapOrder, type DepartmentRow } from "@/lib/queries/execution/heatmap-order";

/** The heatmap loadExecutionHeatmap makes of these rows, as the chart's columns (the path executionCodeColumns replaces). */
function viaCells(rows: DepartmentRow[], departments: Array<{ id: string; name: string }>, basis: "initial" | "full", codeNames: Array<[string, string]>) {
  const { cells, codes } = heatmapCells(rows, basis);
  const nameOf = new Map(codeNames);
  return toHeatmapColumns({ departments, codes: codes.map((code) => ({ code, name: nameOf.get(code) ?? "" })), cells, basis });
}

/** Rows drawn at random: codes missing per department, missing, whole and negative amounts, several reports of a department. */
function drawRows(seed: number): { rows: DepartmentRow[]; codeNames: Array<[string, string]> } {
  const rng = createRng(seed);
  const amount = () => (rng.chance(0.15) ? "" : rng.chance(0.3) ? `${rng.int(0, 9999)}.00` : `${rng.chance(0.1) ? "-" : ""}${rng.int(0, 99999)}.${String(rng.int(0, 99)).padStart(2, "0")}`);
  const full = rng.chance(0.5);
  const codes = ["201", "205", "208", "210", "213", "221"].slice(0, rng.int(1, 6));
  const reports = [];
  for (let id = 1; id <= rng.int(0, 12); id += 1) {
    for (let k = rng.chance(0.1) ? 2 : 1; k > 0; k -= 1) {
      const entries = codes.filter(() => full || rng.chance(0.7)).map((code) => `${code}:${amount()}:${amount()}:${amount()}:${amount()}`);
      reports.push({ departmentId: id, name: `部门${id}`, isDemo: false, entries: entries.length === 0 ? null : entries.join(";") });
    }
  }
  return { rows: departmentRows(reports), codeNames: codes.filter(() => rng.chance(0.8)).map((code) => [code, `科目${code}`]) };
}

describe("executionCodeColumns", () => {
  it("is toHeatmapColumns of the cells' heatmap, byte for byte: dense and sparse grids, both budgets, every order", () => {
    let dense = 0;
    for (let seed = 1; seed <= 300; seed += 1) {
      const { rows, codeNames } = drawRows(seed);
      for (const basis of ["initial", "full"] as const) {
        for (const sort of ["name", "size", "rate"] as const) {
          const { departments } = heatmapOrder(rows, sort, basis);
          const columns = executionCodeColumns(rows, departments, basis, codeNames);
          expect(JSON.stringify(columns), `seed ${seed} ${basis} ${sort}`).toBe(JSON.stringify(viaCells(rows, departments, basis, codeNames)));
          if (columns.cellDepartment === undefined) dense += 1;
          expect(heatmapCodes(rows)).toEqual(heatmapCells(rows, basis).codes);
        }
      }
    }
    // Both forms were drawn.
    expect(dense).toBeGreaterThan(100);
    expect(dense).toBeLessThan(1700);
  });

  it("writes whole amounts without .00, none as empty, and nothing for no rows", () => {
    const rows = departmentRows([{ departmentId: 7, name: "部门7", isDemo: false, entries: "201:1200.00:-0.50::;205::99.10::" }]);
    expect(executionCodeColumns(rows, [{ id: "7", name: "部门7" }], "initial", [["201", "一般公共服务支出"]])).toEqual({
      departmentIds: ["7"], departmentNames: ["部门7"], codes: ["201", "205"], codeNames: ["一般公共服务支出", ""], budget: "1200,", actual: "-0.50,99.10", basis: "initial",
    });
    expect(executionCodeColumns([], [], "full", [])).toEqual(viaCells([], [], "full", []));
  });
});
