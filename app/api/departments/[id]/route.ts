import { NextResponse } from "next/server";
import { notFound } from "@/lib/api/errors";
import { IdParams } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { getSharedDepartmentProfile } from "@/lib/queries/department/get-department-profile";

export const runtime = "nodejs";

/** GET /api/departments/{id}: profile with years, report versions, aliases, merges and 机构改革 events. */
export const GET = route({ auth: "viewer", params: IdParams }, async ({ viewer, params }) => {
  const profile = await getSharedDepartmentProfile(viewer, params.id);
  if (profile === null) throw notFound(`部门 #${params.id}`);
  return NextResponse.json(profile);
});
