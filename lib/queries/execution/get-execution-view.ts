import type { RegionViewer } from "../region/region-scope";
import { getExecutionHeatmap, type ExecutionHeatmapDto } from "./get-execution-heatmap";
import { listExecutionByYear, shapeExecutionByYear, type ExecutionByYearDto } from "./get-execution-by-year";
import { sharedPerScope } from "../page-data-cache";

export interface ExecutionViewDto {
  heatmap: ExecutionHeatmapDto;
  /** Departments × years of the overall rate, in the heatmap's department order; null when nothing is reported. */
  byYear: ExecutionByYearDto | null;
}

/** Everything /execution shows: the two queries run side by side, the by-year rows take the heatmap's order after. */
async function loadExecutionView(
  viewer: RegionViewer,
  params: { year?: string | string[]; level?: string | string[]; sort?: string | string[]; basis?: string | string[] },
): Promise<ExecutionViewDto> {
  const [heatmap, rows] = await Promise.all([getExecutionHeatmap(viewer, params), listExecutionByYear(viewer)]);
  return { heatmap, byYear: heatmap.year === null ? null : shapeExecutionByYear(rows, heatmap.departments, heatmap.basis) };
}

/** getExecutionView shared by viewers of the same scope until the data changes (lib/queries/page-data-cache.ts). */
export const getExecutionView = sharedPerScope("execution-view", loadExecutionView);
