import { sharedJson } from "@/lib/api/shared-json";
import { z } from "zod";
import { basisParam } from "@/lib/api/basis-param";
import { yearText } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { regionViewerForRequest } from "@/lib/api/region-params";
import { getOverviewWithEvidence } from "@/lib/queries/overview/get-overview";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/analytics/overview?year=&basis=initial|full — KPIs with the prior year, ranking, rate distribution, 需关注. */
export const GET = route({ auth: "viewer", query: z.object({ year: yearText.optional(), basis: basisParam.optional() }) }, async ({ viewer, query, url, request }) =>
  sharedJson(await getOverviewWithEvidence(await regionViewerForRequest(viewer, url), query.year, query.basis), request),
);
