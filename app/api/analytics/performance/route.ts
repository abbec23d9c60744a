import { NextResponse } from "next/server";
import { notFound } from "@/lib/api/errors";
import { route } from "@/lib/api/route";
import { getDepartmentPerformance } from "@/lib/queries/department/get-department-performance";
import { DepartmentViewQuery, resolveViewParams } from "@/lib/queries/department/parse-view-params";

export const runtime = "nodejs";

/** GET /api/analytics/performance?department=&year=&report=: 绩效自评 overall and per project, with indicators. */
export const GET = route({ auth: "viewer", query: DepartmentViewQuery }, async ({ viewer, query }) => {
  const view = await resolveViewParams(viewer, query);
  if (view === null) throw notFound(`部门 #${query.department}`);
  const performance = await getDepartmentPerformance(viewer, view.ref);
  if (performance === null) throw notFound(`${view.ref.year} 年度报告`);
  return NextResponse.json(performance);
});
