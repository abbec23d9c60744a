import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LOCAL_VIEWER, type Viewer } from "@/lib/auth/viewer";
import { Prisma } from "@/lib/generated/prisma/client";
import { setProcessDatabase } from "@/lib/db/client";
import { expectedParsed, generateCity, type DemoReport } from "@/lib/demo";
import { loadDemoCity, loadSampleReports } from "@/lib/ingest/load-demo";
import { getDepartmentEconomic } from "@/lib/queries/department/get-department-economic";
import { getDepartmentExecution } from "@/lib/queries/department/get-department-execution";
import { getDepartmentFunding } from "@/lib/queries/department/get-department-funding";
import { getDepartmentPerformance } from "@/lib/queries/department/get-department-performance";
import { getDepartmentProfile, getSharedDepartmentProfile } from "@/lib/queries/department/get-department-profile";
import { getDepartmentSangong } from "@/lib/queries/department/get-department-sangong";
import { getDepartmentStructure } from "@/lib/queries/department/get-department-structure";
import { getDepartmentSummary } from "@/lib/queries/department/get-department-summary";
import { getDepartmentView } from "@/lib/queries/department/get-department-view";
import { getStructureView } from "@/lib/queries/department/get-structure-view";
import { isDepartmentVisible } from "@/lib/queries/department/is-department-visible";
import { getDepartmentYoy } from "@/lib/queries/department/get-department-yoy";
import { listDepartments } from "@/lib/queries/department/list-departments";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

const DEMO = { departments: 8, years: [2022, 2024] as [number, number], seed: 7 };

let cleanup: () => Promise<void>;
let db: Awaited<ReturnType<typeof openTestDatabase>>["db"];
let xianningId: number;
let demoId: number;
let demoReports: DemoReport[];

/** A demo department with a report every year under one name, untouched by merges and renames. */
function steadyDemoDepartment(): { name: string; reports: DemoReport[] } {
  const city = generateCity(DEMO);
  const touched = new Set(city.events.flatMap((e) => [e.from, e.to]));
  const span = DEMO.years[1] - DEMO.years[0] + 1;
  for (const d of city.departments) {
    const names = new Set(Object.values(d.names));
    const [name] = [...names];
    if (names.size !== 1 || name === undefined || touched.has(name) || Object.keys(d.names).length !== span) continue;
    return { name, reports: city.reports.filter((r) => r.lineageId === d.lineageId).sort((a, b) => a.year - b.year) };
  }
  throw new Error("no steady demo department");
}

beforeAll(async () => {
  const opened = await openTestDatabase();
  cleanup = opened.cleanup;
  db = opened.db;
  setProcessDatabase(opened.db);
  const prisma = opened.db.prisma;
  const samples = await loadSampleReports(prisma);
  const xianning = samples.find((s) => "department" in s && (s.department ?? "").includes("咸宁"));
  if (xianning === undefined || !("departmentId" in xianning)) throw new Error("咸宁 sample not imported");
  xianningId = xianning.departmentId;
  await loadDemoCity(prisma, { ...DEMO, xlsxEvery: 0 });
  const steady = steadyDemoDepartment();
  demoReports = steady.reports;
  const dept = await prisma.department.findFirstOrThrow({ where: { name: steady.name } });
  demoId = dept.id;
}, 600_000);

afterAll(async () => {
  await cleanup?.();
});

