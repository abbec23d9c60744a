import type { RegionTree, RegionTreeNode } from "./list-regions";

/** The region tree flattened for a <select>: depth-first, each with its own department count. */
export function regionOptions(tree: RegionTree): Array<{ code: string; label: string; depth: number; departments: number; hasChildren: boolean }> {
  const out: Array<{ code: string; label: string; depth: number; departments: number; hasChildren: boolean }> = [];
  const walk = (node: RegionTreeNode, depth: number) => {
    out.push({ code: node.code, label: node.name, depth, departments: node.departments, hasChildren: node.children.length > 0 });
    for (const child of node.children) walk(child, depth + 1);
  };
  for (const root of tree.regions) walk(root, 0);
  if (tree.unassigned.departments > 0) {
    out.push({ code: tree.unassigned.code, label: tree.unassigned.name, depth: 0, departments: tree.unassigned.departments, hasChildren: false });
  }
  return out;
}
