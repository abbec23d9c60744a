import { Prisma } from "../generated/prisma/client";
import type { Viewer } from "../auth/viewer";

/**
 * SQL fragments every raw query uses: current report versions only, and the viewer's department scope.
 * `alias` is the Report table alias in the query.
 */
export function currentReportsSql(viewer: Viewer, alias = "r"): Prisma.Sql {
  const a = Prisma.raw(`"${alias}"`);
  const scope = viewer.departmentIds === null
    ? Prisma.empty
    : viewer.departmentIds.length === 0
      ? Prisma.sql` AND FALSE`
      : Prisma.sql` AND ${a}."departmentId" IN (${Prisma.join(viewer.departmentIds)})`;
  return Prisma.sql`${a}."currentKey" IS NOT NULL${scope}`;
}

/** The same scope for Prisma's query API. */
export function departmentScopeWhere(viewer: Viewer): { departmentId?: { in: number[] } } {
  return viewer.departmentIds === null ? {} : { departmentId: { in: viewer.departmentIds } };
}
