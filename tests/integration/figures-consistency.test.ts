import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { LOCAL_VIEWER, type Viewer } from "@/lib/auth/viewer";
import { setProcessDatabase } from "@/lib/db/client";
import { loadDemoCity, loadSampleReports } from "@/lib/ingest/load-demo";
import { figureSentence, type FigureValue } from "@/lib/figures/figure";
import { PRIOR_REPORT_SCOPE, PRIOR_STATED_SCOPE } from "@/lib/figures/department";
import { MISSING } from "@/lib/figures/format";
import { changePct } from "@/lib/figures/rates";
import { getOverview } from "@/lib/queries/overview/get-overview";
import { getCompare } from "@/lib/queries/compare/get-compare";
import { getExplore } from "@/lib/queries/explore/get-explore";
import { getDepartmentView } from "@/lib/queries/department/get-department-view";
import { getOverviewDeckData } from "@/lib/queries/deck/get-overview-deck-data";
import { getDepartmentDeckData } from "@/lib/queries/deck/get-department-deck-data";
import { getCompareDeckData } from "@/lib/queries/deck/get-compare-deck-data";
import { resolveRegionViewer } from "@/lib/queries/region/region-scope";
import { overviewDeckPlan } from "@/lib/export/deck-overview";
import { departmentDeckPlan } from "@/lib/export/deck-department";
import { compareDeckPlan } from "@/lib/export/deck-compare";
import type { DeckPlan } from "@/lib/export/deck-plan";
import { KpiTile } from "@/components/overview/kpi-tile";
import { KpiRow } from "@/components/department/kpi-row";
import { CompareFiguresTable } from "@/components/compare/compare-figures-table";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

/**
 * One number, one meaning: for the overview, a department and a comparison, the figures the page renders, the API
 * answers and the deck's narrative say are identical in value, label, change and the scope of that change.
 */
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/resolve-viewer", () => ({
  resolveViewer: async () => {
    if (session.viewer === null) throw new Error("test forgot to set a viewer");
    return { kind: "token", viewer: session.viewer };
  },
}));

const { GET: overviewApi } = await import("@/app/api/analytics/overview/route");
const { GET: summaryApi } = await import("@/app/api/analytics/summary/route");
const { GET: compareApi } = await import("@/app/api/analytics/compare/route");

const YEAR = 2024;
let cleanup: () => Promise<void>;
let xianningId: number;
let xianningRegion: string;
let shanghaiId: number;
/** A demo department whose prior-year report is withdrawn: the overview's department sets differ (同口径 applies). */
let withdrawnId: number;
let steadyId: number;

