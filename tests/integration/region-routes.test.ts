import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { LOCAL_VIEWER, type Viewer } from "@/lib/auth/viewer";
import { addUser } from "@/lib/auth/users";
import { viewerForUser } from "@/lib/auth/sessions";
import { setProcessDatabase, type Database } from "@/lib/db/client";
import { loadDemoCity, loadSampleReports } from "@/lib/ingest/load-demo";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

/** Issue 18 at the routes: pages, API and exports each computed in one region, for every kind of viewer. */
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/resolve-viewer", async (original) => ({
  ...(await original<typeof import("@/lib/auth/resolve-viewer")>()),
  resolveViewer: async () => {
    if (session.viewer === null) throw new Error("test forgot to set a viewer");
    return { kind: "token", viewer: session.viewer };
  },
}));
vi.mock("@/lib/auth/current-viewer", () => ({
  currentViewer: async () => session.viewer,
  optionalViewer: async () => session.viewer,
}));

const { GET: getOverviewApi } = await import("@/app/api/analytics/overview/route");
const { GET: getCompareApi } = await import("@/app/api/analytics/compare/route");
const { GET: getDepartmentsApi } = await import("@/app/api/departments/route");
const { GET: getDepartmentApi } = await import("@/app/api/departments/[id]/route");
const { GET: getChart } = await import("@/app/api/charts/[chart]/route");
const { POST: postChange } = await import("@/app/api/admin/departments/route");
const { POST: postUndo } = await import("@/app/api/admin/departments/undo/route");
const { default: OverviewPage } = await import("@/app/page");
const { default: DepartmentsPage } = await import("@/app/departments/page");
const { default: ComparePage } = await import("@/app/compare/page");

let db: Database;
let cleanup: () => Promise<void>;

const get = async (handler: (req: Request, ctx: never) => Promise<Response>, path: string, ctx?: unknown) => {
  const response = await handler(new Request(`http://test${path}`), ctx as never);
  return { status: response.status, body: response.headers.get("content-type")?.includes("json") ? await response.json() : await response.text() };
};
const post = async (handler: (req: Request) => Promise<Response>, path: string, body: unknown) => {
  const response = await handler(new Request(`http://test${path}`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }));
  return { status: response.status, body: await response.json() };
};
type Ranked = { ranking: { rows: Array<{ departmentId: string; name: string }> }; current: { expenditure: string; departments: number } | null };
const names = (o: Ranked) => o.ranking.rows.map((r) => r.name);
/** Every string in a server page's element tree (its text and the data it hands to client components), to search. */
function strings(node: unknown, seen = new Set<unknown>()): string[] {
  if (typeof node === "string") return [node];
  if (typeof node !== "object" || node === null || seen.has(node)) return [];
  seen.add(node);
  const entries = Object.entries(node).filter(([key]) => key !== "type" && key !== "_owner" && key !== "_store");
  return entries.flatMap(([, value]) => strings(value, seen));
}
const pageText = async (page: (p: { searchParams: Promise<Record<string, string>> }) => Promise<unknown>, search: Record<string, string>) =>
  strings(await page({ searchParams: Promise.resolve(search) })).join("\n");

