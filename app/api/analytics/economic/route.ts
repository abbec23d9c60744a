import { NextResponse, type NextRequest } from "next/server";
import { handle, notFound } from "@/lib/api/errors";
import { currentViewer } from "@/lib/auth/current-viewer";
import { getDepartmentEconomic } from "@/lib/queries/department/get-department-economic";
import { getDepartmentFunding } from "@/lib/queries/department/get-department-funding";
import { parseViewParams } from "@/lib/queries/department/parse-view-params";

export const runtime = "nodejs";

/** GET /api/analytics/economic?department=&year=&report=: 公开06表 economic structure, 基本 vs 项目, income by source. */
export const GET = handle(async (request: NextRequest) => {
  const viewer = await currentViewer();
  const { ref } = await parseViewParams(viewer, request.nextUrl.searchParams);
  const [economic, funding] = await Promise.all([getDepartmentEconomic(viewer, ref), getDepartmentFunding(viewer, ref)]);
  if (economic === null || funding === null) throw notFound(`${ref.year} 年度报告`);
  return NextResponse.json({ report: economic.report, economic: { chart: economic.chart, source: economic.source }, spending: funding.spending, income: funding.income });
});
