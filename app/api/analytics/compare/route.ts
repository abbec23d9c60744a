import { NextResponse } from "next/server";
import { sharedJson } from "@/lib/api/shared-json";
import { z } from "zod";
import { yearText } from "@/lib/api/params";
import { badRequest } from "@/lib/api/errors";
import { route } from "@/lib/api/route";
import { regionViewerForRequest } from "@/lib/api/region-params";
import { getCompare } from "@/lib/queries/compare/get-compare";
import { getRegionCompare } from "@/lib/queries/compare/get-region-compare";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const Query = z.object({
  ids: z.string().max(200).optional(), year: yearText.optional(), peers: z.enum(["wide"]).optional(),
  regions: z.string().max(200).optional(), sub: z.string().optional(),
});

/**
 * GET /api/analytics/compare?ids=a,b,c&year=&peers=wide — 2–6 departments side by side plus suggested peers of the first
 * (from the region, or with peers=wide from the region above); ?regions=a,b&year=&sub=1 — 2–6 regions side by side.
 */
export const GET = route({ auth: "viewer", query: Query }, async ({ viewer, query, url, request }) => {
  if (query.regions === undefined) return sharedJson(await getCompare(await regionViewerForRequest(viewer, url), query), request);
  const regions = await getRegionCompare(viewer, query);
  // As `?region=`: a typo is a 400 that names it, not a comparison quietly missing a region.
  if (regions.unknown.length > 0) throw badRequest(`未知的地区代码“${regions.unknown.join("”“")}”`, { regions: regions.unknown });
  return NextResponse.json(regions);
});
