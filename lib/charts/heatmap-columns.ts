import { pack, unpack, type Packed } from "../cache/packed";
import { perObject } from "../cache/per-object";
import type { ExecutionBasis } from "../figures/execution";
import type { HeatmapDto } from "./dto";
import { withRegion, type RegionRef } from "../domain/region-href";

/**
 * A heatmap as columns, for a page's flight data: department ids and names once, code names once, and the cells' two
 * amounts as two strings of exact decimals in 元. Where every department × code has a cell (the by-year heatmap) the
 * cells are in grid order and need no indices; otherwise each cell carries its department and code index. At 1,000
 * departments the object-per-cell form repeated every key and id per cell; a JSON array of amount strings still spent
 * half its bytes on quotes (escaped again inside the page's script) and on ".00". Pure: the server packs, the client
 * unpacks.
 */
export interface HeatmapColumns {
  departmentIds: string[];
  departmentNames: string[];
  codes: string[];
  codeNames: string[];
  /** Per cell: index into the departments and into the codes; absent when the cells fill the grid row by row. */
  cellDepartment?: number[];
  cellCode?: number[];
  /** Per cell, joined by ",": the amount ("" = none), a whole amount without its ".00". */
  budget: string;
  actual: string;
  basis?: ExecutionBasis;
}

const packAmount = (amount: string | null): string => (amount === null ? "" : amount.endsWith(".00") ? amount.slice(0, -3) : amount);
const unpackAmount = (text: string): string | null => (text === "" ? null : text.includes(".") ? text : `${text}.00`);

/** Cells of a department or code the DTO does not list are dropped: the chart never draws them. */
export function toHeatmapColumns(dto: HeatmapDto): HeatmapColumns {
  const departmentIndex = new Map(dto.departments.map((d, i) => [d.id, i]));
  const codeIndex = new Map(dto.codes.map((c, i) => [c.code, i]));
  const width = dto.codes.length;
  const placed: Array<{ d: number; c: number; budget: string | null; actual: string | null }> = [];
  const positions = new Set<number>();
  for (const cell of dto.cells) {
    const d = departmentIndex.get(cell.departmentId);
    const c = codeIndex.get(cell.code);
    if (d === undefined || c === undefined) continue;
    placed.push({ d, c, budget: cell.budget, actual: cell.actual });
    positions.add(d * width + c);
  }
  const dense = placed.length > 0 && positions.size === placed.length && placed.length === dto.departments.length * width;
  if (dense) placed.sort((a, b) => a.d * width + a.c - (b.d * width + b.c));
  return {
    departmentIds: dto.departments.map((d) => d.id),
    departmentNames: dto.departments.map((d) => d.name),
    codes: dto.codes.map((c) => c.code),
    codeNames: dto.codes.map((c) => c.name),
    ...(dense ? {} : { cellDepartment: placed.map((p) => p.d), cellCode: placed.map((p) => p.c) }),
    budget: placed.map((p) => packAmount(p.budget)).join(","),
    actual: placed.map((p) => packAmount(p.actual)).join(","),
    ...(dto.basis === undefined ? {} : { basis: dto.basis }),
  };
}

export function fromHeatmapColumns(columns: HeatmapColumns): HeatmapDto {
  const width = columns.codes.length;
  const count = columns.cellDepartment?.length ?? columns.departmentIds.length * width;
  const budget = count === 0 ? [] : columns.budget.split(",");
  const actual = count === 0 ? [] : columns.actual.split(",");
  return {
    departments: columns.departmentIds.map((id, i) => ({ id, name: columns.departmentNames[i] ?? "" })),
    codes: columns.codes.map((code, i) => ({ code, name: columns.codeNames[i] ?? "" })),
    cells: Array.from({ length: count }, (_, i) => ({
      departmentId: columns.departmentIds[columns.cellDepartment?.[i] ?? Math.floor(i / width)] ?? "",
      code: columns.codes[columns.cellCode?.[i] ?? i % width] ?? "",
      budget: unpackAmount(budget[i] ?? ""),
      actual: unpackAmount(actual[i] ?? ""),
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

/** Which /execution heatmap a chart fetches, with the view's resolved parameters. */
export interface HeatmapColumnsQuery {
  view: "code" | "years";
  year: number;
  level: string;
  sort: string;
  /** Only when the page's URL names one: otherwise the view's own default (getExecutionView keys it that way). */
  basis?: ExecutionBasis;
  region: RegionRef;
}

/**
 * Where /execution's charts fetch their columns: the page ships the cards and the browser fetches the figures (≈ 330 KB
 * of packed columns at 1,000 departments) in one request the response cache, the ETag and the browser's cache can answer.
 */
export function heatmapColumnsHref(q: HeatmapColumnsQuery): string {
  const params = new URLSearchParams({ format: "columns", view: q.view, year: String(q.year), level: q.level, sort: q.sort, ...(q.basis === undefined ? {} : { basis: q.basis }) });
  return withRegion(`/api/analytics/execution?${params.toString()}`, q.region);
}
