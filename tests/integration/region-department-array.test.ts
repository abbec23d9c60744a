import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { LOCAL_VIEWER } from "@/lib/auth/viewer";
import { setProcessDatabase, type Database } from "@/lib/db/client";
import { loadDemoCity, loadSampleReports } from "@/lib/ingest/load-demo";
import { getCompare } from "@/lib/queries/compare/get-compare";
import { getExecutionView } from "@/lib/queries/execution/get-execution-view";
import { getExplore } from "@/lib/queries/explore/get-explore";
import { getOverview } from "@/lib/queries/overview/get-overview";
import { resolveRegionViewer } from "@/lib/queries/region/region-scope";
import { getSangongCity } from "@/lib/queries/sangong/get-sangong-city";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

let db: Database;
let cleanup: () => Promise<void>;
const saved = { cache: process.env.FISCAL_LENS_DATA_CACHE_MB, from: process.env.FISCAL_LENS_REGION_ARRAY_FROM };

/** Every cross view of one scope, computed afresh (no shared results) with the region's departments selected one way. */
async function views(params: { region?: string; sub?: string }, arrayFrom: number) {
  process.env.FISCAL_LENS_REGION_ARRAY_FROM = String(arrayFrom);
  const viewer = await resolveRegionViewer(LOCAL_VIEWER, params);
  const ids = (await getOverview(viewer, "2024")).ranking.rows.slice(0, 3).map((r) => r.departmentId).join(",");
  return {
    overview: await getOverview(viewer, "2024"),
    execution: await getExecutionView(viewer, { year: "2024", level: "款", sort: "rate" }),
    sangong: await getSangongCity(viewer, { from: "2022", to: "2024" }),
    explore: await getExplore(viewer, { code: "201", year: "2024" }),
    compare: await getCompare(viewer, { ids, year: "2024" }),
  };
}

describe(`a region's departments as an id array or as a subquery: the same figures on ${dbLabel}`, () => {
  beforeAll(async () => {
    process.env.FISCAL_LENS_DATA_CACHE_MB = "0";
    ({ db, cleanup } = await openTestDatabase());
    setProcessDatabase(db);
    await loadSampleReports(db.prisma);
    await loadDemoCity(db.prisma, { departments: 6, years: [2022, 2024], seed: 7, districts: true });
  }, 600_000);
  afterEach(() => {
    process.env.FISCAL_LENS_REGION_ARRAY_FROM = saved.from;
  });
  afterAll(async () => {
    process.env.FISCAL_LENS_DATA_CACHE_MB = saved.cache;
    await cleanup();
  });

  // The city with its districts (merged departments, 所属单位 under 汇总), the city alone, one district, a sample's region
  // and the departments without a region.
  test.each([
    [{ region: "9901", sub: "1" }],
    [{ region: "9901" }],
    [{ region: "990101" }],
    [{ region: "4212", sub: "1" }],
    [{ region: "none" }],
  ])("%o", async (params) => {
    const bySubquery = await views(params, Number.MAX_SAFE_INTEGER);
    const byArray = await views(params, 0);
    expect(byArray).toEqual(bySubquery);
    expect(JSON.stringify(byArray.overview.region)).not.toContain("departmentIds");
  });

  test("the array form is really taken: the city's views count its departments either way", async () => {
    const { overview } = await views({ region: "9901", sub: "1" }, 0);
    expect(overview.ranking.rows.length).toBeGreaterThan(6);
  });
});
