import "server-only";
import type { Viewer } from "../../auth/viewer";
import { getPrisma } from "../../db/client";
import { CHANGE_ACTIONS, UNDO_ACTION } from "../../domain/department-change";

export interface OrgChangeRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  summary: string;
  /** The audit id of the undo that reversed this change, if any. */
  undoneBy: number | null;
}

const ACTIONS: string[] = [...Object.values(CHANGE_ACTIONS), UNDO_ACTION];

/** Recent organisation changes, newest first, each with whether it has been undone (admins only). */
export async function listOrgChanges(viewer: Viewer, limit = 30): Promise<OrgChangeRow[]> {
  if (viewer.role !== "admin") return [];
  const prisma = await getPrisma();
  const events = await prisma.auditEvent.findMany({
    where: { action: { in: ACTIONS } },
    orderBy: { id: "desc" },
    take: limit,
    select: { id: true, at: true, actor: true, action: true, target: true, details: true },
  });
  const undoneBy = new Map<number, number>();
  const undos = await prisma.auditEvent.findMany({
    where: { action: UNDO_ACTION, id: { gt: events.at(-1)?.id ?? 0 } },
    select: { id: true, details: true },
  });
  for (const u of undos) {
    const target = (u.details as { undoes?: unknown } | null)?.undoes;
    if (typeof target === "number") undoneBy.set(target, u.id);
  }
  return events.map((e) => ({
    id: e.id, at: e.at.toISOString(), actor: e.actor, action: e.action, summary: e.target ?? "", undoneBy: undoneBy.get(e.id) ?? null,
  }));
}
