import "server-only";
import type { Viewer } from "../../auth/viewer";
import { regionFullName } from "../../domain/regions";
import { getHomeRegionCode } from "./home-region";
import { listStoredRegions } from "./stored-regions";

/** The region a cross-department view is computed in. `code` null = departments whose region is not known yet. */
export interface RegionScope {
  code: string | null;
  /** 上海市普陀区, 示例市, or 未归属地区. */
  name: string;
  /** Sub-regions included (含下辖区县). */
  sub: boolean;
  demo: boolean;
  /**
   * The region's departments at the data version a shared view is computed at (lib/queries/page-data-cache.ts sets
   * it); without it the queries select them themselves (lib/queries/scope-sql.ts).
   */
  departmentIds?: ReadonlyArray<number>;
}

/** A viewer looking at one region: what every cross-department query takes (lib/queries/scope-sql.ts). */
export type RegionViewer = Viewer & { region: RegionScope };

/** `?region=none`: the departments no region could be given to. */
export const NO_REGION = "none";
export const NO_REGION_NAME = "未归属地区";

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export interface RegionParams {
  region?: string | string[];
  sub?: string | string[];
}

/**
 * `?region=CODE&sub=1` → the scope of a view; without `region`, the home region (lib/queries/region/home-region.ts).
 * An unknown code falls back to the home region for pages (a stale bookmark still opens); API callers use
 * findRegionViewer, which answers null so the route can say 400.
 */
export async function resolveRegionViewer(viewer: Viewer, params: RegionParams): Promise<RegionViewer> {
  return (await findRegionViewer(viewer, params, false))!;
}

/** Like resolveRegionViewer; with `strict`, null when `?region=` names no stored region. */
export async function findRegionViewer(viewer: Viewer, params: RegionParams, strict: boolean): Promise<RegionViewer | null> {
  const sub = ["1", "true"].includes(first(params.sub) ?? "");
  const requested = first(params.region)?.trim() || undefined;
  if (requested === NO_REGION) return { ...viewer, region: { code: null, name: NO_REGION_NAME, sub: false, demo: false } };
  const regions = await listStoredRegions();
  const byCode = new Map(regions.map((r) => [r.code, r]));
  let code = requested !== undefined && byCode.has(requested) ? requested : null;
  if (requested !== undefined && code === null && strict) return null;
  code ??= await getHomeRegionCode(viewer);
  const node = code === null ? undefined : byCode.get(code);
  if (code === null || node === undefined) return { ...viewer, region: { code: null, name: NO_REGION_NAME, sub: false, demo: false } };
  const chain = [];
  for (let n: typeof node | undefined = node; n; n = n.parentCode ? byCode.get(n.parentCode) : undefined) chain.unshift(n);
  return { ...viewer, region: { code, name: regionFullName(chain), sub, demo: node.demo } };
}

/** "上海市普陀区（含下辖区县）" — how a page or deck names the scope of its figures. */
export function regionLabel(region: RegionScope): string {
  return region.sub ? `${region.name}（含下辖区县）` : region.name;
}

/** What a view's DTO says about its scope (pages print it, the API returns it). */
export interface RegionInfo {
  code: string | null;
  name: string;
  sub: boolean;
  demo: boolean;
  label: string;
}

export function regionInfo(viewer: RegionViewer): RegionInfo {
  const { code, name, sub, demo } = viewer.region;
  return { code, name, sub, demo, label: regionLabel(viewer.region) };
}
