import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LOCAL_VIEWER } from "@/lib/auth/viewer";
import { addUser } from "@/lib/auth/users";
import { viewerForUser } from "@/lib/auth/sessions";
import { setProcessDatabase, type Database } from "@/lib/db/client";
import { expectedParsed, generateCity } from "@/lib/demo";
import { sha256Hex } from "@/lib/ingest/ingest-file";
import { loadDemoCity, loadSampleReports } from "@/lib/ingest/load-demo";
import { storeReport } from "@/lib/ingest/store-report";
import { Decimal } from "@/lib/money";
import type { ParsedReport } from "@/lib/parsers/contract";
import { getDepartmentView } from "@/lib/queries/department/get-department-view";
import { getExplore } from "@/lib/queries/explore/get-explore";
import { getOverview } from "@/lib/queries/overview/get-overview";
import { listRegionTree } from "@/lib/queries/region/list-regions";
import { resolveRegionViewer } from "@/lib/queries/region/region-scope";
import { getSangongCity } from "@/lib/queries/sangong/get-sangong-city";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

const DEMO = { departments: 6, years: [2023, 2024] as [number, number], seed: 7 };
const demo = generateCity(DEMO).reports.map(expectedParsed);
const demo2024 = demo.filter((e) => e.year === 2024);
/** A demo department reporting under the same name in both years. */
const steady = demo2024.find((e) => demo.some((p) => p.year === 2023 && p.department === e.department))!;
const sum = (values: Array<string | null | undefined>) =>
  values.reduce((acc: Decimal, v) => (v === null || v === undefined ? acc : acc.plus(v)), new Decimal(0)).toFixed(2);

let db: Database;
let cleanup: () => Promise<void>;
let template: ParsedReport;

const city = (params: { region?: string; sub?: string } = { region: "9901" }) => resolveRegionViewer(LOCAL_VIEWER, params);

/** Stores a copy of a demo report under another name and scope with the given 本年支出合计 (元). */
async function store(name: string, scope: "汇总" | "本级" | "单位", expenditure: string): Promise<number> {
  const parsed: ParsedReport = { ...template, department: name, scope, totals: { ...template.totals, expenditure } };
  const bytes = new TextEncoder().encode(`${name}:${scope}:${expenditure}`);
  const stored = await storeReport(db.prisma, {
    parsed, sha: sha256Hex(bytes), departmentName: name, year: 2024, fileName: `${name}.txt`, bytes, mediaType: "text/plain",
    isDemo: true, actor: "test", attempt: { actor: "test", channel: "cli", fileName: `${name}.txt`, size: bytes.length },
  });
  return stored.departmentId;
}

