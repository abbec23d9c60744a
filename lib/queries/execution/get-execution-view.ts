import type { RegionViewer } from "../region/region-scope";
import { pickYear } from "../list-years";
import { listReportYears } from "../overview/list-report-years";
import { getExecutionHeatmap, getExecutionOrder, parseLevel, parseSort, type ExecutionHeatmapDto } from "./get-execution-heatmap";
import { listExecutionByYear } from "./get-execution-by-year";
import { executionByYearColumns, shapeExecutionByYear, type ExecutionByYearDto } from "./execution-years";
import { sharedPerScope } from "../page-data-cache";
import { pack, type Packed } from "../../cache/packed";
import type { HeatmapColumns } from "../../charts/heatmap-columns";

export interface ExecutionViewDto {
  heatmap: ExecutionHeatmapDto;
  /** Departments × years of the overall rate, in the heatmap's department order; null when nothing is reported. */
  byYear: ExecutionByYearDto | null;
}

export interface ExecutionViewParams {
  year?: string | string[];
  level?: string | string[];
  sort?: string | string[];
  basis?: string | string[];
}

/** The view's parameters as its cache key: year, level and sort resolved; the basis as asked (its default needs the data). */
interface ResolvedParams {
  year: string | null;
  level: string;
  sort: string;
  basis: string | null;
}

/** The heatmap's own parameters for a resolved view: the page asks with exactly these, so the two share one result. */
function heatmapParams(params: ResolvedParams): { year?: string; level: string; sort: string; basis?: string } {
  return { level: params.level, sort: params.sort, ...(params.year === null ? {} : { year: params.year }), ...(params.basis === null ? {} : { basis: params.basis }) };
}

/** Everything /execution shows: the two queries run side by side, the by-year rows take the heatmap's order after. */
async function loadExecutionView(viewer: RegionViewer, params: ResolvedParams): Promise<ExecutionViewDto> {
  const [heatmap, rows] = await Promise.all([getExecutionHeatmap(viewer, heatmapParams(params)), listExecutionByYear(viewer)]);
  return { heatmap, byYear: heatmap.year === null ? null : shapeExecutionByYear(rows, heatmap.departments, heatmap.basis) };
}

const sharedView = sharedPerScope("execution-view", loadExecutionView);

/**
 * The by-year heatmap as /execution's chart fetches it: packed columns made from the department-years directly, in the
 * heatmap's order — which needs the heatmap's rows and totals, not its cells.
 */
async function loadByYearColumns(viewer: RegionViewer, params: ResolvedParams): Promise<Packed<HeatmapColumns> | null> {
  const [order, years] = await Promise.all([getExecutionOrder(viewer, heatmapParams(params)), listExecutionByYear(viewer)]);
  return order.year === null ? null : pack(executionByYearColumns(years, order.departments, order.basis));
}

const sharedByYearColumns = sharedPerScope("execution-by-year-columns", loadByYearColumns);

/**
 * getExecutionView shared by viewers of the same scope until the data changes (lib/queries/page-data-cache.ts), keyed on
 * the resolved parameters: the page (its URL may name none) and its charts' fetches (heatmapColumnsHref names them all)
 * share one computation.
 */
export async function getExecutionView(viewer: RegionViewer, params: ExecutionViewParams): Promise<ExecutionViewDto> {
  return sharedView(viewer, await resolveParams(viewer, params));
}

/**
 * The by-year heatmap of getExecutionView as packed columns (packHeatmap of its byYear, byte for byte), shared like it:
 * what /execution's by-year chart fetches.
 */
export async function getExecutionByYearColumns(viewer: RegionViewer, params: ExecutionViewParams): Promise<Packed<HeatmapColumns> | null> {
  return sharedByYearColumns(viewer, await resolveParams(viewer, params));
}

/**
 * The code heatmap alone, as getExecutionView computes it (one shared result): /execution's first paint needs no
 * by-year figures — its chart fetches them — so the page does not wait for every year of every department.
 */
export async function getExecutionHeatmapView(viewer: RegionViewer, params: ExecutionViewParams): Promise<ExecutionHeatmapDto> {
  return getExecutionHeatmap(viewer, heatmapParams(await resolveParams(viewer, params)));
}

async function resolveParams(viewer: RegionViewer, params: ExecutionViewParams): Promise<ResolvedParams> {
  const year = pickYear(params.year, await listReportYears(viewer));
  const basis = Array.isArray(params.basis) ? params.basis[0] : params.basis;
  return { year: year === null ? null : String(year), level: parseLevel(params.level), sort: parseSort(params.sort), basis: basis ?? null };
}
