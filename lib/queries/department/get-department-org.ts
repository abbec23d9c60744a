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
  parent: { id: number; name: string } | null;
  units: Array<{ id: number; name: string; kind: string | null; reports: OrgReport[] | null }> | null;
}

/** Where a department sits: its 部门 and its 所属单位 (only those the viewer may see), for the department page. */
async function loadDepartmentOrg(viewer: Viewer, departmentId: number): Promise<DepartmentOrg> {
  const prisma = await getPrisma();
  const [row] = await prisma.$queryRaw<Row[]>`
    SELECT
      (SELECT json_build_object('id', p.id, 'name', p.name)
         FROM "Department" c JOIN "Department" p ON p.id = c."parentId" WHERE c.id = ${departmentId}) AS parent,
      (SELECT json_agg(json_build_object('id', u.id, 'name', u.name, 'kind', u.kind, 'reports',
           (SELECT json_agg(json_build_object('reportId', r.id, 'year', r.year, 'scope', r.scope, 'expenditure', r."expenditureTotal"::text)
              ORDER BY r.year DESC, r.scope)
            FROM "Report" r WHERE r."departmentId" = u.id AND r."currentKey" IS NOT NULL)) ORDER BY u.name)
         FROM "Department" u WHERE u."parentId" = ${departmentId}) AS units`;
  const parent = row?.parent ?? null;
  return {
    parent: parent !== null && canSeeDepartment(viewer, parent.id) ? parent : null,
    units: (row?.units ?? []).filter((u) => canSeeDepartment(viewer, u.id)).map((u) => ({ ...u, reports: u.reports ?? [] })),
  };
}

/** getDepartmentOrg shared by viewers of the same scope until the data changes (lib/queries/page-data-cache.ts). */
export const getDepartmentOrg = sharedPerScope("department-org", loadDepartmentOrg);
