import { getPrisma } from "../../db/client";
import type { Viewer } from "../../auth/viewer";
import { currentReportsSql } from "../scope-sql";
import { effectiveDepartmentSql } from "../overview/cross-sql";

/** What a peer group is judged on: kind (行政/事业), size and the 类 the department spends most on. */
export interface DepartmentProfile {
  id: number;
  name: string;
  kind: string | null;
  expenditure: string | null;
  dominantClass: string | null;
  dominantClassName: string | null;
}

/** Every department reporting in `year` with its profile (the compare picker and peer suggestions). */
export async function listDepartmentProfiles(viewer: Viewer, year: number): Promise<DepartmentProfile[]> {
  const prisma = await getPrisma();
  const dept = effectiveDepartmentSql("d");
  return prisma.$queryRaw<DepartmentProfile[]>`
    WITH cur AS (
      SELECT r.id, r."expenditureTotal", ${dept} AS dept
      FROM "Report" r JOIN "Department" d ON d.id = r."departmentId"
      WHERE ${currentReportsSql(viewer, "r")} AND r.year = ${year}
    ),
    classes AS (
      SELECT DISTINCT ON (cur.dept) cur.dept, f.code, f.name
      FROM "FunctionLine" f JOIN cur ON cur.id = f."reportId"
      WHERE f."table" = 'expenditure' AND f.level = '类'
      GROUP BY cur.dept, f.code, f.name
      ORDER BY cur.dept, SUM(f.total) DESC NULLS LAST, f.code
    ),
    totals AS (SELECT dept, SUM("expenditureTotal")::text AS expenditure FROM cur GROUP BY dept)
    SELECT e.id, e.name, e.kind, totals.expenditure, classes.code AS "dominantClass", classes.name AS "dominantClassName"
    FROM totals JOIN "Department" e ON e.id = totals.dept LEFT JOIN classes ON classes.dept = totals.dept
    ORDER BY e.name`;
}
