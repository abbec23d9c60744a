import { NextResponse, type NextRequest } from "next/server";
import { handle, notFound } from "@/lib/api/errors";
import { currentViewer } from "@/lib/auth/current-viewer";
import { getDepartmentStructure } from "@/lib/queries/department/get-department-structure";
import { parseViewParams } from "@/lib/queries/department/parse-view-params";

export const runtime = "nodejs";

/** GET /api/analytics/structure?department=&year=&code=&report=: 公开03表 children of `code` (all 类 without it). */
export const GET = handle(async (request: NextRequest) => {
  const viewer = await currentViewer();
  const { ref, code } = await parseViewParams(viewer, request.nextUrl.searchParams);
  const structure = await getDepartmentStructure(viewer, ref, code);
  if (structure === null) throw notFound(code === null ? `${ref.year} 年度报告` : `科目 ${code}`);
  return NextResponse.json(structure);
});
