import { NextResponse, type NextRequest } from "next/server";
import { basisParam } from "@/lib/api/basis-param";
import { handle } from "@/lib/api/errors";
import { currentViewer } from "@/lib/auth/current-viewer";
import { getExecutionView } from "@/lib/queries/execution/get-execution-view";
import { viewParams } from "@/lib/queries/overview/search-params";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * GET /api/analytics/execution?year=&level=类|款|项&sort=name|size|rate&basis=initial|full — the heatmap and the
 * departments × years rates against the 年初预算 or the 全年预算 (`basis` in the answer says which).
 */
export const GET = handle(async (request: NextRequest) => {
  const viewer = await currentViewer();
  const basis = basisParam(request.nextUrl);
  const { heatmap, byYear } = await getExecutionView(viewer, { ...viewParams(request.nextUrl, ["year", "level", "sort"]), basis });
  return NextResponse.json({ ...heatmap, byYear });
});
