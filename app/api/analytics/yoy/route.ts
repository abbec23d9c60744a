import { NextResponse, type NextRequest } from "next/server";
import { handle } from "@/lib/api/errors";
import { currentViewer } from "@/lib/auth/current-viewer";
import { getDepartmentYoy } from "@/lib/queries/department/get-department-yoy";
import { parseDepartmentParam } from "@/lib/queries/department/parse-view-params";

export const runtime = "nodejs";

/** GET /api/analytics/yoy?department=: totals and each 类 over all imported years; narrative-only years marked. */
export const GET = handle(async (request: NextRequest) => {
  const viewer = await currentViewer();
  const departmentId = await parseDepartmentParam(viewer, request.nextUrl.searchParams);
  return NextResponse.json(await getDepartmentYoy(viewer, departmentId));
});
