import { NextResponse } from "next/server";
import { notFound } from "@/lib/api/errors";
import { route } from "@/lib/api/route";
import { getDepartmentEconomic } from "@/lib/queries/department/get-department-economic";
import { getDepartmentFunding } from "@/lib/queries/department/get-department-funding";
import { DepartmentViewQuery, resolveViewParams } from "@/lib/queries/department/parse-view-params";

export const runtime = "nodejs";

/** GET /api/analytics/economic?department=&year=&report=: 公开06表 economic structure, 基本 vs 项目, income by source. */
export const GET = route({ auth: "viewer", query: DepartmentViewQuery }, async ({ viewer, query }) => {
  const view = await resolveViewParams(viewer, query);
  if (view === null) throw notFound(`部门 #${query.department}`);
  const [economic, funding] = await Promise.all([getDepartmentEconomic(viewer, view.ref), getDepartmentFunding(viewer, view.ref)]);
  if (economic === null || funding === null) throw notFound(`${view.ref.year} 年度报告`);
  return NextResponse.json({ report: economic.report, economic: { chart: economic.chart, source: economic.source }, spending: funding.spending, income: funding.income });
});
