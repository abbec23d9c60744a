import type { Viewer } from "../../auth/viewer";
import { listDepartmentYearFacts, type DepartmentYearFacts } from "../overview/list-department-year-facts";
import { listDeckFindings, type DeckFindings } from "./list-deck-findings";

export interface CompareDeckData {
  year: number;
  /** In the order requested. */
  current: DepartmentYearFacts[];
  /** The same departments a year earlier, where they reported. */
  prior: DepartmentYearFacts[];
  findings: DeckFindings;
}

/**
 * The compared departments' figures for a year. Seam: built on the overview's per-department facts until
 * lib/queries/compare publishes the /compare page's query. null when any requested department has no current report
 * for the year that the viewer may see — a comparison with a silent gap would mislead.
 */
export async function getCompareDeckData(viewer: Viewer, departmentIds: number[], year: number): Promise<CompareDeckData | null> {
  const facts = await listDepartmentYearFacts(viewer, [year, year - 1], departmentIds);
  const pick = (y: number) =>
    departmentIds.map((id) => facts.find((f) => f.year === y && f.departmentId === id)).filter((f): f is DepartmentYearFacts => f !== undefined);
  const current = pick(year);
  if (current.length !== departmentIds.length) return null;
  const findings = await listDeckFindings(viewer, { year, departmentIds, limit: 30 });
  return { year, current, prior: pick(year - 1), findings };
}