describe(`regions at the routes on ${dbLabel}`, () => {
  beforeAll(async () => {
    ({ db, cleanup } = await openTestDatabase());
    setProcessDatabase(db);
    session.viewer = LOCAL_VIEWER;
    await loadSampleReports(db.prisma);
    await loadDemoCity(db.prisma, { departments: 6, years: [2023, 2024], seed: 7, xlsxEvery: 0, districts: true });
  }, 900_000);
  afterAll(async () => cleanup?.());

  test("示例市 totals exclude the districts and the real samples; 含下辖区县 adds the districts, each organisation once", async () => {
    const city = (await get(getOverviewApi, "/api/analytics/overview?region=9901&year=2024")).body as Ranked;
    expect(names(city).length).toBeGreaterThan(0);
    expect(names(city).filter((n) => !n.startsWith("示例市") || /^示例市[甲乙]区/.test(n))).toEqual([]);
    const withSub = (await get(getOverviewApi, "/api/analytics/overview?region=9901&sub=1&year=2024")).body as Ranked;
    expect(names(withSub).some((n) => n.startsWith("示例市甲区"))).toBe(true);
    // Units of a 部门 that files a 汇总 are inside it: they are not ranked beside it.
    expect(names(withSub)).not.toContain("示例市甲区第一中学");
    expect(names(withSub).some((n) => n.includes("咸宁") || n.includes("上海"))).toBe(false);
    const districts = await Promise.all(["990101", "990102"].map(async (code) => ((await get(getOverviewApi, `/api/analytics/overview?region=${code}&year=2024`)).body as Ranked).current!.expenditure));
    const sum = [city.current!.expenditure, ...districts].reduce((a, b) => a + Math.round(Number(b) * 100), 0);
    expect(Math.round(Number(withSub.current!.expenditure) * 100)).toBe(sum);
    expect((await get(getOverviewApi, "/api/analytics/overview?region=123456789")).status).toBe(400);
  });

  test("the department list, its API and 区 vs 区 compare are computed per region", async () => {
    const jia = (await get(getDepartmentsApi, "/api/departments?region=990101")).body as { departments: Array<{ name: string }> };
    expect(jia.departments.length).toBeGreaterThanOrEqual(15);
    expect(jia.departments.every((d) => d.name.startsWith("示例市甲区"))).toBe(true);
    const page = await pageText(DepartmentsPage, { region: "990102" });
    expect(page).toContain("示例市乙区财政局");
    expect(page).not.toContain("示例市甲区财政局");
    const compare = (await get(getCompareApi, "/api/analytics/compare?regions=990101,990102&year=2024")).body as {
      regions: Array<{ code: string; expenditure: string; departments: number }>;
      kinds: Array<{ kind: string; departments: Array<{ name: string } | null> }>;
      kindRegion: string;
    };
    expect(compare.regions.map((r) => r.code)).toEqual(["990101", "990102"]);
    const jiaOverview = (await get(getOverviewApi, "/api/analytics/overview?region=990101&year=2024")).body as Ranked;
    expect(compare.regions[0]).toMatchObject({ expenditure: jiaOverview.current!.expenditure, departments: jiaOverview.current!.departments });
    expect(compare.kinds.find((k) => k.kind === "财政局")?.departments.map((d) => d?.name)).toEqual(["示例市甲区财政局", "示例市乙区财政局"]);
    expect(compare.kindRegion).toBe("9901");
  });

  test("/departments defaults to the home region like the cross views; ?region=all lists every region, as the API does without region", async () => {
    const home = await pageText(DepartmentsPage, {});
    // The subtitle's first part names the scope of the list.
    expect(home.split("\n")[1]).toBe("示例市");
    expect(home).not.toContain("示例市甲区财政局");
    expect(home).not.toContain("咸宁市人民政府办公室");
    expect(home).toContain("/departments?region=all");
    const all = await pageText(DepartmentsPage, { region: "all" });
    expect(all.split("\n")[1]).toBe("全部地区");
    expect(all).toContain("示例市甲区财政局");
    expect(all).toContain("咸宁市人民政府办公室");
    const searched = await pageText(DepartmentsPage, { q: "咸宁" });
    expect(searched).toContain("/departments?q=%E5%92%B8%E5%AE%81&region=all");
    type Listed = { departments: Array<{ name: string }> };
    const api = (await get(getDepartmentsApi, "/api/departments")).body as Listed;
    const apiAll = (await get(getDepartmentsApi, "/api/departments?region=all")).body as Listed;
    expect(apiAll.departments.map((d) => d.name)).toEqual(api.departments.map((d) => d.name));
    expect(api.departments.map((d) => d.name)).toEqual(expect.arrayContaining(["示例市甲区财政局", "咸宁市人民政府办公室"]));
    expect(all).toContain(`共 ${api.departments.length} 个部门`);
  });

  test("an unknown code in ?regions= is a 400 naming it at the API and a notice on the page, not a silent drop", async () => {
    const bad = await get(getCompareApi, "/api/analytics/compare?regions=990101,123456,abc&year=2024");
    expect(bad.status).toBe(400);
    expect((bad.body as { error: { message: string; details: { regions: string[] } } }).error).toMatchObject({
      message: "未知的地区代码“123456”“abc”", details: { regions: ["123456", "abc"] },
    });
    // The page is one RegionCompareView element: render that one level to read its text.
    const view = (await ComparePage({ searchParams: Promise.resolve({ regions: "990101,990102,123456", year: "2024" }) })) as { type: (p: unknown) => unknown; props: unknown };
    const page = strings(view.type(view.props)).join("\n");
    expect(page).toContain("没有地区代码为“123456”的地区，未列入对比");
  });

  test("explicitly picked departments are compared even outside the viewed region, each counted in its own region", async () => {
    const id = async (name: string) => (await db.prisma.department.findFirstOrThrow({ where: { name } })).id;
    const cityDept = await db.prisma.department.findFirstOrThrow({ where: { regionCode: "9901", mergedIntoId: null, reports: { some: { year: 2024 } } }, orderBy: { id: "asc" } });
    const [city, jia, yi] = [cityDept.id, await id("示例市甲区财政局"), await id("示例市乙区财政局")];
    type Compared = { ids: number[]; departments: Array<{ id: number; expenditure: string }>; outside: Array<{ id: number; region: string }>; leftOut: Array<{ id: number; reason: string }> };
    const compared = (await get(getCompareApi, `/api/analytics/compare?ids=${city},${jia},${yi}&region=9901&year=2024`)).body as Compared;
    expect(compared.ids).toEqual([city, jia, yi]);
    expect(compared.outside).toEqual([{ id: jia, name: "示例市甲区财政局", region: "示例市甲区" }, { id: yi, name: "示例市乙区财政局", region: "示例市乙区" }]);
    expect(compared.leftOut).toEqual([]);
    const inOwn = (await get(getCompareApi, `/api/analytics/compare?ids=${jia},${city}&region=990101&year=2024`)).body as Compared;
    expect(compared.departments.find((d) => d.id === jia)?.expenditure).toBe(inOwn.departments.find((d) => d.id === jia)?.expenditure);
    const page = await pageText(ComparePage, { ids: `${city},${jia},999999`, region: "9901", year: "2024" });
    expect(page).toContain("不属于示例市、按所选列入对比：示例市甲区财政局（示例市甲区）");
    expect(page).toContain("所选部门 #999999 不存在、已并入其他部门或不在您的查看范围内，未列入对比。");
    await addUser(db.prisma, { username: "jia-only", role: "viewer", password: "正确的马电池订书钉-2025", regionCodes: ["990101"] }, "test");
    session.viewer = await viewerForUser(db.prisma, await db.prisma.user.findUniqueOrThrow({ where: { username: "jia-only" } }));
    try {
      const scoped = (await get(getCompareApi, `/api/analytics/compare?ids=${jia},${yi}&year=2024`)).body as Compared;
      expect(scoped.ids).toEqual([jia]);
      expect(scoped.leftOut).toEqual([{ id: yi, name: null, reason: "notVisible" }]);
    } finally {
      session.viewer = LOCAL_VIEWER;
    }
  });

  test("a region-scoped viewer sees only its region through pages, API and exports", async () => {
    await addUser(db.prisma, { username: "jiaqu", role: "viewer", password: "正确的马电池订书钉-2024", regionCodes: ["990101"] }, "test");
    session.viewer = await viewerForUser(db.prisma, await db.prisma.user.findUniqueOrThrow({ where: { username: "jiaqu" } }));
    try {
      const home = (await get(getOverviewApi, "/api/analytics/overview?year=2024")).body as Ranked & { region: { code: string } };
      expect(home.region.code).toBe("990101");
      expect(names(home).every((n) => n.startsWith("示例市甲区"))).toBe(true);
      expect(((await get(getOverviewApi, "/api/analytics/overview?region=9901&year=2024")).body as Ranked).current).toBeNull();
      const list = (await get(getDepartmentsApi, "/api/departments")).body as { departments: Array<{ name: string }> };
      expect(list.departments.every((d) => d.name.startsWith("示例市甲区"))).toBe(true);
      const yi = await db.prisma.department.findFirstOrThrow({ where: { name: "示例市乙区财政局" } });
      expect((await get(getDepartmentApi, `/api/departments/${yi.id}`, { params: Promise.resolve({ id: String(yi.id) }) })).status).toBe(404);
      const svg = (await get(getChart, "/api/charts/city-ranking.svg?year=2024", { params: Promise.resolve({ chart: "city-ranking.svg" }) })).body as string;
      expect(svg).toContain("示例市甲区");
      expect(svg).not.toContain("示例市乙区");
      const page = await pageText(OverviewPage, { year: "2024", region: "9901", sub: "1" });
      expect(page).toContain("示例市甲区财政局");
      expect(page).not.toContain("示例市乙区");
    } finally {
      session.viewer = LOCAL_VIEWER;
    }
  });

  test("a department moved to another region (as an admin, undoable) takes every year along", async () => {
    session.viewer = { ...LOCAL_VIEWER, role: "admin", name: "admin" };
    const yi = await db.prisma.department.findFirstOrThrow({ where: { name: "示例市乙区财政局" } });
    const ranked = async (code: string, year: number) => names((await get(getOverviewApi, `/api/analytics/overview?region=${code}&year=${year}`)).body as Ranked);
    const moved = await post(postChange, "/api/admin/departments", { op: "region", departmentId: yi.id, regionCode: "990101" });
    expect(moved.status).toBe(200);
    expect(moved.body.summary).toBe("“示例市乙区财政局”的地区设为“示例市甲区”");
    for (const year of [2023, 2024]) {
      expect(await ranked("990101", year)).toContain("示例市乙区财政局");
      expect(await ranked("990102", year)).not.toContain("示例市乙区财政局");
    }
    expect((await post(postUndo, "/api/admin/departments/undo", { auditId: moved.body.auditId })).status).toBe(200);
    expect(await ranked("990102", 2023)).toContain("示例市乙区财政局");
    expect((await post(postChange, "/api/admin/departments", { op: "region", departmentId: yi.id, regionCode: "990102" })).status).toBe(409);
    session.viewer = LOCAL_VIEWER;
  });
});
