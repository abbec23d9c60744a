import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { LOCAL_VIEWER } from "@/lib/auth/viewer";
import { setProcessDatabase } from "@/lib/db/client";
import { ingestFile } from "@/lib/ingest/ingest-file";
import { getDepartmentExecution } from "@/lib/queries/department/get-department-execution";
import { getExecutionView } from "@/lib/queries/execution/get-execution-view";
import { heatmapColumnsHref, unpackHeatmap } from "@/lib/charts";
import { getOverview } from "@/lib/queries/overview/get-overview";
import { resolveRegionViewer } from "@/lib/queries/region/region-scope";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

vi.mock("@/lib/auth/resolve-viewer", async () => {
  const { LOCAL_VIEWER: viewer } = await import("@/lib/auth/viewer");
  return { resolveViewer: async () => ({ kind: "token", viewer }) };
});
const { GET: executionApi } = await import("@/app/api/analytics/execution/route");

/**
 * The 咸宁 sample with two 全年预算 added to its narrative: 行政运行 (年初 1854.91, 全年 1800.00, 决算 1795.83) and the
 * 普惠金融 项 it prints with 年初预算 0 (全年 9.00, 决算 8.88). Every other 项 states only its 年初预算.
 */
const TEXT = readFileSync(path.resolve(import.meta.dirname, "../fixtures/xianning-zhengfuban-2024.txt"), "utf8")
  .replace("行政运行（项）年初预算为 1854.91 万元，支出决算", "行政运行（项）年初预算为 1854.91 万元，全年预算为 1800.00 万元，支出决算")
  .replace("展支出（项）年初预算为 0 万元，支出决算为 8.88 万元", "展支出（项）年初预算为 0 万元，全年预算为 9.00 万元，支出决算为 8.88 万元");

let cleanup: () => Promise<void>;
let departmentId: number;
let reportId: number;
let prisma: Awaited<ReturnType<typeof openTestDatabase>>["db"]["prisma"];

beforeAll(async () => {
  const opened = await openTestDatabase();
  cleanup = opened.cleanup;
  prisma = opened.db.prisma;
  setProcessDatabase(opened.db);
  const result = await ingestFile(prisma, { bytes: Buffer.from(TEXT, "utf8"), fileName: "xianning-both-budgets.txt", actor: "test", channel: "cli" });
  if (!("departmentId" in result) || !("reportId" in result)) throw new Error(`import failed: ${JSON.stringify(result)}`);
  departmentId = result.departmentId;
  reportId = result.reportId;
}, 300_000);

afterAll(async () => {
  await cleanup?.();
});

