import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { getPrisma } from "../../db/client";
import { pgArray } from "../../db/pg-array";
import type { RegionViewer } from "../region/region-scope";
import { countedReportsSql } from "../scope-sql";
import { effectiveDepartmentSql } from "../overview/cross-sql";
import { sharedPerScope } from "../page-data-cache";

/** What a peer group is judged on: kind (行政/事业), size and the 类 the department spends most on. */
export interface DepartmentProfile {
  id: number;
  name: string;
  kind: string | null;
  expenditure: string | null;
  /** Filled by `withDominantClass` only for the departments that need it (the picker does not). */
  dominantClass: string | null;
  dominantClassName: string | null;
}

/** Every department reporting in `year` with kind and size (the compare picker and the first peer filter). */
async function loadDepartmentProfiles(viewer: RegionViewer, year: number): Promise<DepartmentProfile[]> {
  const prisma = await getPrisma();
  const dept = effectiveDepartmentSql("d");
  return prisma.$queryRaw<DepartmentProfile[]>`
    SELECT e.id, e.name, e.kind, SUM(r."expenditureTotal")::text AS expenditure,
           NULL::text AS "dominantClass", NULL::text AS "dominantClassName"
    FROM "Report" r JOIN "Department" d ON d.id = r."departmentId" JOIN "Department" e ON e.id = ${dept}
    WHERE ${countedReportsSql(viewer, "r")} AND r.year = ${year}
    GROUP BY e.id, e.name, e.kind
    ORDER BY e.name`;
}

/**
 * listDepartmentProfiles shared by viewers of the same scope until the data changes (lib/queries/page-data-cache.ts):
 * every /compare, whichever departments it compares, shows the same picker of the region's departments.
 */
export const listDepartmentProfiles = sharedPerScope("department-profiles", loadDepartmentProfiles);

/** A department's dominant 类: code and name. */
export interface DominantClass {
  code: string;
  name: string;
}

/**
 * The 类 with the largest 公开03表 amount (ties: the lower code) of each department in `ids` (effective ids of the
 * viewer's region: the picker's) in `year`, by the counting rule; a department without such lines has no row. Probed
 * department by department from the ids: a join over the year's reports first read all 10,000 counted reports of a big
 * region for a batch of 33 (28–49 ms → 1). Every report counting under a department of the region is in the region
 * (the region of the department it counts under decides), so a viewer who sees every department needs only the stored
 * flag; testing the region per report again was most of the statement at 1,000 departments (10 → 1.6 ms).
 */
async function dominantClassesOf(viewer: RegionViewer, year: number, ids: ReadonlyArray<number>): Promise<Array<{ dept: number; code: string; name: string }>> {
  if (ids.length === 0) return [];
  const prisma = await getPrisma();
  const counted = viewer.departmentIds === null ? Prisma.sql`r."countedForAll"` : countedReportsSql(viewer, "r");
  return prisma.$queryRaw<Array<{ dept: number; code: string; name: string }>>`
    SELECT k.id AS dept, c.code, c.name
    FROM unnest(${pgArray([...ids])}::int[]) AS k(id)
    CROSS JOIN LATERAL (
      SELECT f.code, f.name
      FROM "FunctionLine" f JOIN "Report" r ON r.id = f."reportId" JOIN "Department" d ON d.id = r."departmentId"
      WHERE (d.id = k.id OR d."mergedIntoId" = k.id) AND ${effectiveDepartmentSql("d")} = k.id
        AND ${counted} AND r.year = ${year} AND f."table" = 'expenditure' AND f.level = '类'
      GROUP BY f.code, f.name
      ORDER BY SUM(f.total) DESC NULLS LAST, f.code
      LIMIT 1) c`;
}

/** Each batch of candidates whose 类 is read is this many times larger than the one before (the first: `firstBatch`). */
const BATCH_GROWTH = 4;

/**
 * The dominant 类 of `target` and of as many of its `ranked` size-band candidates (closest first, as suggestPeers ranks
 * them: lib/queries/compare/suggest-peers.ts) as its suggestions need: read closest first, in growing batches
 * (`firstBatch` candidates, then ×4 each time), until `wanted` candidates share the target's 类 or the band is
 * exhausted. Every candidate left unread ranks after every one read, so the suggestions are the ones every candidate's
 * 类 would give. At 10,000 departments a size band held 5,000 departments, and reading all their 类 lines was 257 of
 * an uncached /compare's 340 ms.
 */
export async function dominantClassesForPeers(
  viewer: RegionViewer, year: number, target: DepartmentProfile, ranked: ReadonlyArray<DepartmentProfile>, wanted: number, firstBatch = 32,
): Promise<Map<number, DominantClass>> {
  const classes = new Map<number, DominantClass>();
  let read = 0;
  for (let batch = Math.max(1, firstBatch); ; batch *= BATCH_GROWTH) {
    const ids = [...(read === 0 ? [target.id] : []), ...ranked.slice(read, read + batch).map((p) => p.id)];
    for (const row of await dominantClassesOf(viewer, year, ids)) classes.set(row.dept, { code: row.code, name: row.name });
    read = Math.min(ranked.length, read + batch);
    const own = classes.get(target.id)?.code;
    if (own === undefined || read === ranked.length) return classes;
    if (ranked.slice(0, read).filter((p) => classes.get(p.id)?.code === own).length >= wanted) return classes;
  }
}

/** `profiles` with their dominant 类 from `classes` (none found: null). */
export function withDominantClass(profiles: ReadonlyArray<DepartmentProfile>, classes: ReadonlyMap<number, DominantClass>): DepartmentProfile[] {
  return profiles.map((p) => ({ ...p, dominantClass: classes.get(p.id)?.code ?? null, dominantClassName: classes.get(p.id)?.name ?? null }));
}
