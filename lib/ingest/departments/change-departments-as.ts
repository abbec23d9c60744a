import "server-only";
import { getPrisma } from "../../db/client";
import type { DepartmentChange } from "../../domain/department-change";
import { changeDepartments, undoDepartmentChange, type ChangeActor, type ChangeResult } from "./change-departments";

/** The web's entry points to organisation changes (route handlers reach the database only through lib/ingest). */
export async function changeDepartmentsAs(change: DepartmentChange, actor: ChangeActor): Promise<ChangeResult> {
  return changeDepartments(await getPrisma(), change, actor);
}

export async function undoDepartmentChangeAs(auditId: number, actor: ChangeActor): Promise<ChangeResult> {
  return undoDepartmentChange(await getPrisma(), auditId, actor);
}
