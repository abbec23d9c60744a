import { NextResponse } from "next/server";
import { z } from "zod";
import { basisParam } from "@/lib/api/basis-param";
import { yearText } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { regionViewerForRequest } from "@/lib/api/region-params";
import { getExecutionView } from "@/lib/queries/execution/get-execution-view";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const Query = z.object({
  year: yearText.optional(),
  level: z.string().max(10).optional(),
  sort: z.string().max(10).optional(),
  basis: basisParam.optional(),
});

/**
 * GET /api/analytics/execution?year=&level=类|款|项&sort=name|size|rate&basis=initial|full — the heatmap and the
 * departments × years rates against the 年初预算 or the 全年预算 (`basis` in the answer says which).
 */
export const GET = route({ auth: "viewer", query: Query }, async ({ viewer, query, url }) => {
  const { heatmap, byYear } = await getExecutionView(await regionViewerForRequest(viewer, url), query);
  return NextResponse.json({ ...heatmap, byYear });
});
