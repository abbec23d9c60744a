import { z } from "zod";
import type { Viewer } from "../../auth/viewer";
import { ApiError, notFound } from "../../api/errors";
import { currentReportIds } from "./resolve-report";
import { DRILL_CODE } from "./get-department-structure";
import type { ReportRef } from "./types";

const id = z.coerce.number().int().positive();
const ViewParams = z.object({
  department: id,
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  report: id.optional(),
  code: z.string().regex(DRILL_CODE, "code 应为 3 位（类）或 5 位（款）科目编码").optional(),
});

export interface ViewParams {
  ref: ReportRef;
  code: string | null;
}

/**
 * `?department=&year=&report=&code=` of the /api/analytics department endpoints. An absent year means the latest year
 * with a report the viewer may see; a department with none (or outside the scope) is a 404.
 */
export async function parseViewParams(viewer: Viewer, search: URLSearchParams): Promise<ViewParams> {
  const raw = Object.fromEntries([...search.entries()].filter(([, v]) => v !== ""));
  const parsed = ViewParams.safeParse(raw);
  if (!parsed.success) {
    throw new ApiError(400, "bad_request", "请求参数不正确", { issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) });
  }
  const { department, year, report, code } = parsed.data;
  const reports = await currentReportIds(viewer, department);
  const latest = reports.at(-1)?.year;
  if (latest === undefined) throw notFound(`部门 #${department}`);
  return { ref: { departmentId: department, year: year ?? latest, reportId: report ?? null }, code: code ?? null };
}

/** `?department=` alone (multi-year endpoints). */
export async function parseDepartmentParam(viewer: Viewer, search: URLSearchParams): Promise<number> {
  return (await parseViewParams(viewer, new URLSearchParams({ department: search.get("department") ?? "" }))).ref.departmentId;
}
