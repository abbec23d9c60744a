import type { PrismaClient } from "../generated/prisma/client";
import type { DepartmentChange } from "../domain/department-change";
import { applyDepartmentChange } from "./departments/apply-change";

/**
 * 机构改革 applied by loaders (the demo city) through the same rules as the admin page, without an audit record: a
 * rename keeps one department (the old name becomes an alias, so old and new reports line up); a merge ends the source
 * department and points it at the target, keeping its own history. Admin changes go through changeDepartments.
 */
async function apply(prisma: PrismaClient, change: DepartmentChange): Promise<void> {
  await prisma.$transaction((tx) => applyDepartmentChange(tx, change));
}

export async function renameDepartment(prisma: PrismaClient, departmentId: number, name: string, year: number): Promise<void> {
  await apply(prisma, { op: "rename", departmentId, name, year });
}

export async function mergeDepartments(prisma: PrismaClient, departmentId: number, intoId: number, year: number): Promise<void> {
  await apply(prisma, { op: "merge", departmentId, intoId, year });
}

export async function setParentDepartment(prisma: PrismaClient, departmentId: number, parentId: number | null): Promise<void> {
  await apply(prisma, { op: "parent", departmentId, parentId });
}
