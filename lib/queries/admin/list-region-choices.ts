import "server-only";
import type { Viewer } from "../../auth/viewer";
import { listStoredRegions } from "../region/stored-regions";

/** A stored region as the admin's region picker offers it: depth-first under its parent, with its full name. */
export interface RegionChoice {
  code: string;
  /** 上海市普陀区, 示例市甲区. */
  fullName: string;
  name: string;
  depth: number;
}

/**
 * Every row of the Region table (regions stored because a department or an admin used them), for placing a department
 * on /admin/departments (admins only). Regions not stored yet are entered by their GB/T 2260 code.
 */
export async function listRegionChoices(viewer: Viewer): Promise<RegionChoice[]> {
  if (viewer.role !== "admin") return [];
  const rows = await listStoredRegions();
  const children = new Map<string | null, typeof rows>();
  const known = new Set(rows.map((r) => r.code));
  for (const row of rows) {
    const parent = row.parentCode !== null && known.has(row.parentCode) ? row.parentCode : null;
    children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  const out: RegionChoice[] = [];
  const walk = (parent: string | null, prefix: string, depth: number) => {
    for (const row of children.get(parent) ?? []) {
      out.push({ code: row.code, fullName: prefix + row.name, name: row.name, depth });
      walk(row.code, prefix + row.name, depth + 1);
    }
  };
  walk(null, "", 0);
  return out;
}
