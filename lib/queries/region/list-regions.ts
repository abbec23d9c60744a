import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { getPrisma } from "../../db/client";
import type { Viewer } from "../../auth/viewer";
import { NO_REGION, NO_REGION_NAME } from "./region-scope";
import { sharedPerScope } from "../page-data-cache";

export interface RegionTreeNode {
  code: string;
  name: string;
  /** 上海市普陀区: the chain of names from the top. */
  fullName: string;
  level: string;
  demo: boolean;
  /** Departments placed in this region itself / in it and every region below (merged departments not counted). */
  departments: number;
  departmentsWithSub: number;
  children: RegionTreeNode[];
}

export interface RegionTree {
  regions: RegionTreeNode[];
  /** Departments the viewer may see whose region is not known (`?region=none`). */
  unassigned: { code: typeof NO_REGION; name: string; departments: number };
}

interface Row { code: string; name: string; level: string; parentCode: string | null; demo: boolean; departments: number }

/**
 * GET /api/regions and the header picker: every stored region with its department counts, as a tree. Only regions
 * that hold a department the viewer may see (or lie above one) are listed, so a region-scoped user sees their own.
 */
async function loadRegionTree(viewer: Viewer): Promise<RegionTree> {
  const prisma = await getPrisma();
  const visible = viewer.departmentIds === null
    ? Prisma.sql`TRUE`
    : viewer.departmentIds.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`d.id IN (${Prisma.join(viewer.departmentIds)})`;
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT g.code, g.name, g.level, g."parentCode", g.demo, COUNT(d.id)::int AS departments
    FROM "Region" g LEFT JOIN "Department" d ON d."regionCode" = g.code AND d."mergedIntoId" IS NULL AND ${visible}
    GROUP BY g.code ORDER BY g.code`;
  const [unassigned] = await prisma.$queryRaw<Array<{ departments: number }>>`
    SELECT COUNT(*)::int AS departments FROM "Department" d WHERE d."regionCode" IS NULL AND d."mergedIntoId" IS NULL AND ${visible}`;
  const nodes = new Map<string, RegionTreeNode>(rows.map((r) => [r.code, {
    code: r.code, name: r.name, fullName: r.name, level: r.level, demo: r.demo, departments: r.departments, departmentsWithSub: r.departments, children: [],
  }]));
  const roots: RegionTreeNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.code)!;
    const parent = row.parentCode === null ? undefined : nodes.get(row.parentCode);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const finish = (node: RegionTreeNode, prefix: string): number => {
    node.fullName = prefix + node.name;
    node.departmentsWithSub = node.departments + node.children.reduce((sum, child) => sum + finish(child, node.fullName), 0);
    node.children = node.children.filter((child) => child.departmentsWithSub > 0);
    return node.departmentsWithSub;
  };
  for (const root of roots) finish(root, "");
  return {
    regions: roots.filter((r) => r.departmentsWithSub > 0),
    unassigned: { code: NO_REGION, name: NO_REGION_NAME, departments: unassigned?.departments ?? 0 },
  };
}

/** listRegionTree shared by viewers of the same scope until the data changes (lib/queries/page-data-cache.ts). */
export const listRegionTree = sharedPerScope("region-tree", loadRegionTree);