async function json<T>(response: Response): Promise<T> {
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

const html = (element: ReactElement) => renderToStaticMarkup(element).replaceAll("&quot;", "\"");
const narrative = (plan: DeckPlan) => plan.slides.map((s) => s.narrative ?? "").join("\n");

/** Every part of a figure a reader sees, as the page prints it. */
function expectOnPage(page: string, f: FigureValue): void {
  expect(page, f.id).toContain(f.label);
  expect(page, f.id).toContain(f.text);
  if (f.change !== null && f.change.direction !== null) expect(page, f.id).toContain(f.change.text);
}

beforeAll(async () => {
  const opened = await openTestDatabase();
  cleanup = opened.cleanup;
  setProcessDatabase(opened.db);
  const prisma = opened.db.prisma;
  await loadSampleReports(prisma);
  await loadDemoCity(prisma, { departments: 6, years: [2023, 2024], seed: 11, xlsxEvery: 0 });
  const reports = await prisma.report.findMany({ where: { currentKey: { not: null } }, include: { department: true }, orderBy: { id: "asc" } });
  const xianning = reports.find((r) => r.department.name.includes("咸宁"))!;
  const shanghai = reports.find((r) => r.department.name.includes("普陀"))!;
  xianningId = xianning.departmentId;
  xianningRegion = xianning.department.regionCode!;
  shanghaiId = shanghai.departmentId;
  // A second department in 咸宁's region, so /compare can put 咸宁 beside another department of its region.
  await prisma.department.update({ where: { id: shanghaiId }, data: { regionCode: xianningRegion } });
  const demo = reports.filter((r) => r.isDemo && r.year === YEAR - 1);
  const withdrawn = demo[0]!;
  withdrawnId = withdrawn.departmentId;
  steadyId = demo[1]!.departmentId;
  await prisma.report.update({ where: { id: withdrawn.id }, data: { currentKey: null } });
  session.viewer = LOCAL_VIEWER;
}, 600_000);

afterAll(async () => {
  await cleanup?.();
});

describe(`the same figures on page, API and deck (${dbLabel})`, () => {
  test("overview: tiles, GET /api/analytics/overview and the overview deck; changes 同口径 and saying so", async () => {
    const viewer = await resolveRegionViewer(LOCAL_VIEWER, {});
    const page = await getOverview(viewer, String(YEAR));
    const api = await json<{ figures: FigureValue[]; comparable: unknown }>(await overviewApi(new Request(`http://test/api/analytics/overview?year=${YEAR}`)));
    const deckData = await getOverviewDeckData(viewer, YEAR);
    const deck = narrative(overviewDeckPlan(deckData!, new Date()));
    const tiles = html(createElement("div", null, page.figures.map((f) => createElement(KpiTile, { key: f.id, figure: f }))));

    expect(api.comparable).not.toBeNull();
    expect(api.figures).toEqual(page.figures);
    expect(deckData!.overview.figures).toEqual(page.figures);
    for (const f of api.figures) expectOnPage(tiles, f);
    for (const id of ["expenditure", "fiscal", "execRate", "sangongActual"]) {
      const f = api.figures.find((x) => x.id === id)!;
      expect(f.change?.scope, id).toMatch(/^同口径：/);
      expect(tiles).toContain(f.change!.scope);
      expect(deck, id).toContain(figureSentence(f));
    }
    // The deck no longer states the all-department 三公 change beside the page's 同口径 one.
    const sangong = api.figures.find((x) => x.id === "sangongActual")!;
    const allDepartments = changePct(page.current!.sangongActual, page.prior!.sangongActual);
    if (allDepartments !== null && `${allDepartments.startsWith("-") ? "" : "+"}${allDepartments}%` !== sangong.change!.text) {
      expect(deck).not.toContain(`${allDepartments.replace(/^-/, "")}%`);
    }
  });

  test("下钻's top level measures each department by the 支出合计 the overview and the list show", async () => {
    const viewer = await resolveRegionViewer(LOCAL_VIEWER, {});
    const overview = await getOverview(viewer, String(YEAR));
    const explore = await getExplore(viewer, { year: String(YEAR) });
    const ranked = new Map(overview.ranking.rows.map((r) => [r.departmentId, r.amount]));
    expect(explore.departments.items.length).toBe(ranked.size);
    for (const item of explore.departments.items) expect(item.amount, item.name).toBe(ranked.get(item.id));
    expect(explore.total).toBe(overview.current!.expenditure);
  });

  test("department (咸宁): tiles, GET /api/analytics/summary and the department deck; 比上年 说明口径 +27.71%", async () => {
    const view = await getDepartmentView(LOCAL_VIEWER, xianningId, { year: YEAR });
    const api = await json<{ figures: FigureValue[] }>(await summaryApi(new Request(`http://test/api/analytics/summary?department=${xianningId}&year=${YEAR}`)));
    const deckData = await getDepartmentDeckData(await resolveRegionViewer(LOCAL_VIEWER, { region: xianningRegion }), xianningId, YEAR);
    const deck = narrative(departmentDeckPlan(deckData!, new Date()));
    const tiles = html(createElement(KpiRow, { summary: view!.summary!, figures: view!.figures }));

    expect(api.figures).toEqual(view!.figures);
    expect(deckData!.view.figures).toEqual(view!.figures);
    for (const f of api.figures) {
      expectOnPage(tiles, f);
      expect(deck, f.id).toContain(f.change === null || f.change.direction === null ? `${f.label}${f.text}` : figureSentence(f));
    }
    const spending = api.figures.find((f) => f.id === "expenditure")!;
    expect(spending.change).toMatchObject({ text: "+27.71%", scope: PRIOR_STATED_SCOPE });
    const rate = api.figures.find((f) => f.id === "execRate")!;
    expect(rate.label).toBe("预算执行率（对年初预算）");
    expect(api.figures.some((f) => f.label.includes("绩效"))).toBe(false);
  });

  test("compare: table rows, GET /api/analytics/compare and the compare deck; a department's 比上年 as on its own page", async () => {
    for (const { ids, region } of [
      { ids: [xianningId, shanghaiId], region: xianningRegion },
      { ids: [withdrawnId, steadyId], region: undefined },
    ]) {
      const viewer = await resolveRegionViewer(LOCAL_VIEWER, region === undefined ? {} : { region });
      const query = `ids=${ids.join(",")}&year=${YEAR}${region === undefined ? "" : `&region=${region}`}`;
      const page = await getCompare(viewer, { ids: ids.join(","), year: String(YEAR) });
      const api = await json<{ departments: Array<{ id: number; figures: FigureValue[]; changePct: string | null }> }>(
        await compareApi(new Request(`http://test/api/analytics/compare?${query}`)),
      );
      const deckData = await getCompareDeckData(viewer, ids, YEAR);
      const deck = narrative(compareDeckPlan(deckData!, new Date()));
      const table = html(createElement(CompareFiguresTable, { departments: page.departments, year: YEAR, region: page.region }));

      expect(api.departments.map((d) => d.figures)).toEqual(page.departments.map((d) => d.figures));
      for (const d of page.departments) {
        for (const f of d.figures) {
          expectOnPage(table, f);
          expect(deck, `${d.name} ${f.label}`).toContain(f.change === null || f.change.direction === null ? `${f.label}${f.text}` : figureSentence(f));
        }
        const own = await getDepartmentView(LOCAL_VIEWER, d.id, { year: YEAR });
        const here = d.figures.find((f) => f.id === "expenditure")!;
        const there = own!.figures.find((f) => f.id === "expenditure")!;
        expect(here.change, d.name).toEqual(there.change);
        expect(d.changePct === null ? MISSING : `${d.changePct.startsWith("-") ? "" : "+"}${d.changePct}%`).toBe(here.change?.text ?? MISSING);
      }
    }
    const xianning = (await getCompare(await resolveRegionViewer(LOCAL_VIEWER, { region: xianningRegion }), { ids: `${xianningId},${shanghaiId}`, year: String(YEAR) }))
      .departments.find((d) => d.id === xianningId)!;
    expect(xianning.figures.find((f) => f.id === "expenditure")!.change).toMatchObject({ text: "+27.71%", scope: PRIOR_STATED_SCOPE });
    const steady = (await getCompare(await resolveRegionViewer(LOCAL_VIEWER, {}), { ids: `${withdrawnId},${steadyId}`, year: String(YEAR) }))
      .departments.find((d) => d.id === steadyId)!;
    expect(steady.figures.find((f) => f.id === "expenditure")!.change?.scope).toBe(PRIOR_REPORT_SCOPE);
  });
});
