import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LOCAL_VIEWER } from "@/lib/auth/viewer";
import { setProcessDatabase, type Database } from "@/lib/db/client";
import { expectedParsed, generateCity, type ExpectedParsed } from "@/lib/demo";
import { loadDemoCity, loadSampleReports } from "@/lib/ingest/load-demo";
import { normalizeDepartmentName } from "@/lib/ingest/normalize-name";
import { Decimal } from "@/lib/money";
import { getCompare } from "@/lib/queries/compare/get-compare";
import { getExecutionHeatmap } from "@/lib/queries/execution/get-execution-heatmap";
import { getExecutionView } from "@/lib/queries/execution/get-execution-view";
import { getExplore } from "@/lib/queries/explore/get-explore";
import { getOverview } from "@/lib/queries/overview/get-overview";
import { DEMO_CITY_CODE as CITY_CODE } from "@/lib/queries/region/home-region";
import { resolveRegionViewer, type RegionViewer } from "@/lib/queries/region/region-scope";
import { getSangongCity } from "@/lib/queries/sangong/get-sangong-city";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

/**
 * Every expected figure here is computed independently of the query code: from the demo generator's `expectedParsed`
 * (what each report must parse to), summed in JavaScript.
 */
const DEMO = { departments: 8, years: [2022, 2024] as [number, number], seed: 11 };
const expected: ExpectedParsed[] = generateCity(DEMO).reports.map(expectedParsed);
let db: Database;
/** Every view in 示例市: the two real samples sit in 上海市普陀区 and 湖北省咸宁市 and never count here. */
let city: RegionViewer;
let cleanup: () => Promise<void>;

const sum = (values: Array<string | null | undefined>) =>
  values.reduce((acc: Decimal, v) => (v === null || v === undefined ? acc : acc.plus(v)), new Decimal(0)).toFixed(2);
const inYear = (year: number) => expected.filter((e) => e.year === year);

async function departmentId(name: string): Promise<number> {
  const dept = await db.prisma.department.findUniqueOrThrow({ where: { normalizedName: normalizeDepartmentName(name) } });
  return dept.id;
}

