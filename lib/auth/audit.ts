import "server-only";
import type { Prisma, PrismaClient } from "../generated/prisma/client";

export type AuditAction =
  | "login" | "login_failed" | "login_throttled" | "logout"
  | "import" | "import_failed" | "report_version" | "report_delete"
  | "department_merge" | "department_rename" | "department_alias" | "department_split" | "department_parent"
  | "department_region" | "department_undo"
  | "user_add" | "user_passwd" | "user_remove" | "demo_load" | "demo_clear" | "token_create" | "token_revoke"
  | "setting_home_region" | "setting_attention";

export interface AuditEntry {
  actor: string;
  action: AuditAction;
  target?: string | null;
  details?: Prisma.InputJsonValue;
  ip?: string | null;
  /** The department concerned, so a department-scoped admin's audit page can show it. */
  departmentId?: number | null;
}

/** The AuditEvent row of an entry, for writers that insert it themselves (an import's one-statement store). */
export function auditRow(entry: AuditEntry, at: Date) {
  return { at, actor: entry.actor, action: entry.action, target: entry.target ?? null, details: entry.details, ip: entry.ip ?? null, departmentId: entry.departmentId ?? null };
}

/** Who did what, when: one row per security-relevant event, read on the admin audit page. */
export async function recordAudit(prisma: PrismaClient | Prisma.TransactionClient, entry: AuditEntry): Promise<{ id: number }> {
  return prisma.auditEvent.create({ select: { id: true }, data: auditRow(entry, new Date()) });
}
