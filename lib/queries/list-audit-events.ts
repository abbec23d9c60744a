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

/** The audit log for administrators, newest first, optionally filtered by action. */
export async function listAuditEvents(opts: { action?: string; limit?: number } = {}): Promise<AuditRow[]> {
  const prisma = await getPrisma();
  const rows = await prisma.auditEvent.findMany({
    where: opts.action ? { action: opts.action } : {},
    orderBy: { id: "desc" },
    take: opts.limit ?? 200,
  });
  return rows.map((r) => ({
    id: r.id, at: r.at.toISOString(), actor: r.actor, action: r.action, target: r.target, ip: r.ip,
    details: r.details === null ? null : JSON.stringify(r.details),
  }));
}
