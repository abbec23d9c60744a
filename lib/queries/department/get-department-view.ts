import type { Viewer } from "../../auth/viewer";
import { getDepartmentEconomic, type DepartmentEconomic } from "./get-department-economic";
import { getDepartmentExecution, type DepartmentExecution } from "./get-department-execution";
import { getDepartmentFunding, type DepartmentFunding } from "./get-department-funding";
import { getDepartmentPerformance, type DepartmentPerformance } from "./get-department-performance";
import { getDepartmentProfile, type DepartmentProfile } from "./get-department-profile";
import { getDepartmentSangong, type DepartmentSangong } from "./get-department-sangong";
import { getDepartmentStructure, type DepartmentStructure } from "./get-department-structure";
import { getDepartmentSummary, type DepartmentSummary } from "./get-department-summary";
import { getDepartmentYoy, type DepartmentYoy } from "./get-department-yoy";

export interface DepartmentViewRequest {
  /** ?year=; the latest year with a report when absent or unknown. */
  year?: number | null;
  /** ?report=: an older version of that year. */
  reportId?: number | null;
  /** ?code=: the drilled 类/款. */
  code?: string | null;
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
}

/** Everything the department page shows, in one call (the page and bench/department-view.ts use it). null = 404. */
export async function getDepartmentView(viewer: Viewer, departmentId: number, request: DepartmentViewRequest = {}): Promise<DepartmentView | null> {
  const profile = await getDepartmentProfile(viewer, departmentId);
  if (profile === null) return null;
  // A year picked after opening an older version wins over that version (the picker keeps ?report= in the URL).
  const version = request.reportId == null
    ? undefined
    : profile.versions.find((v) => v.reportId === request.reportId && (request.year == null || v.year === request.year));
  const year = version?.year ?? (request.year != null && profile.years.includes(request.year) ? request.year : (profile.years[0] ?? null));
  const [yoy, sangong] = await Promise.all([getDepartmentYoy(viewer, departmentId), getDepartmentSangong(viewer, departmentId)]);
  if (year === null) {
    return { profile, year, summary: null, structure: null, codeMissing: false, economic: null, funding: null, execution: null, performance: null, yoy, sangong };
  }
  const ref = { departmentId, year, reportId: version?.reportId ?? null };
  const code = request.code ?? null;
  const [summary, drilled, economic, funding, execution, performance] = await Promise.all([
    getDepartmentSummary(viewer, ref),
    getDepartmentStructure(viewer, ref, code),
    getDepartmentEconomic(viewer, ref),
    getDepartmentFunding(viewer, ref),
    getDepartmentExecution(viewer, ref),
    getDepartmentPerformance(viewer, ref),
  ]);
  const codeMissing = code !== null && drilled === null;
  const structure = codeMissing ? await getDepartmentStructure(viewer, ref, null) : drilled;
  return { profile, year, summary, structure, codeMissing, economic, funding, execution, performance, yoy, sangong };
}
