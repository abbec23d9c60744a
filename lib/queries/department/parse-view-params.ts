import { z } from "zod";
import type { Viewer } from "../../auth/viewer";
import { dbId, year } from "../../api/params";
import { currentReportIds } from "./resolve-report";
import { DRILL_CODE } from "./get-department-structure";
import type { ReportRef } from "./types";

/** `?department=&year=&report=&code=` of the /api/analytics department endpoints (validated by the route wrapper). */
export const DepartmentViewQuery = z.object({
  department: dbId,
  year: year.optional(),
  report: dbId.optional(),
  code: z.string().regex(DRILL_CODE, "code 应为 3 位（类）或 5 位（款）科目编码").optional(),
});
export type DepartmentViewQuery = z.infer<typeof DepartmentViewQuery>;

/** `?department=` alone (multi-year endpoints). */
export const DepartmentQuery = z.object({ department: dbId });

export interface ViewParams {
  ref: ReportRef;
  code: string | null;
}

/**
 * The report a department view shows: an absent year means the latest year with a report the viewer may see. Null
 * when the department has none the viewer may see (unknown, empty or out of scope) — the caller's 404.
 */
export async function resolveViewParams(viewer: Viewer, query: DepartmentViewQuery): Promise<ViewParams | null> {
  const reports = await currentReportIds(viewer, query.department);
  const latest = reports.at(-1)?.year;
  if (latest === undefined) return null;
  return { ref: { departmentId: query.department, year: query.year ?? latest, reportId: query.report ?? null }, code: query.code ?? null };
}