describe(`regions and the counting rule on ${dbLabel}`, () => {
  beforeAll(async () => {
    ({ db, cleanup } = await openTestDatabase());
    setProcessDatabase(db);
    await loadSampleReports(db.prisma);
    await loadDemoCity(db.prisma, DEMO);
    const report = await db.prisma.report.findFirstOrThrow({ where: { isDemo: true, year: 2024 } });
    template = report.parsed as unknown as ParsedReport;
  }, 600_000);
  afterAll(async () => cleanup());

  test("imports place each department in the region its name starts with", async () => {
    const regionOf = async (name: string) => (await db.prisma.department.findFirstOrThrow({ where: { name: { contains: name } } })).regionCode;
    expect(await regionOf("咸宁市人民政府办公室")).toBe("4212");
    expect(await regionOf("上海市普陀区委社会工作部")).toBe("310107");
    expect(await regionOf(demo2024[0]!.department)).toBe("9901");
    const stored = await db.prisma.region.findMany({ where: { code: { in: ["42", "4212", "31", "310107"] } }, orderBy: { code: "asc" } });
    expect(stored.map((r) => [r.code, r.name, r.level, r.parentCode])).toEqual([
      ["31", "上海市", "省", null], ["310107", "普陀区", "区县", "31"], ["42", "湖北省", "省", null], ["4212", "咸宁市", "市", "42"],
    ]);
  });

  test("示例市 totals exclude the real samples in 上海市普陀区 and 湖北省咸宁市", async () => {
    const overview = await getOverview(await city(), "2024");
    expect(overview.region).toMatchObject({ code: "9901", name: "示例市", sub: false, label: "示例市" });
    expect(overview.current?.departments).toBe(new Set(demo2024.map((e) => e.department)).size);
    expect(overview.current?.expenditure).toBe(sum(demo2024.map((e) => e.totals.expenditure)));
    expect(overview.ranking.rows.map((r) => r.name).filter((n) => !n.startsWith("示例市"))).toEqual([]);
    const putuo = await getOverview(await city({ region: "310107" }), "2024");
    expect(putuo.region.name).toBe("上海市普陀区");
    expect(putuo.ranking.rows.map((r) => r.name)).toEqual(["中共上海市普陀区委社会工作部"]);
    const xianning = await getSangongCity(await city({ region: "4212" }), {});
    expect(xianning.departments.map((d) => d.name)).toEqual(["咸宁市人民政府办公室"]);
  });

  test("the home region defaults to 示例市 when the demo is loaded; the tree counts departments", async () => {
    expect((await resolveRegionViewer(LOCAL_VIEWER, {})).region.code).toBe("9901");
    process.env.FISCAL_LENS_HOME_REGION = "上海市普陀区";
    try {
      expect((await resolveRegionViewer(LOCAL_VIEWER, {})).region.code).toBe("310107");
    } finally {
      delete process.env.FISCAL_LENS_HOME_REGION;
    }
    const tree = await listRegionTree(LOCAL_VIEWER);
    const shanghai = tree.regions.find((r) => r.code === "31");
    expect(shanghai).toMatchObject({ departments: 0, departmentsWithSub: 1 });
    expect(shanghai?.children.map((c) => [c.fullName, c.departments])).toEqual([["上海市普陀区", 1]]);
  });

  test("each view's years are the years with a counted report in its region and scope, newest first", async () => {
    expect((await getOverview(await city(), "2024")).years).toEqual([2024, 2023]);
    expect((await getOverview(await city({ region: "4212" }), "2024")).years).toEqual([2024]);
    expect((await getOverview(await resolveRegionViewer({ ...LOCAL_VIEWER, departmentIds: [] }, { region: "9901" }), "2024")).years).toEqual([]);
  });

  test("汇总 + 本级 + 单位 of one organisation are counted once", async () => {
    const before = (await getOverview(await city({ region: "990101" }), "2024")).current;
    expect(before).toBeNull();
    const bureau = await store("示例市甲区财政局", "汇总", "1000000.00");
    await store("示例市甲区财政局", "本级", "600000.00");
    const unit = await store("示例市甲区财政局国库集中支付中心", "单位", "300000.00");
    await db.prisma.department.update({ where: { id: unit }, data: { parentId: bureau } });
    const district = await city({ region: "990101" });
    expect((await db.prisma.department.findUniqueOrThrow({ where: { id: bureau } })).regionCode).toBe("990101");
    const withSummary = await getOverview(district, "2024");
    expect(withSummary.current?.expenditure).toBe("1000000.00");
    expect(withSummary.ranking.rows.map((r) => r.name)).toEqual(["示例市甲区财政局"]);
    // Without its 汇总 the organisation counts as 本级 plus its unit.
    await db.prisma.report.updateMany({ where: { departmentId: bureau, scope: "汇总" }, data: { currentKey: null } });
    const withoutSummary = await getOverview(district, "2024");
    expect(withoutSummary.current?.expenditure).toBe("900000.00");
    expect(withoutSummary.current?.departments).toBe(2);
    // 示例市 含下辖区县: the city's departments and the district's, each organisation once.
    const all = await getOverview(await city({ region: "9901", sub: "1" }), "2024");
    expect(all.region.label).toBe("示例市（含下辖区县）");
    expect(all.current?.expenditure).toBe(new Decimal(sum(demo2024.map((e) => e.totals.expenditure))).plus(900000).toFixed(2));
    const explore = await getExplore(district, { year: "2024" });
    expect(explore.region.code).toBe("990101");
  });

  test("a region-scoped viewer sees only its region", async () => {
    await addUser(db.prisma, { username: "putuo", role: "viewer", password: "正确的马电池订书钉-2024", regionCodes: ["310107"] }, "test");
    const user = await db.prisma.user.findUniqueOrThrow({ where: { username: "putuo" } });
    const viewer = await viewerForUser(db.prisma, user);
    const putuo = await db.prisma.department.findFirstOrThrow({ where: { regionCode: "310107" } });
    const xianning = await db.prisma.department.findFirstOrThrow({ where: { regionCode: "4212" } });
    expect(viewer.departmentIds).toEqual([putuo.id]);
    const home = await resolveRegionViewer(viewer, {});
    expect(home.region.code).toBe("310107");
    expect((await getOverview(home, "2024")).ranking.rows.map((r) => r.departmentId)).toEqual([String(putuo.id)]);
    expect((await getOverview(await resolveRegionViewer(viewer, { region: "9901" }), "2024")).current).toBeNull();
    expect(await getDepartmentView(viewer, xianning.id)).toBeNull();
    expect((await listRegionTree(viewer)).regions.map((r) => r.code)).toEqual(["31"]);
  });

  test("a department moved to another region takes its whole history along", async () => {
    const dept = await db.prisma.department.findFirstOrThrow({ where: { name: steady.department } });
    const cityBefore = await getOverview(await city(), "2023");
    await db.prisma.department.update({ where: { id: dept.id }, data: { regionCode: "990102" } });
    for (const year of ["2023", "2024"]) {
      const moved = await getOverview(await city({ region: "990102" }), year);
      expect(moved.ranking.rows.map((r) => r.departmentId)).toEqual([String(dept.id)]);
      const rest = await getOverview(await city(), year);
      expect(rest.ranking.rows.some((r) => r.departmentId === String(dept.id))).toBe(false);
    }
    const cityWithSub = await getOverview(await city({ region: "9901", sub: "1" }), "2023");
    expect(cityWithSub.current?.expenditure).toBe(cityBefore.current?.expenditure);
  });
});
