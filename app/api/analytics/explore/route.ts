import { sharedJson } from "@/lib/api/shared-json";
import { z } from "zod";
import { yearText } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { regionViewerForRequest } from "@/lib/api/region-params";
import { getExplore } from "@/lib/queries/explore/get-explore";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const Query = z.object({ code: z.string().max(20).optional(), year: yearText.optional() });

/** GET /api/analytics/explore?code=&year= — one functional code across departments: total, children, spenders. */
export const GET = route({ auth: "viewer", query: Query }, async ({ viewer, query, url, request }) => sharedJson(await getExplore(await regionViewerForRequest(viewer, url), query), request));
