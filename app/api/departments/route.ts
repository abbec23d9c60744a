import { NextResponse, type NextRequest } from "next/server";
import { handle } from "@/lib/api/errors";
import { currentViewer } from "@/lib/auth/current-viewer";
import { listDepartments, parseDepartmentSort } from "@/lib/queries/department/list-departments";

export const runtime = "nodejs";

/** GET /api/departments?q=&sort=name|total|errors|years|latest: the departments the viewer may see. */
export const GET = handle(async (request: NextRequest) => {
  const viewer = await currentViewer();
  const params = request.nextUrl.searchParams;
  const departments = await listDepartments(viewer, { q: params.get("q"), sort: parseDepartmentSort(params.get("sort")) });
  return NextResponse.json({ departments });
});
