import { z } from "zod";

/**
 * Changes an admin makes to the organisation register (机构改革 and corrections), as validated input. Pure: the rules
 * that need only ids and names live here and are unit-tested; the data layer (lib/ingest/departments) applies them.
 */
const id = z.coerce.number().int().positive();
const year = z.coerce.number().int().min(1990, "年份应为 1990 年以后").max(2100, "年份不正确");
const name = z.string().trim().min(2, "名称至少 2 个字").max(100, "名称不能超过 100 个字");

export const departmentChangeSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("rename"), departmentId: id, name, year }),
  z.object({ op: z.literal("merge"), departmentId: id, intoId: id, year }),
  z.object({ op: z.literal("split"), departmentId: id, names: z.array(name).min(1, "至少填写一个新部门").max(6, "一次最多拆分出 6 个部门"), year }),
  z.object({ op: z.literal("parent"), departmentId: id, parentId: id.nullable() }),
  // A GB/T 2260 code (2/4/6/9 digits; the demo city's 99…), or null for 未归属地区.
  z.object({ op: z.literal("region"), departmentId: id, regionCode: z.string().trim().regex(/^\d{2,12}$/, "地区代码应为 2–12 位数字").nullable() }),
]);

export type DepartmentChange = z.infer<typeof departmentChangeSchema>;
export type DepartmentChangeOp = DepartmentChange["op"];

/** The audit action each change is recorded under (lib/auth/audit.ts). */
export const CHANGE_ACTIONS = {
  rename: "department_rename",
  merge: "department_merge",
  split: "department_split",
  parent: "department_parent",
  region: "department_region",
} as const satisfies Record<DepartmentChangeOp, string>;

export const UNDO_ACTION = "department_undo";

export class DepartmentChangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DepartmentChangeError";
  }
}

/** What the checks need to know about a department. */
export interface OrgNode {
  id: number;
  name: string;
  parentId: number | null;
  mergedIntoId: number | null;
}

function chain(start: number | null, next: (id: number) => number | null): number[] {
  const seen: number[] = [];
  for (let at = start; at !== null && !seen.includes(at); at = next(at)) seen.push(at);
  return seen;
}

/** A 部门 may not be its own ancestor, and a merged (ended) department cannot take new units. */
export function checkParent(dept: OrgNode, parent: OrgNode | null, parentOf: (id: number) => number | null): void {
  if (parent === null) return;
  if (parent.id === dept.id) throw new DepartmentChangeError("不能把部门设为它自己的上级部门");
  if (parent.mergedIntoId !== null) throw new DepartmentChangeError(`“${parent.name}”已并入其他部门，不能再作为上级部门`);
  if (chain(parent.id, parentOf).includes(dept.id)) {
    throw new DepartmentChangeError(`“${parent.name}”是“${dept.name}”的下属单位，不能反过来作为它的上级部门`);
  }
}

/** A merge ends `from`; its target must be a live department outside `from`'s own merge chain. */
export function checkMerge(from: OrgNode, into: OrgNode, mergedIntoOf: (id: number) => number | null): void {
  if (from.id === into.id) throw new DepartmentChangeError("不能把部门合并到它自己");
  if (from.mergedIntoId !== null) throw new DepartmentChangeError(`“${from.name}”已经并入其他部门，请先撤销那次合并`);
  if (into.mergedIntoId !== null) throw new DepartmentChangeError(`“${into.name}”本身已并入其他部门，请合并到它的承继部门`);
  if (chain(into.id, mergedIntoOf).includes(from.id)) throw new DepartmentChangeError("合并会形成循环");
}

/** New names of a split: distinct, and none equal to the department being split. */
export function checkSplitNames(source: { name: string; normalizedName: string }, normalized: string[]): void {
  if (new Set(normalized).size !== normalized.length) throw new DepartmentChangeError("拆分出的部门名称不能重复");
  if (normalized.includes(source.normalizedName)) throw new DepartmentChangeError(`拆分出的部门不能与原部门“${source.name}”同名`);
}

/** One line for the audit log and the change list; `regionName` names a region code (上海市普陀区). */
export function describeChange(change: DepartmentChange, names: (id: number) => string, regionName: (code: string) => string = (c) => c): string {
  const n = (id: number | null) => (id === null ? "（无）" : `“${names(id)}”`);
  switch (change.op) {
    case "rename":
      return `${n(change.departmentId)}自 ${change.year} 年起更名为“${change.name}”`;
    case "merge":
      return `${n(change.departmentId)}自 ${change.year} 年起并入${n(change.intoId)}`;
    case "split":
      return `${n(change.departmentId)}自 ${change.year} 年起分设出${change.names.map((x) => `“${x}”`).join("、")}`;
    case "parent":
      return change.parentId === null ? `${n(change.departmentId)}不再隶属于上级部门` : `${n(change.departmentId)}的上级部门设为${n(change.parentId)}`;
    case "region":
      return change.regionCode === null ? `${n(change.departmentId)}改为未归属地区` : `${n(change.departmentId)}的地区设为“${regionName(change.regionCode)}”`;
  }
}
