import { NextResponse, type NextRequest } from "next/server";
import { handle, notFound } from "@/lib/api/errors";
import { currentViewer } from "@/lib/auth/current-viewer";
import { getDepartmentExecution } from "@/lib/queries/department/get-department-execution";
import { parseViewParams } from "@/lib/queries/department/parse-view-params";

export const runtime = "nodejs";

/** GET /api/analytics/execution?department=&year=&report=: 决算 vs 年初预算 per 项 and 类, with stated reasons. */
export const GET = handle(async (request: NextRequest) => {
  const viewer = await currentViewer();
  const { ref } = await parseViewParams(viewer, request.nextUrl.searchParams);
  const execution = await getDepartmentExecution(viewer, ref);
  if (execution === null) throw notFound(`${ref.year} 年度报告`);
  return NextResponse.json(execution);
});
