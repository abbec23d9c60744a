import { pack, unpack, type Packed } from "../cache/packed";
import { perObject } from "../cache/per-object";
import type { ExecutionBasis } from "../figures/execution";
import type { HeatmapDto } from "./dto";

/**
 * A heatmap as columns, for a page's flight data: department ids and names once, code names once, and each cell as two
 * indices and its two amounts (decimal strings in 元, exact). At 1,000 departments the object-per-cell form repeated
 * every key and id per cell and was most of /execution's bytes. Pure: the server packs, the client unpacks.
 */
export interface HeatmapColumns {
  departmentIds: string[];
  departmentNames: string[];
  codes: string[];
  codeNames: string[];
  /** Per cell: index into the departments, index into the codes, budget, actual. */
  cellDepartment: number[];
  cellCode: number[];
  budget: Array<string | null>;
  actual: Array<string | null>;
  basis?: ExecutionBasis;
}

/** Cells of a department or code the DTO does not list are dropped: the chart never draws them. */
export function toHeatmapColumns(dto: HeatmapDto): HeatmapColumns {
  const departmentIndex = new Map(dto.departments.map((d, i) => [d.id, i]));
  const codeIndex = new Map(dto.codes.map((c, i) => [c.code, i]));
  const columns: HeatmapColumns = {
    departmentIds: dto.departments.map((d) => d.id),
    departmentNames: dto.departments.map((d) => d.name),
    codes: dto.codes.map((c) => c.code),
    codeNames: dto.codes.map((c) => c.name),
    cellDepartment: [],
    cellCode: [],
    budget: [],
    actual: [],
    ...(dto.basis === undefined ? {} : { basis: dto.basis }),
  };
  for (const cell of dto.cells) {
    const d = departmentIndex.get(cell.departmentId);
    const c = codeIndex.get(cell.code);
    if (d === undefined || c === undefined) continue;
    columns.cellDepartment.push(d);
    columns.cellCode.push(c);
    columns.budget.push(cell.budget);
    columns.actual.push(cell.actual);
  }
  return columns;
}

export function fromHeatmapColumns(columns: HeatmapColumns): HeatmapDto {
  return {
    departments: columns.departmentIds.map((id, i) => ({ id, name: columns.departmentNames[i] ?? "" })),
    codes: columns.codes.map((code, i) => ({ code, name: columns.codeNames[i] ?? "" })),
    cells: columns.cellDepartment.map((d, i) => ({
      departmentId: columns.departmentIds[d] ?? "",
      code: columns.codes[columns.cellCode[i] ?? -1] ?? "",
      budget: columns.budget[i] ?? null,
      actual: columns.actual[i] ?? null,
    })),
    ...(columns.basis === undefined ? {} : { basis: columns.basis }),
  };
}

/**
 * The heatmap as the page hands it to the browser: its columns packed (lib/cache/packed.ts). The columns are made
 * once per heatmap object, so a shared result is packed once for every page showing it.
 */
export const packHeatmap: (dto: HeatmapDto) => Packed<HeatmapColumns> = perObject((dto) => pack(toHeatmapColumns(dto)));

export function unpackHeatmap(packed: Packed<HeatmapColumns>): HeatmapDto {
  return fromHeatmapColumns(unpack(packed));
}

/** What the server draws of a packed heatmap before the browser unpacks it: the card's size and labels. */
export interface HeatmapShape {
  departments: number;
  codes: number;
  basis?: ExecutionBasis;
}

export function heatmapShape(dto: HeatmapDto): HeatmapShape {
  return { departments: dto.departments.length, codes: dto.codes.length, ...(dto.basis === undefined ? {} : { basis: dto.basis }) };
}
