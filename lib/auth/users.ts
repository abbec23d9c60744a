import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { recordAudit } from "./audit";
import { hashPassword, passwordProblem } from "./password";
import type { Role } from "./viewer";

export const ROLES: Role[] = ["admin", "analyst", "viewer"];

export interface NewUser {
  username: string;
  role: Role;
  password: string;
  displayName?: string;
  departmentIds?: number[];
  /** GB/T 2260 codes of stored regions: the user sees every department in them (and below). */
  regionCodes?: string[];
}

function checkUsername(username: string): void {
  if (!/^[A-Za-z0-9_.\-@\u4e00-\u9fa5]{2,50}$/.test(username)) throw new Error(`用户名“${username}”不合法（2–50 个字母、数字、汉字或 _.-@）`);
}

export async function addUser(prisma: PrismaClient, user: NewUser, actor: string): Promise<number> {
  checkUsername(user.username);
  if (!ROLES.includes(user.role)) throw new Error(`角色只能是 ${ROLES.join(" / ")}`);
  const problem = passwordProblem(user.password);
  if (problem) throw new Error(problem);
  if (await prisma.user.findUnique({ where: { username: user.username } })) throw new Error(`用户 ${user.username} 已存在`);
  const ids = user.departmentIds ?? [];
  const found = await prisma.department.count({ where: { id: { in: ids } } });
  if (found !== ids.length) throw new Error("部门范围中有不存在的部门编号");
  const codes = [...new Set(user.regionCodes ?? [])];
  const regions = await prisma.region.findMany({ where: { code: { in: codes } }, select: { code: true } });
  const unknown = codes.filter((c) => !regions.some((r) => r.code === c));
  if (unknown.length) throw new Error(`地区范围中有未知的地区代码：${unknown.join(", ")}`);
  const created = await prisma.user.create({
    data: {
      username: user.username, role: user.role, displayName: user.displayName ?? null, passwordHash: await hashPassword(user.password),
      departments: { create: ids.map((departmentId) => ({ departmentId })) },
      regions: { create: codes.map((regionCode) => ({ regionCode })) },
    },
  });
  await recordAudit(prisma, { actor, action: "user_add", target: user.username, details: { role: user.role, departmentIds: ids, regionCodes: codes } });
  return created.id;
}

export async function setPassword(prisma: PrismaClient, username: string, password: string, actor: string): Promise<void> {
  const problem = passwordProblem(password);
  if (problem) throw new Error(problem);
  const user = await prisma.user.findUnique({ where: { username } });
  if (!user) throw new Error(`用户 ${username} 不存在`);
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  await prisma.session.deleteMany({ where: { userId: user.id } });
  await recordAudit(prisma, { actor, action: "user_passwd", target: username });
}

export async function removeUser(prisma: PrismaClient, username: string, actor: string): Promise<void> {
  const user = await prisma.user.findUnique({ where: { username } });
  if (!user) throw new Error(`用户 ${username} 不存在`);
  await prisma.user.delete({ where: { id: user.id } });
  await recordAudit(prisma, { actor, action: "user_remove", target: username });
}

export async function listUsers(prisma: PrismaClient) {
  const users = await prisma.user.findMany({
    orderBy: { username: "asc" },
    include: { departments: { select: { departmentId: true } }, regions: { select: { regionCode: true } } },
  });
  return users.map((u) => ({
    username: u.username, displayName: u.displayName, role: u.role as Role, disabled: u.disabled,
    departmentIds: u.departments.map((d) => d.departmentId), regionCodes: u.regions.map((r) => r.regionCode), createdAt: u.createdAt,
  }));
}
