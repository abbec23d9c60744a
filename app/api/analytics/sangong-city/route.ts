import { sharedJson } from "@/lib/api/shared-json";
import { z } from "zod";
import { yearText } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { regionViewerForRequest } from "@/lib/api/region-params";
import { getSangongCity } from "@/lib/queries/sangong/get-sangong-city";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const Query = z.object({ from: yearText.optional(), to: yearText.optional() });

/** GET /api/analytics/sangong-city?from=&to= — city 三公 per item and year, 机关运行经费, departments, small multiples. */
export const GET = route({ auth: "viewer", query: Query }, async ({ viewer, query, url, request }) => sharedJson(await getSangongCity(await regionViewerForRequest(viewer, url), query), request));
