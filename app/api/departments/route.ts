import { NextResponse } from "next/server";
import { z } from "zod";
import { route } from "@/lib/api/route";
import { listDepartments, parseDepartmentSort } from "@/lib/queries/department/list-departments";

export const runtime = "nodejs";

const Query = z.object({ q: z.string().max(200).optional(), sort: z.string().optional() });

/** GET /api/departments?q=&sort=name|total|errors|years|latest: the departments the viewer may see. */
export const GET = route({ auth: "viewer", query: Query }, async ({ viewer, query }) => {
  const departments = await listDepartments(viewer, { q: query.q ?? null, sort: parseDepartmentSort(query.sort ?? null) });
  return NextResponse.json({ departments });
});
