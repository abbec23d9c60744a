import { NextResponse } from "next/server";
import { z } from "zod";
import { clientAddress, requestActor } from "@/lib/api/actor";
import { asConflict } from "@/lib/api/department-change";
import { handle } from "@/lib/api/errors";
import { getPrisma } from "@/lib/db/client";
import { undoDepartmentChange } from "@/lib/ingest/departments/change-departments";

export const runtime = "nodejs";

const input = z.object({ auditId: z.coerce.number().int().positive() });

/** POST /api/admin/departments/undo (admin) `{auditId}`: restores the state before that change exactly; audited too. */
export const POST = handle(async (request: Request) => {
  const actor = await requestActor(request, "admin");
  const { auditId } = input.parse(await request.json().catch(() => null));
  const result = await asConflict(undoDepartmentChange(await getPrisma(), auditId, { name: actor.name, ip: clientAddress(request) }));
  return NextResponse.json(result);
});
