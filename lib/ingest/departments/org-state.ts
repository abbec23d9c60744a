import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { DepartmentChangeError } from "../../domain/department-change";

type Tx = Prisma.TransactionClient;

/**
 * The part of the organisation register a change can touch, for a set of departments: their own fields, their aliases
 * and the 机构改革 events they take part in. A change stores this before and after (in its AuditEvent); undo restores
 * "before" only while the register still equals "after", so an undo never silently overwrites a later change.
 */
export interface OrgState {
  departments: Array<{
    id: number; name: string; normalizedName: string; kind: string | null; isDemo: boolean;
    regionCode: string | null; parentId: number | null; mergedIntoId: number | null; firstYear: number | null; lastYear: number | null;
  }>;
  aliases: Array<{ id: number; departmentId: number; name: string; normalizedName: string; fromYear: number | null; toYear: number | null }>;
  events: Array<{ id: number; kind: string; year: number; fromId: number; toId: number; note: string | null }>;
}

const DEPARTMENT_FIELDS = {
  id: true, name: true, normalizedName: true, kind: true, isDemo: true, regionCode: true, parentId: true, mergedIntoId: true,
  firstYear: true, lastYear: true,
} as const;

export async function captureOrgState(tx: Tx, ids: Iterable<number>): Promise<OrgState> {
  const list = [...new Set(ids)].sort((a, b) => a - b);
  const [departments, aliases, events] = await Promise.all([
    tx.department.findMany({ where: { id: { in: list } }, select: DEPARTMENT_FIELDS, orderBy: { id: "asc" } }),
    tx.departmentAlias.findMany({
      where: { departmentId: { in: list } },
      select: { id: true, departmentId: true, name: true, normalizedName: true, fromYear: true, toYear: true },
      orderBy: { id: "asc" },
    }),
    tx.departmentEvent.findMany({
      where: { OR: [{ fromId: { in: list } }, { toId: { in: list } }] },
      select: { id: true, kind: true, year: true, fromId: true, toId: true, note: true },
      orderBy: { id: "asc" },
    }),
  ]);
  return { departments, aliases, events };
}

/** Every department a stored state mentions (so undo captures the same set). */
export function stateDepartmentIds(...states: OrgState[]): number[] {
  return [...new Set(states.flatMap((s) => [
    ...s.departments.map((d) => d.id),
    ...s.events.flatMap((e) => [e.fromId, e.toId]),
  ]))];
}

/** States compare as canonical JSON: rows sorted by id, keys in a fixed order. */
export function sameOrgState(a: OrgState, b: OrgState): boolean {
  return canonical(a) === canonical(b);
}

function canonical(state: OrgState): string {
  const byId = <T extends { id: number }>(rows: T[]) => [...rows].sort((x, y) => x.id - y.id).map((r) => JSON.stringify(r, Object.keys(r).sort()));
  return JSON.stringify([byId(state.departments), byId(state.aliases), byId(state.events)]);
}

/**
 * Puts the register back to `target` from `current` (both captured over the same departments). Rows that exist only in
 * `current` are deleted, rows of `target` are written back with their original ids, departments created by the change
 * (in `current`, not in `target`) are removed — refused if reports have been filed under them since.
 */
export async function restoreOrgState(tx: Tx, current: OrgState, target: OrgState): Promise<void> {
  const keep = <T extends { id: number }>(rows: T[]) => new Set(rows.map((r) => r.id));
  const targetEvents = keep(target.events);
  const targetDepartments = keep(target.departments);
  const created = current.departments.filter((d) => !targetDepartments.has(d.id)).map((d) => d.id);
  if (created.length > 0) {
    const [reports, referrers] = await Promise.all([
      tx.report.count({ where: { departmentId: { in: created } } }),
      tx.department.count({ where: { id: { notIn: created }, OR: [{ parentId: { in: created } }, { mergedIntoId: { in: created } }] } }),
    ]);
    if (reports > 0) throw new DepartmentChangeError("拆分出的部门已有导入的报告，不能撤销这次拆分");
    if (referrers > 0) throw new DepartmentChangeError("已有其他部门隶属于或并入拆分出的部门，请先撤销那些变更");
  }
  await tx.departmentEvent.deleteMany({ where: { id: { in: current.events.filter((e) => !targetEvents.has(e.id)).map((e) => e.id) } } });
  await tx.departmentAlias.deleteMany({ where: { id: { in: current.aliases.map((a) => a.id) } } });
  // Names are unique: move every touched department to a placeholder first, so swapping names back cannot collide.
  // A department only in `target` (redoing a split) comes back with its id, links set once all exist.
  const present = keep(current.departments);
  for (const d of target.departments) {
    const placeholder = { normalizedName: `#undo#${d.id}`, parentId: null, mergedIntoId: null };
    if (present.has(d.id)) await tx.department.update({ where: { id: d.id }, data: placeholder });
    else await tx.department.create({ data: { ...d, ...placeholder } });
  }
  await tx.department.deleteMany({ where: { id: { in: created } } });
  for (const { id, ...fields } of target.departments) await tx.department.update({ where: { id }, data: fields });
  for (const alias of target.aliases) await tx.departmentAlias.create({ data: alias });
  const existing = keep(current.events);
  for (const event of target.events) if (!existing.has(event.id)) await tx.departmentEvent.create({ data: event });
}
