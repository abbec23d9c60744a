import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Viewer } from "../auth/viewer";
import { getPrisma } from "../db/client";

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  ip: string | null;
  details: string | null;
}

/**
 * The audit log, newest first, optionally filtered by action: administrators only; a department-scoped administrator
 * sees only the events about its departments (imports, versions, deletions), not logins or user changes.
 */
export async function listAuditEvents(viewer: Viewer, opts: { action?: string; limit?: number } = {}): Promise<AuditRow[]> {
  if (viewer.role !== "admin") return [];
  const where: Prisma.AuditEventWhereInput = {
    ...(opts.action ? { action: opts.action } : {}),
    ...(viewer.departmentIds === null ? {} : { departmentId: { in: viewer.departmentIds } }),
  };
  const prisma = await getPrisma();
  const rows = await prisma.auditEvent.findMany({ where, orderBy: { id: "desc" }, take: opts.limit ?? 200 });
  return rows.map((r) => ({
    id: r.id, at: r.at.toISOString(), actor: r.actor, action: r.action, target: r.target, ip: r.ip,
    details: r.details === null ? null : JSON.stringify(r.details),
  }));
}
