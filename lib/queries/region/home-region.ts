import "server-only";
import { getPrisma } from "../../db/client";
import type { Viewer } from "../../auth/viewer";
import { sharedPerScope } from "../page-data-cache";
import { listStoredRegions } from "./stored-regions";

export const HOME_REGION_SETTING = "homeRegion";
/** 示例市: the home region of a fresh installation that has the demo city loaded. */
export const DEMO_CITY_CODE = "9901";

/**
 * The home region, the default of every cross-department view:
 * 1. a region-scoped user's own (first) region;
 * 2. the admin's choice in the UI (Setting "homeRegion"), else FISCAL_LENS_HOME_REGION (a code, or a full name such as
 *    上海市普陀区) when it names a stored region;
 * 3. otherwise 示例市 when the demo city is loaded (a fresh installation shows the demo), else the region with the most
 *    departments; null when no department has a region yet.
 */
async function loadHomeRegionCode(viewer: Viewer, fromEnvironment: string | null): Promise<string | null> {
  if (viewer.regionCodes?.length) return viewer.regionCodes[0]!;
  const prisma = await getPrisma();
  const setting = await prisma.setting.findUnique({ where: { key: HOME_REGION_SETTING } });
  const configured = (setting?.value ?? fromEnvironment)?.trim();
  if (configured) {
    const found = await findRegionCode(configured);
    if (found !== null) return found;
  }
  const demo = await prisma.department.findFirst({ where: { regionCode: DEMO_CITY_CODE, mergedIntoId: null }, select: { id: true } });
  if (demo) return DEMO_CITY_CODE;
  const [top] = await prisma.department.groupBy({
    by: ["regionCode"], where: { regionCode: { not: null }, mergedIntoId: null },
    _count: { _all: true }, orderBy: [{ _count: { regionCode: "desc" } }, { regionCode: "asc" }], take: 1,
  });
  return top?.regionCode ?? null;
}

/** A stored region by code, or by full name (上海市普陀区 = 上海市 › 普陀区). */
async function findRegionCode(codeOrName: string): Promise<string | null> {
  const regions = await listStoredRegions();
  const byCode = new Map(regions.map((r) => [r.code, r]));
  if (byCode.has(codeOrName)) return codeOrName;
  const fullName = (code: string): string => {
    const r = byCode.get(code);
    return r === undefined ? "" : (r.parentCode ? fullName(r.parentCode) : "") + r.name;
  };
  return regions.find((r) => fullName(r.code) === codeOrName)?.code ?? null;
}

/** The admin's stored choice, or null. */
export async function getHomeRegionSetting(viewer: Viewer): Promise<string | null> {
  if (viewer.role !== "admin") return null;
  const prisma = await getPrisma();
  return (await prisma.setting.findUnique({ where: { key: HOME_REGION_SETTING } }))?.value ?? null;
}

const sharedHomeRegionCode = sharedPerScope("home-region", loadHomeRegionCode);

/**
 * The home region, shared by viewers of the same scope until the data changes (lib/queries/page-data-cache.ts);
 * FISCAL_LENS_HOME_REGION is part of the key, so a changed environment is never answered from before.
 */
export function getHomeRegionCode(viewer: Viewer): Promise<string | null> {
  return sharedHomeRegionCode(viewer, process.env.FISCAL_LENS_HOME_REGION ?? null);
}
