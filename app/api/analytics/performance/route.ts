import { NextResponse, type NextRequest } from "next/server";
import { handle, notFound } from "@/lib/api/errors";
import { currentViewer } from "@/lib/auth/current-viewer";
import { getDepartmentPerformance } from "@/lib/queries/department/get-department-performance";
import { parseViewParams } from "@/lib/queries/department/parse-view-params";

export const runtime = "nodejs";

/** GET /api/analytics/performance?department=&year=&report=: 绩效自评 overall and per project, with indicators. */
export const GET = handle(async (request: NextRequest) => {
  const viewer = await currentViewer();
  const { ref } = await parseViewParams(viewer, request.nextUrl.searchParams);
  const performance = await getDepartmentPerformance(viewer, ref);
  if (performance === null) throw notFound(`${ref.year} 年度报告`);
  return NextResponse.json(performance);
});
