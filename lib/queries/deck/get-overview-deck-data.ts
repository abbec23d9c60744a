import type { RegionViewer } from "../region/region-scope";
import type { HeatmapDto } from "../../charts/dto";
import { getOverview, type OverviewDto } from "../overview/get-overview";
import { listDepartmentYearFacts, type DepartmentYearFacts } from "../overview/list-department-year-facts";
import { getExecutionHeatmap } from "../execution/get-execution-heatmap";
import { listDeckFindings, type DeckFindings } from "./list-deck-findings";

export interface OverviewDeckData {
  overview: OverviewDto & { year: number };
  /** Per department facts of the year (三公 per department, execution). */
  facts: DepartmentYearFacts[];
  heatmap: HeatmapDto;
  findings: DeckFindings;
}

/** The 总览 page's data for `year` (same getOverview), the /execution page's 类 heatmap and the year's 审核 findings. */
export async function getOverviewDeckData(viewer: RegionViewer, year: number): Promise<OverviewDeckData | null> {
  const overview = await getOverview(viewer, String(year));
  if (overview.year !== year || overview.current === null) return null;
  const [facts, heatmap, findings] = await Promise.all([
    listDepartmentYearFacts(viewer, [year]),
    getExecutionHeatmap(viewer, { year: String(year), level: "类", sort: "size", basis: overview.basis }),
    listDeckFindings(viewer, { year, limit: 30 }),
  ]);
  return { overview: { ...overview, year }, facts, heatmap, findings };
}
