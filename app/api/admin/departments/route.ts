import { NextResponse } from "next/server";
import { clientAddress, requestActor } from "@/lib/api/actor";
import { asConflict } from "@/lib/api/department-change";
import { handle } from "@/lib/api/errors";
import { getPrisma } from "@/lib/db/client";
import { departmentChangeSchema } from "@/lib/domain/department-change";
import { changeDepartments } from "@/lib/ingest/departments/change-departments";

export const runtime = "nodejs";

/** POST /api/admin/departments (admin): one organisation change `{op: rename|merge|split|parent, …}`, audited and undoable. */
export const POST = handle(async (request: Request) => {
  const actor = await requestActor(request, "admin");
  const change = departmentChangeSchema.parse(await request.json().catch(() => null));
  const result = await asConflict(changeDepartments(await getPrisma(), change, { name: actor.name, ip: clientAddress(request) }));
  return NextResponse.json(result);
});
