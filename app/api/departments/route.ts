import { NextResponse } from "next/server";
import { z } from "zod";
import { route } from "@/lib/api/route";
import { regionViewerForRequest } from "@/lib/api/region-params";
import { ALL_REGIONS } from "@/lib/domain/region-href";
import { listDepartments, parseDepartmentSort } from "@/lib/queries/department/list-departments";

export const runtime = "nodejs";

const Query = z.object({ q: z.string().max(200).optional(), sort: z.string().optional(), region: z.string().max(20).optional(), sub: z.string().optional() });

/**
 * GET /api/departments?q=&sort=name|total|errors|years|latest&region=&sub=: the departments the viewer may see, in one
 * region when `region` is given. Without it (or with `region=all`) every region, as scripts have always had it — unlike
 * the /departments page, whose default is the home region.
 */
export const GET = route({ auth: "viewer", query: Query }, async ({ viewer, query, url }) => {
  const region = query.region === undefined || query.region === ALL_REGIONS ? null : (await regionViewerForRequest(viewer, url)).region;
  const departments = await listDepartments(viewer, { q: query.q ?? null, sort: parseDepartmentSort(query.sort ?? null), region });
  return NextResponse.json({ departments });
});
