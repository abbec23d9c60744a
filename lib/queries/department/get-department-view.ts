import type { Viewer } from "../../auth/viewer";
import { getDepartmentEconomic, type DepartmentEconomic } from "./get-department-economic";
import { getDepartmentExecution, type DepartmentExecution } from "./get-department-execution";
import { getDepartmentFunding, type DepartmentFunding } from "./get-department-funding";
import { getDepartmentPerformance, type DepartmentPerformance } from "./get-department-performance";
import { getSharedDepartmentProfile, type DepartmentProfile } from "./get-department-profile";
import { getDepartmentSangong, type DepartmentSangong } from "./get-department-sangong";
import { getDepartmentStructure, type DepartmentStructure } from "./get-department-structure";
import { getDepartmentSummary, type DepartmentSummary } from "./get-department-summary";
import { summaryFigures } from "./get-department-figures";
import type { FigureValue } from "../../figures/figure";
import { getDepartmentYoy, type DepartmentYoy } from "./get-department-yoy";
import { resolveReport } from "./resolve-report";
import { sharedPerScope } from "../page-data-cache";

export interface DepartmentViewRequest {
  /** ?year=; the latest year with a report when absent or unknown. */
  year?: number | null;
  /** ?report=: an older version of that year. */
  reportId?: number | null;
  /** ?code=: the drilled 类/款. */
  code?: string | null;
  /** ?basis=initial|full: the execution rates' denominator; the one the report states more completely when absent. */
  basis?: string | null;
}

export interface DepartmentView {
  profile: DepartmentProfile;
  year: number | null;
  summary: DepartmentSummary | null;
  structure: DepartmentStructure | null;
  /** The drilled code was not found in this report (the view falls back to the top level). */
  codeMissing: boolean;
  economic: DepartmentEconomic | null;
  funding: DepartmentFunding | null;
  execution: DepartmentExecution | null;
  performance: DepartmentPerformance | null;
  yoy: DepartmentYoy;
  sangong: DepartmentSangong;
  /** The headline figures of the shown report as its tiles, GET /api/analytics/summary and the deck print them. */
  figures: FigureValue[];
}

/** Everything the department page shows, in one call (the page and bench/department-view.ts use it). null = 404. */
async function loadDepartmentView(viewer: Viewer, departmentId: number, request: DepartmentViewRequest = {}): Promise<DepartmentView | null> {
  const profile = await getSharedDepartmentProfile(viewer, departmentId);
  if (profile === null) return null;
  // A year picked after opening an older version wins over that version (the picker keeps ?report= in the URL).
  const version = request.reportId == null
    ? undefined
    : profile.versions.find((v) => v.reportId === request.reportId && (request.year == null || v.year === request.year));
  const year = version?.year ?? (request.year != null && profile.years.includes(request.year) ? request.year : (profile.years[0] ?? null));
  const ref = { departmentId, year: year ?? 0, reportId: version?.reportId ?? null };
  const head = year === null ? null : await resolveReport(viewer, ref);
  const code = request.code ?? null;
  const perReport = async <T>(read: () => Promise<T | null>) => (head === null ? null : read());
  const [yoy, sangong, summary, drilled, economic, funding, execution, performance] = await Promise.all([
    getDepartmentYoy(viewer, departmentId),
    getDepartmentSangong(viewer, departmentId),
    perReport(() => getDepartmentSummary(viewer, ref, head)),
    perReport(() => getDepartmentStructure(viewer, ref, code, head)),
    perReport(() => getDepartmentEconomic(viewer, ref, head)),
    perReport(() => getDepartmentFunding(viewer, ref, head)),
    perReport(() => getDepartmentExecution(viewer, ref, head, request.basis)),
    perReport(() => getDepartmentPerformance(viewer, ref, head)),
  ]);
  const codeMissing = head !== null && code !== null && drilled === null;
  const structure = codeMissing ? await getDepartmentStructure(viewer, ref, null, head) : drilled;
  return {
    profile, year: head === null ? null : year, summary, structure, codeMissing, economic, funding, execution, performance, yoy, sangong,
    figures: summaryFigures(summary, execution),
  };
}

/** getDepartmentView shared by viewers of the same scope until the data changes (lib/queries/page-data-cache.ts). */
export const getDepartmentView = sharedPerScope("department-view", loadDepartmentView);
