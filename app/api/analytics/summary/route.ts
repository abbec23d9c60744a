import { NextResponse } from "next/server";
import { basisParam } from "@/lib/api/basis-param";
import { notFound } from "@/lib/api/errors";
import { route } from "@/lib/api/route";
import { getDepartmentFigures } from "@/lib/queries/department/get-department-figures";
import { DepartmentViewQuery, resolveViewParams } from "@/lib/queries/department/parse-view-params";

export const runtime = "nodejs";

const Query = DepartmentViewQuery.extend({ basis: basisParam.optional() });

/**
 * GET /api/analytics/summary?department=&year=&report=&basis= — the department page's headline figures (label, value,
 * printed text, change on the prior year and what it compares), built by the same lib/figures function as its tiles.
 */
export const GET = route({ auth: "viewer", query: Query }, async ({ viewer, query }) => {
  const view = await resolveViewParams(viewer, query);
  if (view === null) throw notFound(`部门 #${query.department}`);
  const figures = await getDepartmentFigures(viewer, view.ref, query.basis);
  if (figures === null) throw notFound(`${view.ref.year} 年度报告`);
  return NextResponse.json(figures);
});
