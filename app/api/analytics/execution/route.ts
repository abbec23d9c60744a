import { NextResponse } from "next/server";
import { z } from "zod";
import { basisParam } from "@/lib/api/basis-param";
import { notFound } from "@/lib/api/errors";
import { dbId, yearText } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { regionViewerForRequest } from "@/lib/api/region-params";
import { getDepartmentExecution } from "@/lib/queries/department/get-department-execution";
import { resolveViewParams } from "@/lib/queries/department/parse-view-params";
import { getExecutionByYearColumns, getExecutionCodeColumns, getExecutionView, type ExecutionViewDto } from "@/lib/queries/execution/get-execution-view";
import { perObject } from "@/lib/cache/per-object";
import { sharedJson, sharedText } from "@/lib/api/shared-json";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const Query = z.object({
  year: yearText.optional(),
  level: z.string().max(10).optional(),
  sort: z.string().max(10).optional(),
  basis: basisParam.optional(),
  department: dbId.optional(),
  report: dbId.optional(),
  /** `columns`: one heatmap (`view=code`, the default, or `years`) as the page's chart reads it (heatmapColumnsHref). */
  format: z.enum(["columns"]).optional(),
  view: z.enum(["code", "years"]).optional(),
});

/** The answer's shape: the heatmap's fields with the by-year heatmap beside them (one object per shared view). */
const executionBody = perObject((view: ExecutionViewDto) => ({ ...view.heatmap, byYear: view.byYear }));

/**
 * GET /api/analytics/execution?year=&level=类|款|项&sort=name|size|rate&basis=initial|full — the heatmap and the
 * departments × years rates against the 年初预算 or the 全年预算 (`basis` in the answer says which).
 * With `department=` (and `year=`, `report=`): that department's 执行率 per 项 and 类, as on its page. With
 * `format=columns` (`&view=years` for the by-year one): one heatmap as packed columns, which /execution's charts fetch.
 */
export const GET = route({ auth: "viewer", query: Query }, async ({ viewer, query, url, request }) => {
  if (query.department !== undefined) {
    const view = await resolveViewParams(viewer, { department: query.department, year: query.year === undefined ? undefined : Number(query.year), report: query.report });
    if (view === null) throw notFound(`部门 #${query.department}`);
    const execution = await getDepartmentExecution(viewer, view.ref, undefined, query.basis);
    if (execution === null) throw notFound(`${view.ref.year} 年度报告`);
    return NextResponse.json(execution);
  }
  const regionViewer = await regionViewerForRequest(viewer, url);
  const params = { year: query.year, level: query.level, sort: query.sort, basis: query.basis };
  if (query.format === "columns") {
    // The code heatmap alone does not wait for every year of every department (the page's own, shared).
    const columns = query.view === "years" ? await getExecutionByYearColumns(regionViewer, params) : await getExecutionCodeColumns(regionViewer, params);
    if (columns === null) throw notFound("各年度执行率");
    return sharedText(columns, request);
  }
  return sharedJson(executionBody(await getExecutionView(regionViewer, params)), request);
});
