import "server-only";
import { BoundedCache } from "../cache/bounded-cache";
import { weigh } from "../cache/weigh";
import { getPrisma } from "../db/client";
import { readDataVersion } from "../db/data-version";
import type { Viewer } from "../auth/viewer";
import type { RegionScope } from "./region/region-scope";
import { regionDepartmentsSql } from "./scope-sql";

/**
 * Page data shared by every viewer who may see the same thing. A cross-department view (overview, heatmaps, 三公,
 * compare, explore) depends only on the database's contents and on what the viewer may see — role, department scope,
 * regions and the region looked at — never on who the viewer is. So its result is kept under the data version (raised
 * by triggers in the same transaction as every change, lib/db/data-version.ts) and that scope: logged-in users, API
 * tokens and HTTP Basic share one computation, and an import anywhere makes the next request compute afresh. Unlike
 * the response cache (lib/server/response-cache.ts) it holds data, not pages, so every page still renders for its user.
 * FISCAL_LENS_DATA_CACHE_MB (64; 0 = off) bounds it, weighed by the JSON size of each result (lib/cache/weigh.ts; what a
 * result shares with earlier entries counts once).
 */
const DEFAULT_MB = 64;

/** One cache per database client: a process that switches databases (tests, benches) never mixes their data. */
const caches = new WeakMap<object, { store: BoundedCache<Kept>; version: string | null }>();

function limitBytes(): number {
  const mb = Number(process.env.FISCAL_LENS_DATA_CACHE_MB ?? DEFAULT_MB);
  return Number.isFinite(mb) && mb > 0 ? mb * 1024 * 1024 : 0;
}

/** Shared results are frozen, so a caller that sorted or edited one in place would fail loudly, not corrupt the next page. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

type ScopedViewer = Viewer & { region?: RegionScope };

/** What a viewer may see, as a key: two viewers with the same key get the same page data. */
export function viewerScopeKey(viewer: ScopedViewer): string {
  const r = viewer.region;
  return JSON.stringify([viewer.role, viewer.departmentIds, viewer.regionCodes ?? [], r?.code, r?.sub]);
}

/**
 * `load` with its results kept per data version, viewer scope and arguments (which must be JSON: query parameters).
 * Concurrent first requests for one key compute it once.
 */
export function sharedPerScope<V extends ScopedViewer, A extends unknown[], R>(name: string, load: (viewer: V, ...args: A) => Promise<R>) {
  return (viewer: V, ...args: A): Promise<R> =>
    shared([name, viewerScopeKey(viewer), args], async () => load(await withRegionDepartments(viewer), ...args));
}

/** The ids of a region's departments (regionDepartmentsSql), per data version. */
const regionDepartmentIds = sharedPerVersion("region-departments", async (code: string | null, sub: boolean): Promise<number[]> => {
  const prisma = await getPrisma();
  const rows = await prisma.$queryRaw<Array<{ id: number }>>`${regionDepartmentsSql({ code, sub })}`;
  return rows.map((r) => r.id).sort((a, b) => a - b);
});

/**
 * The viewer with its region's departments listed (RegionScope.departmentIds), read at the data version the view is
 * computed at, so every query of the view selects the same departments by one array the planner can count.
 */
async function withRegionDepartments<V extends ScopedViewer>(viewer: V): Promise<V> {
  const region = viewer.region;
  if (region === undefined || region.departmentIds !== undefined) return viewer;
  const ids = await regionDepartmentIds(region.code, region.sub);
  // A few thousand departments are probed one by one well enough (the subquery's estimate, 200, is near); beyond, the
  // array's exact count turns the probes into one scan (at 10,000: overview 369 → 280 ms, by-year 227 → 158). Measured
  // the other way round at 1,000 of 10,000, the scan lost: 三公 31 → 51 ms.
  return ids.length < arrayFrom() ? viewer : { ...viewer, region: { ...region, departmentIds: ids } };
}

/** Regions with at least this many departments are selected by their id array: FISCAL_LENS_REGION_ARRAY_FROM, 2,000. */
function arrayFrom(): number {
  const from = Number(process.env.FISCAL_LENS_REGION_ARRAY_FROM ?? 2000);
  return Number.isFinite(from) && from >= 0 ? from : 2000;
}

/** `load` with its results kept per data version and arguments: data every viewer sees alike (the stored regions). */
export function sharedPerVersion<A extends unknown[], R>(name: string, load: (...args: A) => Promise<R>) {
  return (...args: A): Promise<R> => shared([name, args], () => load(...args));
}

/** A kept result, boxed: a null or undefined result (no home region yet) is kept like any other. */
interface Kept {
  value: unknown;
  /** Weighed before it is frozen: the frozen parts it holds are earlier entries' results. */
  bytes: number;
}

async function shared<R>(key: unknown[], load: () => Promise<R>): Promise<R> {
  const bytes = limitBytes();
  if (bytes === 0) return load();
  const prisma = await getPrisma();
  const version = await readDataVersion(prisma);
  let state = caches.get(prisma);
  if (state === undefined) {
    state = { store: new BoundedCache<Kept>(bytes, (kept) => kept.bytes), version };
    caches.set(prisma, state);
  }
  const { store } = state;
  if (state.version !== version) {
    // Every entry was computed from an older state of the data: none can be served again.
    store.clear();
    state.version = version;
  }
  const text = JSON.stringify([version, ...key]);
  const hit = store.get(text) ?? (await store.pending(text)) ?? (await store.fill(text, async () => {
    const value = await load();
    return { bytes: weigh(value), value: deepFreeze(value) };
  }));
  // fill yields null only when its entry is not to be kept, which a box never is.
  return hit!.value as R;
}