describe(`department queries on ${dbLabel}: 咸宁 sample`, () => {
  const ref = () => ({ departmentId: xianningId, year: 2024 });

  test("a department page is refused for an unknown department and one outside the viewer's scope", async () => {
    expect(await isDepartmentVisible(LOCAL_VIEWER, xianningId)).toBe(true);
    expect(await isDepartmentVisible({ ...LOCAL_VIEWER, userId: 42, name: "另一位分析员" }, xianningId)).toBe(true);
    expect(await isDepartmentVisible({ ...LOCAL_VIEWER, departmentIds: [demoId] }, xianningId)).toBe(false);
    expect(await isDepartmentVisible(LOCAL_VIEWER, 2_000_000_000)).toBe(false);
  });

  test("the department API's profile is the page's profile, shared by the viewers of one scope", async () => {
    const shared = await getSharedDepartmentProfile(LOCAL_VIEWER, xianningId);
    expect(shared).toEqual(await getDepartmentProfile(LOCAL_VIEWER, xianningId));
    expect(await getSharedDepartmentProfile({ ...LOCAL_VIEWER, userId: 42, name: "另一位分析员" }, xianningId)).toBe(shared);
    expect(await getSharedDepartmentProfile({ ...LOCAL_VIEWER, departmentIds: [demoId] }, xianningId)).toBeNull();
  });

  test("the structure API's view is the page's structure, shared by the viewers of one scope", async () => {
    const shared = await getStructureView(LOCAL_VIEWER, { department: xianningId, code: "201" });
    expect(shared.view).toEqual({ ref: { departmentId: xianningId, year: 2024, reportId: null }, code: "201" });
    expect(shared.structure).toEqual(await getDepartmentStructure(LOCAL_VIEWER, ref(), "201"));
    expect(await getStructureView({ ...LOCAL_VIEWER, userId: 42, name: "另一位分析员" }, { department: xianningId, code: "201" })).toBe(shared);
    const elsewhere: Viewer = { ...LOCAL_VIEWER, departmentIds: [demoId] };
    expect(await getStructureView(elsewhere, { department: xianningId, code: "201" })).toEqual({ view: null, structure: null });
    expect((await getStructureView(LOCAL_VIEWER, { department: xianningId, code: "299" })).structure).toBeNull();
  });

  test("201 一般公共服务支出 = 基本 + 项目 (公开03表), drilling 类 → 款 → 项 with a breadcrumb", async () => {
    const top = await getDepartmentStructure(LOCAL_VIEWER, ref(), null);
    const row201 = top?.rows.find((r) => r.code === "201");
    expect(row201).toMatchObject({ total: "18813700.00", basic: "17535000.00", project: "1278800.00", level: "类", hasChildren: true });
    expect(top?.path).toEqual([]);
    expect(top?.source).toMatchObject({ table: "公开03表", year: 2024, page: 5, href: `/api/reports/${top?.report.id}/source#page=5` });

    const kuan = await getDepartmentStructure(LOCAL_VIEWER, ref(), "201");
    expect(kuan?.rows.map((r) => r.code)).toEqual(["20103"]);
    const xiang = await getDepartmentStructure(LOCAL_VIEWER, ref(), "20103");
    expect(xiang?.path.map((p) => p.code)).toEqual(["201", "20103"]);
    expect(xiang?.rows.find((r) => r.code === "2010301")).toMatchObject({ total: "17958300.00", level: "项", hasChildren: false });
    expect(xiang?.chart.parent).toEqual({ code: "20103", name: "政府办公厅（室）及相关机构事务" });
    expect(await getDepartmentStructure(LOCAL_VIEWER, ref(), "299")).toBeNull();
  });

  test("执行率: 项 2010301 决算 1,795.83 vs 年初预算 1,854.91 → 96.81%, with reasons where stated", async () => {
    const execution = await getDepartmentExecution(LOCAL_VIEWER, ref());
    expect(execution?.items.find((i) => i.code === "2010301")).toMatchObject({
      actual: "17958300.00", budgetInitial: "18549100.00", statedRatePct: "96.81", level: "项",
    });
    expect(execution?.items.find((i) => i.code === "2080506")?.reason).toBe("退休、辞职人员职业年金做实");
    expect(execution?.itemChart.rows.find((r) => r.code === "2010301")).toMatchObject({
      code: "2010301", name: "行政运行", budget: "18549100.00", actual: "17958300.00", ratePct: "96.81",
    });
    expect(execution?.classes.map((c) => c.code)).toContain("201");
    expect(execution?.source.table).toBe("公开05表");
  });

  test("三公: actual 51.29 vs budget 71.50, counts and 机关运行经费", async () => {
    const summary = await getDepartmentSummary(LOCAL_VIEWER, ref());
    expect(summary?.sangongActual.value).toBe("512900.00");
    expect(summary?.sangongBudget).toBe("715000.00");
    const sangong = await getDepartmentSangong(LOCAL_VIEWER, xianningId);
    expect(sangong.chart.years).toEqual([2024]);
    expect(sangong.chart.total).toEqual({ budget: ["715000.00"], actual: ["512900.00"] });
    expect(sangong.chart.items.find((i) => i.key === "vehicleOperation")).toMatchObject({ budget: ["480000.00"], actual: ["414700.00"] });
    expect(sangong.years[0]).toMatchObject({ receptionBatches: 5, receptionPeople: 23, outboundGroups: 1, vehicleCount: 11 });
    expect(sangong.years[0]?.priorSangongTotal).toBe("806700.00");
    expect(sangong.source?.table).toBe("公开09表");
  });

  test("YoY: 2023 total 2,276.99 comes from the narrative and is marked as such", async () => {
    const yoy = await getDepartmentYoy(LOCAL_VIEWER, xianningId);
    expect(yoy.years).toEqual([2024]);
    expect(yoy.total.points).toEqual([
      { year: 2023, amount: "22769900.00", source: "narrative" },
      { year: 2024, amount: "29079200.00", source: "table" },
    ]);
    expect(yoy.classes.find((c) => c.code === "201")?.chart.points).toEqual([{ year: 2024, amount: "18813700.00", source: "table" }]);
  });

  test("economic, funding, performance, findings and unread of the report", async () => {
    const economic = await getDepartmentEconomic(LOCAL_VIEWER, ref());
    const personnel = economic?.chart.categories.find((c) => c.key === "personnel");
    expect(personnel?.amount).toBe("21671900.00");
    expect(personnel?.groups.find((g) => g.code === "301")).toMatchObject({ amount: "21505100.00" });
    expect(personnel?.groups.find((g) => g.code === "301")?.items.find((i) => i.code === "30101")?.amount).toBe("4396600.00");
    expect(economic?.chart.categories.flatMap((c) => c.groups).some((g) => g.code === "307")).toBe(false);

    const funding = await getDepartmentFunding(LOCAL_VIEWER, ref());
    expect(funding?.spending.parts).toEqual([
      { key: "basic", label: "基本支出", amount: "24164900.00" },
      { key: "project", label: "项目支出", amount: "4914300.00" },
    ]);
    expect(funding?.income.parts.find((p) => p.key === "generalBudget")?.amount).toBe("29074000.00");
    expect(funding?.income.parts.find((p) => p.key === "business")?.amount).toBeNull();

    const performance = await getDepartmentPerformance(LOCAL_VIEWER, ref());
    expect(performance?.overall).toMatchObject({ budget: "30465800.00", actual: "29079200.00", ratePct: "95.45" });
    expect(performance?.projects[0]).toMatchObject({ name: "政务保障工作经费", budget: "400000.00", actual: "395000.00", ratePct: "98.75" });
    expect(performance?.projects[0]?.indicators.length).toBeGreaterThan(3);

    const summary = await getDepartmentSummary(LOCAL_VIEWER, ref());
    expect(summary?.expenditure).toEqual({ value: "29079200.00", prior: "22769900.00", priorReport: null });
    expect(summary?.findings.length).toBeGreaterThan(0);
    expect(summary?.findings[0]?.severity).toBe(summary?.counts.error ? "error" : summary?.counts.warning ? "warning" : "info");
    expect(summary?.unread.some((u) => u.section === "narrative.sangong")).toBe(true);
  });
});

