import "server-only";
import { getPrisma } from "../../db/client";
import { canSeeDepartment, type Viewer } from "../../auth/viewer";
import type { Yuan } from "./types";
import { sharedPerScope } from "../page-data-cache";

export interface OrgReport {
  reportId: number;
  year: number;
  /** 汇总 | 本级 | 单位 */
  scope: string;
  expenditure: Yuan | null;
}

export interface DepartmentOrg {
  /** The 部门 (主管部门) this unit belongs to; null for a 部门 itself. */
  parent: { id: number; name: string } | null;
  /** Its 所属单位 with their current reports, newest year first. */
  units: Array<{ id: number; name: string; kind: string | null; reports: OrgReport[] }>;
}

interface Row {
  id: number;
  name: string;
  kind: string | null;
  reports: OrgReport[] | null;
}

/** Where a department sits: its 部门 and its 所属单位 (only those the viewer may see), for the department page. */
async function loadDepartmentOrg(viewer: Viewer, departmentId: number): Promise<DepartmentOrg> {
  const prisma = await getPrisma();
  const [self, units] = await Promise.all([
    prisma.department.findUnique({ where: { id: departmentId }, select: { parent: { select: { id: true, name: true } } } }),
    prisma.$queryRaw<Row[]>`
      SELECT u.id, u.name, u.kind,
        (SELECT json_agg(json_build_object('reportId', r.id, 'year', r.year, 'scope', r.scope, 'expenditure', r."expenditureTotal"::text)
           ORDER BY r.year DESC, r.scope)
         FROM "Report" r WHERE r."departmentId" = u.id AND r."currentKey" IS NOT NULL) AS reports
      FROM "Department" u WHERE u."parentId" = ${departmentId}
      ORDER BY u.name`,
  ]);
  const parent = self?.parent ?? null;
  return {
    parent: parent !== null && canSeeDepartment(viewer, parent.id) ? parent : null,
    units: units.filter((u) => canSeeDepartment(viewer, u.id)).map((u) => ({ ...u, reports: u.reports ?? [] })),
  };
}

/** getDepartmentOrg shared by viewers of the same scope until the data changes (lib/queries/page-data-cache.ts). */
export const getDepartmentOrg = sharedPerScope("department-org", loadDepartmentOrg);
