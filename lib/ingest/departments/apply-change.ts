import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import {
  checkMerge, checkParent, checkSplitNames, DepartmentChangeError, type DepartmentChange, type OrgNode,
} from "../../domain/department-change";
import { displayDepartmentName, normalizeDepartmentName } from "../normalize-name";
import { ensureRegionRows, regionCatalog } from "../region-catalog";
import { inferKind } from "../resolve-department";

type Tx = Prisma.TransactionClient;

const NODE = { id: true, name: true, parentId: true, mergedIntoId: true } as const;

async function node(tx: Tx, id: number): Promise<OrgNode> {
  const found = await tx.department.findUnique({ where: { id }, select: NODE });
  if (found === null) throw new DepartmentChangeError(`未找到部门 #${id}`);
  return found;
}

/** Follows one link (parent or merge target) at a time: chains are a few levels deep. */
async function linkMap(tx: Tx, start: number | null, link: "parentId" | "mergedIntoId"): Promise<Map<number, number | null>> {
  const map = new Map<number, number | null>();
  for (let at = start; at !== null && !map.has(at); ) {
    const row = await tx.department.findUnique({ where: { id: at }, select: { parentId: true, mergedIntoId: true } });
    const next = row?.[link] ?? null;
    map.set(at, next);
    at = next;
  }
  return map;
}

/** A name another department already uses (as its name or a former name) cannot be taken. */
async function assertNameFree(tx: Tx, name: string, allowedId: number | null): Promise<string> {
  const normalizedName = normalizeDepartmentName(name);
  const [direct, alias] = await Promise.all([
    tx.department.findUnique({ where: { normalizedName }, select: { id: true, name: true } }),
    tx.departmentAlias.findUnique({ where: { normalizedName }, select: { departmentId: true } }),
  ]);
  if (direct && direct.id !== allowedId) throw new DepartmentChangeError(`“${name}”已是另一个部门（#${direct.id}）的名称；如为同一机构，请使用合并`);
  if (alias && alias.departmentId !== allowedId) throw new DepartmentChangeError(`“${name}”是部门 #${alias.departmentId} 的曾用名；如为同一机构，请使用合并`);
  return normalizedName;
}

/** The departments a change touches, captured before and after it (see org-state.ts). */
export async function touchedDepartmentIds(tx: Tx, change: DepartmentChange): Promise<number[]> {
  switch (change.op) {
    case "merge": {
      // Departments merged into the source earlier follow it to the new target (views resolve one merge level).
      const earlier = await tx.department.findMany({ where: { mergedIntoId: change.departmentId }, select: { id: true } });
      return [change.departmentId, change.intoId, ...earlier.map((d) => d.id)];
    }
    case "parent":
      return change.parentId === null ? [change.departmentId] : [change.departmentId, change.parentId];
    default:
      return [change.departmentId];
  }
}

/** Applies one validated change inside the caller's transaction; returns the ids of departments it created. */
export async function applyDepartmentChange(tx: Tx, change: DepartmentChange): Promise<number[]> {
  const dept = await tx.department.findUnique({ where: { id: change.departmentId } });
  if (dept === null) throw new DepartmentChangeError(`未找到部门 #${change.departmentId}`);
  switch (change.op) {
    case "rename": {
      const newName = displayDepartmentName(change.name);
      const normalizedName = await assertNameFree(tx, newName, dept.id);
      if (normalizedName === dept.normalizedName) throw new DepartmentChangeError("新名称与现名称相同");
      // The old name stays an alias up to the year before the change, so its earlier reports still find the department.
      await tx.departmentAlias.deleteMany({ where: { normalizedName, departmentId: dept.id } });
      await tx.departmentAlias.create({ data: { departmentId: dept.id, name: dept.name, normalizedName: dept.normalizedName, toYear: change.year - 1 } });
      await tx.department.update({ where: { id: dept.id }, data: { name: newName, normalizedName } });
      await tx.departmentEvent.create({ data: { kind: "rename", year: change.year, fromId: dept.id, toId: dept.id, note: `${dept.name} → ${newName}` } });
      return [];
    }
    case "merge": {
      const into = await node(tx, change.intoId);
      const chain = await linkMap(tx, into.id, "mergedIntoId");
      checkMerge(dept, into, (id) => chain.get(id) ?? null);
      await tx.department.updateMany({ where: { mergedIntoId: dept.id }, data: { mergedIntoId: into.id } });
      await tx.department.update({ where: { id: dept.id }, data: { mergedIntoId: into.id } });
      await tx.departmentEvent.create({ data: { kind: "merge", year: change.year, fromId: dept.id, toId: into.id, note: `${dept.name} 并入 ${into.name}` } });
      return [];
    }
    case "split": {
      const names = change.names.map(displayDepartmentName);
      checkSplitNames(dept, names.map(normalizeDepartmentName));
      const created: number[] = [];
      for (const name of names) {
        const normalizedName = await assertNameFree(tx, name, null);
        const part = await tx.department.create({
          data: { name, normalizedName, kind: inferKind(name), regionCode: dept.regionCode, parentId: dept.parentId, isDemo: dept.isDemo },
        });
        created.push(part.id);
        await tx.departmentEvent.create({ data: { kind: "split", year: change.year, fromId: dept.id, toId: part.id, note: `${dept.name} 分设 ${name}` } });
      }
      return created;
    }
    case "parent": {
      const parent = change.parentId === null ? null : await node(tx, change.parentId);
      const chain = await linkMap(tx, parent?.id ?? null, "parentId");
      checkParent(dept, parent, (id) => chain.get(id) ?? null);
      await tx.department.update({ where: { id: dept.id }, data: { parentId: parent?.id ?? null } });
      return [];
    }
    case "region": {
      // The department's whole history moves with it: every view reads the region from the department, not the report.
      const code = change.regionCode;
      if (code !== null && !regionCatalog().byCode.has(code)) throw new DepartmentChangeError(`未知的行政区划代码“${code}”`);
      if (code === dept.regionCode) throw new DepartmentChangeError("部门已在该地区");
      if (code !== null) await ensureRegionRows(tx, code);
      await tx.department.update({ where: { id: dept.id }, data: { regionCode: code } });
      return [];
    }
  }
}
