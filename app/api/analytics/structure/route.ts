import { NextResponse } from "next/server";
import { notFound } from "@/lib/api/errors";
import { route } from "@/lib/api/route";
import { getStructureView } from "@/lib/queries/department/get-structure-view";
import { DepartmentViewQuery } from "@/lib/queries/department/parse-view-params";

export const runtime = "nodejs";

/** GET /api/analytics/structure?department=&year=&code=&report=: 公开03表 children of `code` (all 类 without it). */
export const GET = route({ auth: "viewer", query: DepartmentViewQuery }, async ({ viewer, query }) => {
  const { view, structure } = await getStructureView(viewer, query);
  if (view === null) throw notFound(`部门 #${query.department}`);
  if (structure === null) throw notFound(view.code === null ? `${view.ref.year} 年度报告` : `科目 ${view.code}`);
  return NextResponse.json(structure);
});
