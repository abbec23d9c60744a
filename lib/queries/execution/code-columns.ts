import type { HeatmapColumns } from "../../charts/heatmap-columns";
import type { ExecutionBasis } from "../../figures/execution";
import type { DepartmentRow } from "./heatmap-order";

/** A packed entry's amount as a column writes it: "" when absent, a whole amount without its ".00". */
const columnAmount = (field: string | undefined): string => (field === undefined ? "" : field.endsWith(".00") ? field.slice(0, -3) : field);

/** Pure: the codes the rows' packed cells name, sorted (heatmapCells' codes), without splitting out their amounts. */
export function heatmapCodes(rows: ReadonlyArray<DepartmentRow>): string[] {
  const codes = new Set<string>();
  for (const row of rows) {
    if (row.entries === null) continue;
    for (let start = 0; start <= row.entries.length; ) {
      const end = row.entries.indexOf(";", start);
      const stop = end < 0 ? row.entries.length : end;
      const colon = row.entries.indexOf(":", start);
      codes.add(row.entries.slice(start, colon < 0 || colon > stop ? stop : colon));
      start = stop + 1;
    }
  }
  return [...codes].sort();
}

/**
 * Pure: toHeatmapColumns of the heatmap loadExecutionHeatmap builds from these rows (heatmapCells' cells and sorted
 * codes, `departments` in the heatmap's order, codes named from `codeNames`), byte for byte, without a cell object per
 * department × code and without sorting them: what /execution's code chart fetches. Cells are in grid order when every
 * department has every code once, else in the rows' order with their indices.
 */
export function executionCodeColumns(
  rows: ReadonlyArray<DepartmentRow>,
  departments: ReadonlyArray<{ id: string; name: string }>,
  basis: ExecutionBasis,
  codeNames: ReadonlyArray<[string, string]>,
): HeatmapColumns {
  const at = basis === "initial" ? 1 : 3;
  const entries = rows.map((row) => (row.entries === null ? [] : row.entries.split(";").map((entry) => entry.split(":"))));
  const codes = heatmapCodes(rows);
  const codeIndex = new Map(codes.map((code, i) => [code, i]));
  const rowIndex = new Map(departments.map((d, i) => [d.id, i]));
  const width = codes.length;
  // Each placed cell: its department's and code's index and its fields, in the rows' order.
  const cellDepartment: number[] = [];
  const cellCode: number[] = [];
  const cellFields: string[][] = [];
  rows.forEach((row, r) => {
    const d = rowIndex.get(String(row.departmentId));
    if (d === undefined) return;
    for (const fields of entries[r]!) {
      cellDepartment.push(d);
      cellCode.push(codeIndex.get(fields[0] ?? "")!);
      cellFields.push(fields);
    }
  });
  const count = cellFields.length;
  let order: number[] | null = null;
  if (count > 0 && count === departments.length * width) {
    // Every slot of the grid filled exactly once makes the cells dense: then in grid order.
    const slots = new Array<number>(count).fill(-1);
    let unique = true;
    for (let i = 0; i < count && unique; i += 1) {
      const slot = cellDepartment[i]! * width + cellCode[i]!;
      unique = slots[slot] === -1;
      slots[slot] = i;
    }
    if (unique) order = slots;
  }
  const sequence = order ?? Array.from({ length: count }, (_, i) => i);
  const nameOf = new Map(codeNames);
  return {
    departmentIds: departments.map((d) => d.id),
    departmentNames: departments.map((d) => d.name),
    codes,
    codeNames: codes.map((code) => nameOf.get(code) ?? ""),
    ...(order === null ? { cellDepartment, cellCode } : {}),
    budget: sequence.map((i) => columnAmount(cellFields[i]![at])).join(","),
    actual: sequence.map((i) => columnAmount(cellFields[i]![at + 1])).join(","),
    basis,
  };
}
