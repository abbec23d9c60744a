import type { PrismaClient } from "../generated/prisma/client";
import { normalizeDepartmentName } from "./normalize-name";

/**
 * 机构改革 across years. A rename keeps one department (the old name becomes an alias, so old and new reports line
 * up); a merge ends the source department at `year` and points it at the target, keeping its own history.
 */
export async function addAlias(prisma: PrismaClient, departmentId: number, name: string, toYear?: number): Promise<void> {
  const normalizedName = normalizeDepartmentName(name);
  const clash = await prisma.department.findUnique({ where: { normalizedName }, select: { id: true } });
  if (clash && clash.id !== departmentId) throw new Error(`“${name}”已是另一个部门（#${clash.id}）的名称；如为同一机构，请使用合并`);
  await prisma.departmentAlias.upsert({
    where: { normalizedName },
    create: { departmentId, name, normalizedName, toYear: toYear ?? null },
    update: { departmentId, toYear: toYear ?? null },
  });
}

export async function renameDepartment(prisma: PrismaClient, departmentId: number, newName: string, year: number): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const dept = await tx.department.findUniqueOrThrow({ where: { id: departmentId } });
    const normalizedName = normalizeDepartmentName(newName);
    await tx.departmentAlias.deleteMany({ where: { normalizedName } });
    await tx.departmentAlias.upsert({
      where: { normalizedName: dept.normalizedName },
      create: { departmentId, name: dept.name, normalizedName: dept.normalizedName, toYear: year - 1 },
      update: { departmentId, toYear: year - 1 },
    });
    await tx.department.update({ where: { id: departmentId }, data: { name: newName, normalizedName } });
    await tx.departmentEvent.create({ data: { kind: "rename", year, fromId: departmentId, toId: departmentId, note: `${dept.name} → ${newName}` } });
  });
}

export async function mergeDepartments(prisma: PrismaClient, fromId: number, toId: number, year: number): Promise<void> {
  if (fromId === toId) throw new Error("不能把部门合并到它自己");
  await prisma.$transaction(async (tx) => {
    const [from, to] = await Promise.all([
      tx.department.findUniqueOrThrow({ where: { id: fromId } }),
      tx.department.findUniqueOrThrow({ where: { id: toId } }),
    ]);
    await tx.department.update({ where: { id: fromId }, data: { mergedIntoId: toId } });
    await tx.departmentEvent.create({ data: { kind: "merge", year, fromId, toId, note: `${from.name} 并入 ${to.name}` } });
  });
}
