import "server-only";
import { getPrisma } from "../../db/client";
import { canSeeDepartment } from "../../auth/viewer";
import { findRegionViewer, NO_REGION, regionLabel, type RegionViewer } from "../region/region-scope";

/** A picked department outside the viewed region, shown all the same: its figures are counted in its own region. */
export interface OutsideDepartment {
  id: number;
  name: string;
  /** The region its figures are counted in (上海市普陀区, 未归属地区). */
  region: string;
}

/** A picked id that is not compared: no report for the year, or no department the viewer may see (not told apart). */
export interface LeftOutDepartment {
  id: number;
  name: string | null;
  reason: "noReport" | "notVisible";
}

/**
 * Where the explicitly picked departments outside the viewed region are counted. The region bounds the picker's list
 * and the peer suggestions, never the user's own choice: each such department is read in its own region (by the one
 * counting rule), so a comparison across regions shows what was asked for. Ids the viewer may not see, or merged into
 * another department (whose figures count under the successor), are left out without a name.
 */
export async function locatePickedDepartments(
  viewer: RegionViewer,
  ids: number[],
): Promise<{ groups: Array<{ viewer: RegionViewer; ids: number[] }>; outside: OutsideDepartment[]; notVisible: LeftOutDepartment[] }> {
  if (ids.length === 0) return { groups: [], outside: [], notVisible: [] };
  const prisma = await getPrisma();
  const rows = await prisma.department.findMany({ where: { id: { in: ids }, mergedIntoId: null }, select: { id: true, name: true, regionCode: true } });
  const seen = rows.filter((r) => canSeeDepartment(viewer, r.id));
  const notVisible = ids.filter((id) => !seen.some((r) => r.id === id)).map((id): LeftOutDepartment => ({ id, name: null, reason: "notVisible" }));
  const codes = [...new Set(seen.map((r) => r.regionCode ?? NO_REGION))];
  const viewers = await Promise.all(codes.map((code) => findRegionViewer(viewer, { region: code }, true)));
  const groups = codes.flatMap((code, i) => {
    const rv = viewers[i];
    return rv === null || rv === undefined ? [] : [{ viewer: rv, ids: seen.filter((r) => (r.regionCode ?? NO_REGION) === code).map((r) => r.id) }];
  });
  const outside = ids.flatMap((id): OutsideDepartment[] => {
    const group = groups.find((g) => g.ids.includes(id));
    return group === undefined ? [] : [{ id, name: seen.find((r) => r.id === id)?.name ?? String(id), region: regionLabel(group.viewer.region) }];
  });
  return { groups, outside, notVisible };
}
