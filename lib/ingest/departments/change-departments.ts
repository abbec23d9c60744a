import "server-only";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { recordAudit, type AuditAction } from "../../auth/audit";
import {
  CHANGE_ACTIONS, DepartmentChangeError, describeChange, UNDO_ACTION, type DepartmentChange,
} from "../../domain/department-change";
import { regionChain, regionFullName } from "../../domain/regions";
import { regionCatalog } from "../region-catalog";
import { applyDepartmentChange, touchedDepartmentIds } from "./apply-change";
import { captureOrgState, restoreOrgState, sameOrgState, stateDepartmentIds, type OrgState } from "./org-state";

export interface ChangeActor {
  name: string;
  ip?: string | null;
}

/** What an organisation change stores in its AuditEvent: enough to show it and to undo it exactly. */
export interface OrgChangeDetails {
  summary: string;
  change?: DepartmentChange;
  /** The AuditEvent an undo reverses. */
  undoes?: number;
  before: OrgState;
  after: OrgState;
}

export interface ChangeResult {
  auditId: number;
  summary: string;
  created: number[];
}

const TX = { timeout: 60_000, maxWait: 30_000 };

async function names(tx: Prisma.TransactionClient, ids: number[]): Promise<(id: number) => string> {
  const rows = await tx.department.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const byId = new Map(rows.map((r) => [r.id, r.name]));
  return (id) => byId.get(id) ?? `#${id}`;
}

async function audit(tx: Prisma.TransactionClient, actor: ChangeActor, action: AuditAction, target: string, details: OrgChangeDetails): Promise<number> {
  const row = await recordAudit(tx, {
    actor: actor.name, action, target, ip: actor.ip ?? null,
    details: details as unknown as Prisma.InputJsonValue,
  });
  return row.id;
}

/**
 * Applies one admin change to the organisation register in one transaction, with its AuditEvent holding the state of
 * every touched department before and after — the undo record. Bad input throws DepartmentChangeError, nothing changed.
 */
export async function changeDepartments(prisma: PrismaClient, change: DepartmentChange, actor: ChangeActor): Promise<ChangeResult> {
  return prisma.$transaction(async (tx) => {
    const ids = await touchedDepartmentIds(tx, change);
    const summary = describeChange(change, await names(tx, ids), (code) => regionFullName(regionChain(regionCatalog(), code)) || code);
    const before = await captureOrgState(tx, ids);
    const created = await applyDepartmentChange(tx, change);
    const after = await captureOrgState(tx, [...ids, ...created]);
    const auditId = await audit(tx, actor, CHANGE_ACTIONS[change.op], summary, { summary, change, before, after });
    return { auditId, summary, created };
  }, TX);
}

export function isOrgChangeDetails(value: unknown): value is OrgChangeDetails {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.summary === "string" && typeof v.before === "object" && v.before !== null && typeof v.after === "object" && v.after !== null;
}

/**
 * Reverses one recorded change (or an undo, which redoes): restores its "before" state exactly, refused when the
 * register no longer equals its "after" state (a later change touched the same departments) or it was undone already.
 */
export async function undoDepartmentChange(prisma: PrismaClient, auditId: number, actor: ChangeActor): Promise<ChangeResult> {
  return prisma.$transaction(async (tx) => {
    const event = await tx.auditEvent.findUnique({ where: { id: auditId } });
    const actions: string[] = [...Object.values(CHANGE_ACTIONS), UNDO_ACTION];
    if (event === null || !actions.includes(event.action) || !isOrgChangeDetails(event.details)) {
      throw new DepartmentChangeError(`未找到可撤销的机构变更 #${auditId}`);
    }
    const undone = await tx.auditEvent.findFirst({ where: { action: UNDO_ACTION, details: { path: ["undoes"], equals: auditId } }, select: { id: true } });
    if (undone !== null) throw new DepartmentChangeError(`这次变更已于审计记录 #${undone.id} 撤销`);
    const recorded = event.details;
    const ids = stateDepartmentIds(recorded.before, recorded.after);
    const current = await captureOrgState(tx, ids);
    if (!sameOrgState(current, recorded.after)) {
      throw new DepartmentChangeError("此后相关部门又有变更，请先撤销后来的变更，再撤销这一次");
    }
    await restoreOrgState(tx, current, recorded.before);
    const restored = await captureOrgState(tx, ids);
    const summary = `撤销：${recorded.summary}`;
    const id = await audit(tx, actor, UNDO_ACTION, summary, { summary, undoes: auditId, before: current, after: restored });
    return { auditId: id, summary, created: [] };
  }, TX);
}