describe(`department queries on ${dbLabel}: multi-year demo department against expectedParsed`, () => {
  test("every year's totals, 类 rows, 执行率 and 三公 equal the generator's expected figures", async () => {
    const yoy = await getDepartmentYoy(LOCAL_VIEWER, demoId);
    const sangong = await getDepartmentSangong(LOCAL_VIEWER, demoId);
    expect(yoy.years).toEqual(demoReports.map((r) => r.year));
    for (const [i, report] of demoReports.entries()) {
      const expected = expectedParsed(report);
      expect(yoy.total.points.find((p) => p.year === report.year && p.source === "table")?.amount).toBe(expected.totals.expenditure);
      for (const line of expected.expenditureByFunction.filter((l) => l.level === "类")) {
        const cls = yoy.classes.find((c) => c.code === line.code);
        expect(cls?.chart.points.find((p) => p.year === report.year)?.amount).toBe(line.total);
      }
      expect(sangong.chart.total.actual[i]).toBe(expected.sangong.actual.total);
      expect(sangong.chart.total.budget[i]).toBe(expected.sangong.budget.total);
      expect(sangong.years[i]?.receptionBatches).toBe(expected.sangong.counts.receptionBatches);

      const ref = { departmentId: demoId, year: report.year };
      const execution = await getDepartmentExecution(LOCAL_VIEWER, ref);
      for (const line of expected.gpbExpenditureByFunction.filter((l) => l.level === "项")) {
        const row = execution?.items.find((r) => r.code === line.code);
        expect(row).toMatchObject({ actual: line.total, budgetInitial: line.budgetInitial });
      }
      const performance = await getDepartmentPerformance(LOCAL_VIEWER, ref);
      expect(performance?.overall).toMatchObject({ budget: expected.performance.overall.budget, ratePct: expected.performance.overall.ratePct });
    }
    const first = demoReports[0]!;
    expect(yoy.total.points[0]).toEqual({ year: first.year - 1, amount: expect.any(String), source: "narrative" });
  });

  test("list: search by name, sort whitelist, years and review counts", async () => {
    const all = await listDepartments(LOCAL_VIEWER, { sort: "total" });
    expect(all.length).toBeGreaterThanOrEqual(9);
    const totals = all.map((d) => d.latestExpenditure).filter((t): t is string => t !== null).map(Number);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const found = await listDepartments(LOCAL_VIEWER, { q: "咸宁" });
    expect(found.map((d) => d.id)).toEqual([xianningId]);
    expect(found[0]).toMatchObject({ years: [2024], latestYear: 2024, latestExpenditure: "29079200.00", isDemo: false });
    const demo = all.find((d) => d.id === demoId);
    expect(demo?.years).toEqual(demoReports.map((r) => r.year));
    expect(demo?.isDemo).toBe(true);
    expect(await listDepartments(LOCAL_VIEWER, { q: "%" })).toEqual([]);
  });

  test("the viewer's scope: another department is invisible everywhere", async () => {
    const scoped: Viewer = { userId: 9, name: "t", role: "viewer", departmentIds: [demoId] };
    expect(await getDepartmentProfile(scoped, xianningId)).toBeNull();
    expect(await getDepartmentView(scoped, xianningId)).toBeNull();
    expect(await getDepartmentStructure(scoped, { departmentId: xianningId, year: 2024 }, null)).toBeNull();
    expect(await getDepartmentExecution(scoped, { departmentId: xianningId, year: 2024 })).toBeNull();
    expect((await getDepartmentYoy(scoped, xianningId)).years).toEqual([]);
    expect((await getDepartmentSangong(scoped, xianningId)).chart.years).toEqual([]);
    expect((await listDepartments(scoped)).map((d) => d.id)).toEqual([demoId]);
    const view = await getDepartmentView(scoped, demoId, { year: 2023, code: "999" });
    expect(view?.year).toBe(2023);
    expect(view?.codeMissing).toBe(true);
    expect(view?.structure?.path).toEqual([]);
  });

  test("profile: years, versions and history", async () => {
    const profile = await getDepartmentProfile(LOCAL_VIEWER, demoId);
    expect(profile?.years).toEqual(demoReports.map((r) => r.year).reverse());
    expect(profile?.versions.every((v) => v.isCurrent && v.fileName.length > 0)).toBe(true);
    const merged = (await listDepartments(LOCAL_VIEWER)).find((d) => d.mergedInto !== null);
    if (merged !== undefined) {
      const target = await getDepartmentProfile(LOCAL_VIEWER, merged.mergedInto!.id);
      expect(target?.mergedFrom.map((m) => m.id)).toContain(merged.id);
      expect(target?.events.some((e) => e.kind === "merge" && e.from.id === merged.id)).toBe(true);
    }
  });

  test("list: the latest report is the latest year's 汇总, before its 本级 and a unit's; 审核 counts sum the current reports", async () => {
    const dept = await db.prisma.department.create({ data: { name: "列表测试局", normalizedName: "列表测试局" } });
    const add = async (year: number, scope: string, expenditure: string, counts: { errorCount?: number; warningCount?: number }, version = 1, current = true) => {
      const doc = await db.prisma.sourceDocument.create({
        data: { sha256: `${dept.id}-${year}-${scope}-${version}`.padEnd(64, "0"), fileName: `${year}${scope}.txt`, mediaType: "text/plain", format: "text", size: 1, bytes: Buffer.from("x") },
      });
      await db.prisma.report.create({
        data: {
          departmentId: dept.id, year, scope, version, currentKey: current ? `${dept.id}:${year}:${scope}` : null, sourceDocumentId: doc.id, parsed: {},
          expenditureTotal: new Prisma.Decimal(expenditure), incomeTotal: new Prisma.Decimal(expenditure), ...counts,
        },
      });
    };
    await add(2023, "本级", "100.00", { errorCount: 1 });
    await add(2024, "单位", "300.00", {});
    await add(2024, "本级", "200.00", { warningCount: 2 });
    await add(2024, "汇总", "999.00", { errorCount: 5 }, 1, false);
    await add(2024, "汇总", "500.00", { errorCount: 1 }, 2);
    const [row] = await listDepartments(LOCAL_VIEWER, { q: "列表测试" });
    expect(row).toMatchObject({ years: [2023, 2024], latestYear: 2024, latestExpenditure: "500.00", latestIncome: "500.00", errorCount: 2, warningCount: 2, events: 0 });
  });
});

