import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LOCAL_VIEWER, type Viewer } from "@/lib/auth/viewer";
import { setProcessDatabase, type Database } from "@/lib/db/client";
import { withOneDataVersion } from "@/lib/db/data-version";
import { loadDemoCity } from "@/lib/ingest/load-demo";
import { getOverview } from "@/lib/queries/overview/get-overview";
import { getExecutionCodeColumns, getExecutionPageView, getExecutionView } from "@/lib/queries/execution/get-execution-view";
import { packHeatmap } from "@/lib/charts/heatmap-columns";
import { sharedPerVersion } from "@/lib/queries/page-data-cache";
import { resolveRegionViewer } from "@/lib/queries/region/region-scope";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

let db: Database;
let cleanup: () => Promise<void>;

const city = (viewer: Viewer = LOCAL_VIEWER) => resolveRegionViewer(viewer, { region: "9901" });

describe(`page data shared per scope and data version on ${dbLabel}`, () => {
  beforeAll(async () => {
    ({ db, cleanup } = await openTestDatabase());
    setProcessDatabase(db);
    await loadDemoCity(db.prisma, { departments: 5, years: [2023, 2024], seed: 3 });
  }, 600_000);
  afterAll(async () => cleanup());

  test("two viewers who may see the same departments share one result; a narrower scope gets its own", async () => {
    const first = await getOverview(await city(), "2024");
    const other = await getOverview(await city({ ...LOCAL_VIEWER, userId: 42, name: "另一位分析员" }), "2024");
    expect(other).toBe(first);
    const one = first.ranking.rows[0]!;
    const scoped = await getOverview(await city({ ...LOCAL_VIEWER, departmentIds: [Number(one.departmentId)] }), "2024");
    expect(scoped).not.toBe(first);
    expect(scoped.ranking.rows.map((r) => r.departmentId)).toEqual([one.departmentId]);
    expect(await getOverview(await city(), "2023")).not.toBe(first);
  });

  test("a shared result cannot be edited in place by one page for the next", async () => {
    const overview = await getOverview(await city(), "2024");
    expect(Object.isFrozen(overview.ranking.rows)).toBe(true);
    expect(() => (overview.ranking.rows as unknown[]).sort()).toThrow(TypeError);
  });

  test("a committed change is seen by the very next request", async () => {
    const before = await getOverview(await city(), "2024");
    const top = before.ranking.rows[0]!;
    await db.prisma.department.update({ where: { id: Number(top.departmentId) }, data: { name: "示例市改名后的部门" } });
    const after = await getOverview(await city(), "2024");
    expect(after).not.toBe(before);
    expect(after.ranking.rows.find((r) => r.departmentId === top.departmentId)?.name).toBe("示例市改名后的部门");
  });

  test("an empty result (no home region yet) is kept like any other, until the data changes", async () => {
    let loads = 0;
    const nothing = sharedPerVersion("test-nothing", async () => {
      loads += 1;
      return null;
    });
    expect(await nothing()).toBeNull();
    expect(await nothing()).toBeNull();
    expect(loads).toBe(1);
    await db.prisma.setting.upsert({ where: { key: "test-touch" }, create: { key: "test-touch", value: "1" }, update: { value: "2" } });
    expect(await nothing()).toBeNull();
    expect(loads).toBe(2);
  });

  test("one read-only request reads the data version once: its layout and page see one state of the data", async () => {
    const before = await getOverview(await city(), "2024");
    const top = before.ranking.rows[0]!;
    await withOneDataVersion(async () => {
      expect(await getOverview(await city(), "2024")).toBe(before);
      await db.prisma.department.update({ where: { id: Number(top.departmentId) }, data: { name: "请求期间改名的部门" } });
      // Still the version this request started with: one page never mixes two states of the data.
      expect(await getOverview(await city(), "2024")).toBe(before);
    });
    const next = await getOverview(await city(), "2024");
    expect(next.ranking.rows.find((r) => r.departmentId === top.departmentId)?.name).toBe("请求期间改名的部门");
  });

  test("/execution and its charts' fetches share one computation: the view is keyed on its resolved parameters", async () => {
    const shown = await getExecutionPageView(await city(), {});
    const columns = await getExecutionCodeColumns(await city(), {});
    const page = await getExecutionView(await city(), {});
    expect(page.heatmap.year).toBe(2024);
    expect(shown).toMatchObject({ year: 2024, departments: page.heatmap.departments, codes: page.heatmap.codes.length, totals: page.heatmap.totals });
    expect(await getExecutionPageView(await city(), { year: "2024", level: "类", sort: "size" })).toBe(shown);
    // The code chart's columns, written from the packed cells, are the heatmap's columns byte for byte.
    expect(columns).toBe(packHeatmap(page.heatmap));
    expect(await getExecutionCodeColumns(await city(), { year: "2024", level: "类", sort: "size" })).toBe(columns);
    for (const level of ["款", "项"]) {
      expect(await getExecutionCodeColumns(await city(), { level, basis: "full", sort: "rate" })).toBe(packHeatmap((await getExecutionView(await city(), { level, basis: "full", sort: "rate" })).heatmap));
    }
    expect(await getExecutionView(await city(), { year: "2024", level: "类", sort: "size" })).toBe(page);
    expect(await getExecutionView(await city(), { year: "2024", level: "类", sort: "size", basis: "full" })).not.toBe(page);
    expect(await getExecutionView(await city(), { year: "2023" })).not.toBe(page);
  });
});