describe(`cross-department views on ${dbLabel}`, () => {
  beforeAll(async () => {
    ({ db, cleanup } = await openTestDatabase());
    setProcessDatabase(db);
    await loadSampleReports(db.prisma);
    await loadDemoCity(db.prisma, DEMO);
    city = await resolveRegionViewer(LOCAL_VIEWER, { region: CITY_CODE });
  }, 600_000);
  afterAll(async () => cleanup());

  test("overview KPIs equal the sums of the reports; the merged department is counted once", async () => {
    const overview = await getOverview(city, "2024");
    const demo2024 = inYear(2024);
    expect(overview.year).toBe(2024);
    expect(overview.current?.reports).toBe(demo2024.length);
    expect(overview.current?.expenditure).toBe(sum(demo2024.map((e) => e.totals.expenditure)));
    expect(overview.current?.sangongActual).toBe(sum(demo2024.map((e) => e.sangong.actual.total)));
    expect(overview.prior?.expenditure).toBe(sum(inYear(2023).map((e) => e.totals.expenditure)));
    expect(overview.ranking.rows).toHaveLength(overview.current?.departments ?? -1);
    // The real samples (2024 only) are in other regions: 示例市 has the same departments in both years, so no 同口径 set.
    expect(demo2024.every((e) => inYear(2023).some((p) => p.department === e.department))).toBe(true);
    expect(overview.comparable).toBeNull();

    const y2022 = await getOverview(city, "2022");
    const names2022 = new Set(inYear(2022).map((e) => e.department));
    // 2022 has the merge source and its target as two reports; they count as one department, the money once.
    expect(y2022.current?.reports).toBe(names2022.size);
    expect(y2022.current?.departments).toBe(names2022.size - 1);
    expect(y2022.current?.expenditure).toBe(sum(inYear(2022).map((e) => e.totals.expenditure)));
    const y2023 = await getOverview(city, "2023");
    expect(y2023.attention.filter((a) => a.kind === "missingReport")).toEqual([]);
  });

  test("overall execution rate and the attention list follow the 项 budgets", async () => {
    const overview = await getOverview(city, "2023");
    const lines = inYear(2023).flatMap((e) => e.gpbExpenditureByFunction.filter((l) => l.level === "项"));
    expect(overview.current?.execBudget).toBe(sum(lines.map((l) => l.budgetInitial)));
    for (const item of overview.attention.filter((a) => a.kind === "executionLow")) {
      expect(new Decimal(item.value ?? "100").lessThan(90)).toBe(true);
      expect(item.href).toBe(`/departments/${item.departmentId}?year=2023&basis=initial&region=${CITY_CODE}#execution`);
    }
    const errors = inYear(2023).filter((e) => e.department !== undefined);
    expect(overview.current?.reportsWithErrors).toBeLessThanOrEqual(errors.length);
  });

  test("heatmap cells at 类 level equal the 项 lines rolled up, per department", async () => {
    const heatmap = await getExecutionHeatmap(city, { year: "2024", level: "类", sort: "name" });
    expect(heatmap.departments).toHaveLength(inYear(2024).length);
    for (const report of inYear(2024)) {
      const id = String(await departmentId(report.department));
      const items = report.gpbExpenditureByFunction.filter((l) => l.level === "项");
      for (const cls of new Set(items.map((l) => l.code.slice(0, 3)))) {
        const mine = items.filter((l) => l.code.startsWith(cls));
        const cell = heatmap.cells.find((c) => c.departmentId === id && c.code === cls);
        expect(cell?.actual).toBe(sum(mine.map((l) => l.total)));
        const budgets = mine.map((l) => l.budgetInitial).filter((b) => b !== null);
        expect(cell?.budget ?? null).toBe(budgets.length === 0 ? null : sum(budgets));
      }
    }
    const names = heatmap.departments.map((d) => d.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "zh-CN")));
    const classNames = new Map(inYear(2024).flatMap((e) => e.gpbExpenditureByFunction.filter((l) => l.level === "类").map((l) => [l.code, l.name])));
    for (const c of heatmap.codes) expect(c.name, c.code).toBe(classNames.get(c.code) ?? c.name);
    expect(heatmap.codes.every((c) => c.name !== "")).toBe(true);
    const bySize = await getExecutionHeatmap(city, { year: "2024", level: "项", sort: "size" });
    expect(bySize.codes.every((c) => c.code.length === 7 && c.name !== "")).toBe(true);
  });

  test("departments × years: each cell is Σ 项 budget and actual of that year's reports; the merged pair counts once", async () => {
    const { heatmap, byYear } = await getExecutionView(city, { year: "2024", level: "类", sort: "size" });
    expect(byYear?.departments.slice(0, heatmap.departments.length)).toEqual(heatmap.departments);
    expect(byYear?.codes.map((c) => c.code)).toEqual(["2022", "2023", "2024"]);
    const effective = new Map<string, string>();
    for (const report of expected) {
      const dept = await db.prisma.department.findUniqueOrThrow({ where: { normalizedName: normalizeDepartmentName(report.department) } });
      effective.set(report.department, String(dept.mergedIntoId ?? dept.id));
    }
    for (const year of [2022, 2023, 2024]) {
      const groups = new Map<string, ExpectedParsed[]>();
      for (const report of inYear(year)) {
        const id = effective.get(report.department) ?? "";
        groups.set(id, [...(groups.get(id) ?? []), report]);
      }
      for (const [id, reports] of groups) {
        const lines = reports.flatMap((r) => r.gpbExpenditureByFunction.filter((l) => l.level === "项"));
        const cells = byYear?.cells.filter((c) => c.departmentId === id && c.code === String(year)) ?? [];
        expect(cells).toHaveLength(1);
        expect(cells[0]?.actual).toBe(sum(lines.map((l) => l.total)));
        const budgets = lines.map((l) => l.budgetInitial).filter((b) => b !== null);
        expect(cells[0]?.budget ?? null).toBe(budgets.length === 0 ? null : sum(budgets));
      }
    }
    expect([...new Map(inYear(2022).map((e) => [effective.get(e.department), e])).keys()].length).toBe(new Set(inYear(2022).map((e) => e.department)).size - 1);
  });

  test("every report's 三公 rollups equal its table 09 rows", async () => {
    const rows = await db.prisma.$queryRaw<Array<{ item: string; reports: number; mismatched: number }>>`
      SELECT s.item, COUNT(*)::int AS reports, COUNT(*) FILTER (WHERE (r.budget, r.actual) IS DISTINCT FROM (s.budget, s.actual))::int AS mismatched
      FROM (
        SELECT id, 'total' AS item, "sangongBudget" AS budget, "sangongActual" AS actual FROM "Report"
        UNION ALL SELECT id, 'outbound', "sangongOutboundBudget", "sangongOutboundActual" FROM "Report"
        UNION ALL SELECT id, 'vehiclePurchase', "sangongVehiclePurchaseBudget", "sangongVehiclePurchaseActual" FROM "Report"
        UNION ALL SELECT id, 'vehicleOperation', "sangongVehicleOperationBudget", "sangongVehicleOperationActual" FROM "Report"
        UNION ALL SELECT id, 'reception', "sangongReceptionBudget", "sangongReceptionActual" FROM "Report"
      ) r JOIN "SangongItem" s ON s."reportId" = r.id AND s.item = r.item
      GROUP BY s.item ORDER BY s.item`;
    expect(rows.map((r) => r.item)).toEqual(["outbound", "reception", "total", "vehicleOperation", "vehiclePurchase"]);
    for (const row of rows) {
      expect(row.reports, row.item).toBeGreaterThan(20);
      expect(row.mismatched, row.item).toBe(0);
    }
  });

  test("三公 city totals per item and year equal the reports' table 09", async () => {
    const view = await getSangongCity(city, { from: "2022", to: "2024" });
    expect(view.trend.years).toEqual([2022, 2023, 2024]);
    // Departments per year: the merged pair of 2022 is one department; the two real samples are in other regions.
    expect(view.reporting).toEqual([
      new Set(inYear(2022).map((e) => e.department)).size - 1,
      new Set(inYear(2023).map((e) => e.department)).size,
      new Set(inYear(2024).map((e) => e.department)).size,
    ]);
    for (const [i, year] of view.trend.years.entries()) {
      const reports = inYear(year).map((e) => e.sangong);
      for (const item of view.trend.items) {
        expect(item.actual[i]).toBe(sum(reports.map((r) => r.actual[item.key])));
        expect(item.budget[i]).toBe(sum(reports.map((r) => r.budget[item.key])));
      }
    }
    expect(view.departments[0]?.actual).toBe(
      inYear(2024).map((e) => e.sangong.actual.total)
        .filter((v): v is string => v !== null && v !== undefined)
        .reduce((a, b) => (new Decimal(a).greaterThan(b) ? a : b)),
    );
  });

  test("explore: a 类 total, its 款 children and its departments add up to the 03 rows", async () => {
    const all = inYear(2024).map((e) => e.expenditureByFunction);
    const view = await getExplore(city, { code: "201", year: "2024" });
    expect(view.total).toBe(sum(all.flatMap((lines) => lines.filter((l) => l.code === "201").map((l) => l.total))));
    const kuan = all.flatMap((lines) => lines.filter((l) => l.level === "款" && l.code.startsWith("201")));
    for (const child of view.children.items) {
      expect(child.amount).toBe(sum(kuan.filter((l) => l.code === child.code).map((l) => l.total)));
    }
    expect(view.breadcrumb.map((b) => b.code)).toEqual([null, "201"]);
    const top = await getExplore(city, { year: "2024" });
    expect(top.total).toBe(sum(all.flatMap((lines) => lines.filter((l) => l.level === "类").map((l) => l.total))));
  });

  test("compare returns the chosen departments in URL order with their own figures and same-kind peers", async () => {
    const [a, b] = inYear(2024);
    if (a === undefined || b === undefined) throw new Error("demo city too small");
    const ids = [await departmentId(b.department), await departmentId(a.department)];
    const view = await getCompare(city, { ids: ids.join(","), year: "2024" });
    expect(view.ids).toEqual(ids);
    expect(view.departments.map((d) => d.expenditure)).toEqual([b.totals.expenditure, a.totals.expenditure]);
    expect(view.sangong.departments[0]?.values.reception).toBe(b.sangong.actual.reception);
    const first = view.picker.find((p) => p.id === ids[0]);
    for (const peer of view.peers?.suggestions ?? []) {
      expect(peer.kind).toBe(first?.kind);
      expect(peer.dominantClass).toBe(first?.dominantClass);
    }
  });

  test("a department-scoped viewer sees only its department in every view", async () => {
    const [a] = inYear(2024);
    if (a === undefined) throw new Error("demo city too small");
    const id = await departmentId(a.department);
    const viewer = await resolveRegionViewer({ userId: 1, name: "scoped", role: "viewer", departmentIds: [id] }, { region: CITY_CODE });
    const overview = await getOverview(viewer, "2024");
    expect(overview.current?.departments).toBe(1);
    expect(overview.current?.expenditure).toBe(a.totals.expenditure);
    const heatmap = await getExecutionHeatmap(viewer, { year: "2024" });
    expect(heatmap.departments.map((d) => d.id)).toEqual([String(id)]);
    const explore = await getExplore(viewer, { year: "2024" });
    expect(explore.departments.items.map((i) => i.departmentId)).toEqual([String(id)]);
  });
});
