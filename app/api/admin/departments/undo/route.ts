import { NextResponse } from "next/server";
import { z } from "zod";
import { asConflict } from "@/lib/api/department-change";
import { dbId } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { undoDepartmentChangeAs } from "@/lib/ingest/departments/change-departments-as";

export const runtime = "nodejs";

/** POST /api/admin/departments/undo (admin) `{auditId}`: restores the state before that change exactly; audited too. */
export const POST = route({ auth: "admin", body: z.object({ auditId: dbId }) }, async ({ body, actor, ip }) =>
  NextResponse.json(await asConflict(undoDepartmentChangeAs(body.auditId, { name: actor.name, ip }))),
);
