import type { RegionViewer } from "../region/region-scope";
import { pickYear } from "../list-years";
import { listReportYears } from "../overview/list-report-years";
import { getExecutionHeatmap, getExecutionOrder, parseLevel, parseSort, type ExecutionHeatmapDto, type ExecutionOrder } from "./get-execution-heatmap";
import { listExecutionByYear } from "./get-execution-by-year";
import { executionByYearColumns, shapeExecutionByYear, type ExecutionByYearDto } from "./execution-years";
import { executionCodeColumns, heatmapCodes } from "./code-columns";
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

/** The code heatmap as /execution's code chart fetches it: packed columns made from the rows' packed cells directly. */
async function loadCodeColumns(viewer: RegionViewer, params: ResolvedParams): Promise<Packed<HeatmapColumns>> {
  const { rows, codeNames, departments, basis } = await getExecutionOrder(viewer, heatmapParams(params));
  return pack(executionCodeColumns(rows, departments, basis, codeNames));
}

const sharedCodeColumns = sharedPerScope("execution-code-columns", loadCodeColumns);

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
 * The code heatmap of getExecutionView as packed columns (packHeatmap of its heatmap, byte for byte), shared like it:
 * what /execution's code chart fetches — without a cell object per department × code (at 10,000 departments, 150,000).
 */
export async function getExecutionCodeColumns(viewer: RegionViewer, params: ExecutionViewParams): Promise<Packed<HeatmapColumns>> {
  return sharedCodeColumns(viewer, await resolveParams(viewer, params));
}

/** What /execution draws before its charts fetch their figures: the code heatmap's years, order and size, no cells. */
export interface ExecutionPageView extends Omit<ExecutionOrder, "rows" | "codeNames"> {
  /** How many codes the heatmap has a column for. */
  codes: number;
}

async function loadPageView(viewer: RegionViewer, params: ResolvedParams): Promise<ExecutionPageView> {
  const { rows, codeNames: _names, ...order } = await getExecutionOrder(viewer, heatmapParams(params));
  return { ...order, codes: heatmapCodes(rows).length };
}

const sharedPageView = sharedPerScope("execution-page", loadPageView);

/**
 * The code heatmap's order and size, as getExecutionView computes it (one shared order): /execution's first paint
 * needs no cells nor by-year figures — its charts fetch them — so the page waits for neither.
 */
export async function getExecutionPageView(viewer: RegionViewer, params: ExecutionViewParams): Promise<ExecutionPageView> {
  return sharedPageView(viewer, await resolveParams(viewer, params));
}

async function resolveParams(viewer: RegionViewer, params: ExecutionViewParams): Promise<ResolvedParams> {
  const year = pickYear(params.year, await listReportYears(viewer));
  const basis = Array.isArray(params.basis) ? params.basis[0] : params.basis;
  return { year: year === null ? null : String(year), level: parseLevel(params.level), sort: parseSort(params.sort), basis: basis ?? null };
}
