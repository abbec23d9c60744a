import { NextResponse, type NextRequest } from "next/server";
import { handle } from "@/lib/api/errors";
import { currentViewer } from "@/lib/auth/current-viewer";
import { getDepartmentSangong } from "@/lib/queries/department/get-department-sangong";
import { parseDepartmentParam } from "@/lib/queries/department/parse-view-params";

export const runtime = "nodejs";

/** GET /api/analytics/sangong?department=: 三公 budget vs actual per item over the years, counts, 机关运行经费. */
export const GET = handle(async (request: NextRequest) => {
  const viewer = await currentViewer();
  const departmentId = await parseDepartmentParam(viewer, request.nextUrl.searchParams);
  return NextResponse.json(await getDepartmentSangong(viewer, departmentId));
});
