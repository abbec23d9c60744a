import type { RegionViewer } from "../region/region-scope";
import { getCompare, type CompareViewDto } from "../compare/get-compare";
import { listDeckFindings, type DeckFindings } from "./list-deck-findings";

export interface CompareDeckData {
  year: number;
  /** The /compare page's data for the same ids and year. */
  view: CompareViewDto;
  findings: DeckFindings;
}

/**
 * The /compare page's query for the ids and year, plus the compared departments' 审核 findings. null when any
 * requested department has no current report that year visible to the viewer: a comparison with a silent gap misleads.
 */
export async function getCompareDeckData(viewer: RegionViewer, departmentIds: number[], year: number): Promise<CompareDeckData | null> {
  const view = await getCompare(viewer, { ids: departmentIds.join(","), year: String(year) });
  if (view.year !== year || view.departments.length !== departmentIds.length) return null;
  const findings = await listDeckFindings(viewer, { year, departmentIds, limit: 30 });
  return { year, view, findings };
}
