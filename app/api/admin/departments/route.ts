import { NextResponse } from "next/server";
import { asConflict } from "@/lib/api/department-change";
import { route } from "@/lib/api/route";
import { departmentChangeSchema } from "@/lib/domain/department-change";
import { changeDepartmentsAs } from "@/lib/ingest/departments/change-departments-as";

export const runtime = "nodejs";

/** POST /api/admin/departments (admin): one organisation change `{op: rename|merge|split|parent|region, …}`, audited and undoable. */
export const POST = route({ auth: "admin", body: departmentChangeSchema }, async ({ body, actor, ip }) =>
  NextResponse.json(await asConflict(changeDepartmentsAs(body, { name: actor.name, ip }))),
);
