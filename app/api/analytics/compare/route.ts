import { NextResponse } from "next/server";
import { z } from "zod";
import { yearText } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { regionViewerForRequest } from "@/lib/api/region-params";
import { getCompare } from "@/lib/queries/compare/get-compare";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const Query = z.object({ ids: z.string().max(200).optional(), year: yearText.optional() });

/** GET /api/analytics/compare?ids=a,b,c&year= — 2–6 departments side by side plus suggested peers of the first. */
export const GET = route({ auth: "viewer", query: Query }, async ({ viewer, query, url }) => NextResponse.json(await getCompare(await regionViewerForRequest(viewer, url), query)));
