import { NextResponse } from "next/server";
import { notFound } from "@/lib/api/errors";
import { route } from "@/lib/api/route";
import { getDepartmentYoy } from "@/lib/queries/department/get-department-yoy";
import { DepartmentQuery, resolveViewParams } from "@/lib/queries/department/parse-view-params";

export const runtime = "nodejs";

/** GET /api/analytics/yoy?department=: totals and each 类 over all imported years; narrative-only years marked. */
export const GET = route({ auth: "viewer", query: DepartmentQuery }, async ({ viewer, query }) => {
  if ((await resolveViewParams(viewer, query)) === null) throw notFound(`部门 #${query.department}`);
  return NextResponse.json(await getDepartmentYoy(viewer, query.department));
});
