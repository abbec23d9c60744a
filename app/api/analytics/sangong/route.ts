import { NextResponse } from "next/server";
import { notFound } from "@/lib/api/errors";
import { route } from "@/lib/api/route";
import { getDepartmentSangong } from "@/lib/queries/department/get-department-sangong";
import { DepartmentQuery, resolveViewParams } from "@/lib/queries/department/parse-view-params";

export const runtime = "nodejs";

/** GET /api/analytics/sangong?department=: 三公 budget vs actual per item over the years, counts, 机关运行经费. */
export const GET = route({ auth: "viewer", query: DepartmentQuery }, async ({ viewer, query }) => {
  if ((await resolveViewParams(viewer, query)) === null) throw notFound(`部门 #${query.department}`);
  return NextResponse.json(await getDepartmentSangong(viewer, query.department));
});