describe(`both budgets through the query layer on ${dbLabel}`, () => {
  test("GET /api/analytics/execution?department= answers the department's 执行率 as its page has it (the README's contract)", async () => {
    const res = await executionApi(new Request(`http://test/api/analytics/execution?department=${departmentId}&year=2024&basis=full`));
    expect(res.status).toBe(200);
    const api = (await res.json()) as { basis: string; items: Array<{ code: string; rates: unknown }> };
    const page = await getDepartmentExecution(LOCAL_VIEWER, { departmentId, year: 2024, reportId: null }, null, "full");
    expect(api).toEqual(JSON.parse(JSON.stringify(page)));
    expect(api.items.find((i) => i.code === "2010301")?.rates).toEqual({ initial: "96.81", full: "99.77" });
    const missing = await executionApi(new Request("http://test/api/analytics/execution?department=999999&year=2024"));
    expect(missing.status).toBe(404);
  });

  test("GET /api/analytics/execution?format=columns answers each heatmap of /execution as the page's charts draw it", async () => {
    const region = await resolveRegionViewer(LOCAL_VIEWER, {});
    const params = { year: "2024", level: "项", sort: "rate", basis: "full" as const };
    const view = await getExecutionView(region, params);
    for (const [which, expected] of [["code", view.heatmap], ["years", view.byYear]] as const) {
      const href = heatmapColumnsHref({ view: which, year: 2024, level: "项", sort: "rate", basis: "full", region: view.heatmap.region });
      const res = await executionApi(new Request(`http://test${href}`));
      expect(res.status, which).toBe(200);
      const drawn = unpackHeatmap(await res.text());
      expect(drawn.departments).toEqual(expected!.departments);
      expect(drawn.cells.length, which).toBeGreaterThan(0);
      expect(new Set(drawn.cells.map((c) => `${c.departmentId}:${c.code}:${c.budget}:${c.actual}`)))
        .toEqual(new Set(expected!.cells.map((c) => `${c.departmentId}:${c.code}:${c.budget}:${c.actual}`)));
    }
    const unknown = await executionApi(new Request("http://test/api/analytics/execution?format=columns&region=999999"));
    expect(unknown.status).toBe(400);
  });

  test("the report's rollups against each budget are stored", async () => {
    const report = await prisma.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(report.execBudgetFull?.toFixed(2)).toBe("18090000.00");
    expect(report.execActualFull?.toFixed(2)).toBe("18047100.00");
    expect(report.execBudgetInitial).not.toBeNull();
  });

  test("department execution: both rates per 项, the chart on the basis asked for", async () => {
    const full = await getDepartmentExecution(LOCAL_VIEWER, { departmentId, year: 2024, reportId: null }, null, "full");
    const initial = await getDepartmentExecution(LOCAL_VIEWER, { departmentId, year: 2024, reportId: null }, null, "initial");
    if (full === null || initial === null) throw new Error("no execution");
    const item = (code: string) => full.items.find((i) => i.code === code);
    expect(item("2010301")?.rates).toEqual({ initial: "96.81", full: "99.77" });
    const newFunds = full.items.find((i) => i.budgetInitial === "0.00");
    expect(newFunds?.rates).toEqual({ initial: null, full: "98.67" });
    expect(full.basis).toBe("full");
    expect(full.rollup.full).toEqual({ budget: "18090000.00", actual: "18047100.00", ratePct: "99.76" });
    expect(full.itemChart.basis).toBe("full");
    expect(full.itemChart.rows.find((r) => r.code === "2010301")?.budget).toBe("18000000.00");
    expect(initial.itemChart.rows.find((r) => r.code === "2010301")).toMatchObject({ budget: "18549100.00", ratePct: "96.81" });
    expect(initial.rollup.initial.ratePct).not.toBeNull();
    expect(initial.rollup.initial.ratePct).not.toBe(full.rollup.full.ratePct);
  });

  test("without a basis the report's more complete budget is shown: 年初预算", async () => {
    const view = await getDepartmentExecution(LOCAL_VIEWER, { departmentId, year: 2024, reportId: null });
    expect(view?.basis).toBe("initial");
    expect(view?.coverage.full).toBe(2);
  });

  test("/execution heatmap and departments × years against either budget", async () => {
    const full = await getExecutionView(await resolveRegionViewer(LOCAL_VIEWER, {}), { year: "2024", level: "项", sort: "size", basis: "full" });
    expect(full.heatmap.basis).toBe("full");
    expect(full.heatmap.cells.find((c) => c.code === "2010301")).toMatchObject({ budget: "18000000.00", actual: "17958300.00" });
    expect(full.heatmap.totals[0]).toMatchObject({ budget: "18090000.00", actual: "18047100.00", ratePct: "99.76" });
    expect(full.byYear?.basis).toBe("full");
    expect(full.byYear?.cells[0]).toMatchObject({ budget: "18090000.00", actual: "18047100.00" });

    const initial = await getExecutionView(await resolveRegionViewer(LOCAL_VIEWER, {}), { year: "2024", level: "项", sort: "size" });
    expect(initial.heatmap.basis).toBe("initial");
    expect(initial.heatmap.cells.find((c) => c.code === "2010301")).toMatchObject({ budget: "18549100.00", actual: "17958300.00" });
    expect(initial.heatmap.coverage).toEqual({ initial: 1, full: 1 });
  });

  test("overview KPI, distribution and 需关注 on either budget, each saying which", async () => {
    const full = await getOverview(await resolveRegionViewer(LOCAL_VIEWER, {}), "2024", "full");
    expect(full.basis).toBe("full");
    expect(full.current).toMatchObject({ execBasis: "full", execBudget: "18090000.00", execActual: "18047100.00", execRatePct: "99.76" });
    expect(full.rates.rates).toEqual(["99.76"]);
    const initial = await getOverview(await resolveRegionViewer(LOCAL_VIEWER, {}), "2024");
    expect(initial.basis).toBe("initial");
    expect(initial.current?.execBasis).toBe("initial");
    expect(initial.coverage).toEqual({ initial: 1, full: 1 });
    for (const item of initial.attention.filter((a) => a.kind.startsWith("execution"))) {
      expect(item.message).toContain("（对年初预算）");
    }
  });
});
