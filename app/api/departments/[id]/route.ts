import { NextResponse } from "next/server";
import { handle, notFound, parseId } from "@/lib/api/errors";
import { currentViewer } from "@/lib/auth/current-viewer";
import { getDepartmentProfile } from "@/lib/queries/department/get-department-profile";

export const runtime = "nodejs";

/** GET /api/departments/{id}: profile with years, report versions, aliases, merges and 机构改革 events. */
export const GET = handle(async (_request: Request, ctx: { params: Promise<{ id: string }> }) => {
  const id = parseId((await ctx.params).id, "部门");
  const profile = await getDepartmentProfile(await currentViewer(), id);
  if (profile === null) throw notFound(`部门 #${id}`);
  return NextResponse.json(profile);
});
