import { afterEach, describe, expect, test, vi } from "vitest";
import { defaultChartContext, rankingHeight } from "@/lib/charts";
import { CHART_REGISTRY, chartHeight, chartOption, chartTable, EXPORT_SIZE, exportSize, type ChartDtos, type ChartKind } from "@/lib/charts/registry";
import { compareDeckPlan } from "@/lib/export/deck-compare";
import type { CompareDeckData } from "@/lib/queries/deck/get-compare-deck-data";
import type { RegionViewer } from "@/lib/queries/region/region-scope";
import { chartKindOf, renderChart } from "@/app/api/charts/[chart]/charts";
import * as fx from "./fixtures";

vi.mock("@/lib/queries/overview/get-overview", () => ({
  getOverview: async () => ({ year: 2024, ranking: fx.ranking }),
}));

const FIXTURES: ChartDtos = {
  structure: fx.structure,
  economic: fx.economic,
  yoy: fx.yoy,
  execution: fx.execution,
  sangongTrend: fx.sangong,
  heatmap: fx.heatmap,
  ranking: fx.ranking,
  histogram: fx.histogram,
  treemap: fx.treemap,
  compare: fx.compare,
  performance: fx.performance,
};
const kinds = Object.keys(CHART_REGISTRY) as ChartKind[];

afterEach(() => vi.restoreAllMocks());

describe("chart registry", () => {
  test("has a fixture for every registered chart", () => {
    expect(kinds.sort()).toEqual((Object.keys(FIXTURES) as ChartKind[]).sort());
  });

  test.each(kinds)("%s builds an option and its table from a DTO", (kind) => {
    const option = chartOption(kind, FIXTURES[kind], defaultChartContext());
    expect(option.aria).toMatchObject({ enabled: true });
    const table = chartTable(kind, FIXTURES[kind], { period: "2024年度" });
    expect(table.columns.length).toBeGreaterThan(1);
    expect(table.period).toBe("2024年度");
    expect(CHART_REGISTRY[kind].title).not.toBe("");
  });

  test("charts with rows grow with them; the others take the export default", () => {
    expect(chartHeight("ranking", fx.ranking)).toBe(rankingHeight(3));
    expect(chartHeight("performance", fx.performance)).toBe(rankingHeight(3));
    expect(chartHeight("yoy", fx.yoy)).toBeUndefined();
    expect(exportSize("yoy", fx.yoy)).toEqual(EXPORT_SIZE);
    expect(exportSize("ranking", fx.ranking)).toEqual({ width: EXPORT_SIZE.width, height: rankingHeight(3) });
  });
});

describe("/api/charts resolves its charts through the registry", () => {
  test("every URL name maps to a registered chart; other names (incl. Object's own) are unknown", () => {
    expect(["department-structure", "department-yoy", "department-sangong", "city-ranking", "execution-heatmap"].map(chartKindOf)).toEqual([
      "structure", "yoy", "sangongTrend", "ranking", "heatmap",
    ]);
    expect(chartKindOf("constructor")).toBeUndefined();
    expect(chartKindOf("department-economic")).toBeUndefined();
  });

  test("the query's DTO is built and sized by the registered chart", async () => {
    const build = vi.spyOn(CHART_REGISTRY.ranking, "build");
    const chart = await renderChart("city-ranking", {} as RegionViewer, { year: "2024" });
    expect(build).toHaveBeenCalledWith(fx.ranking, expect.anything());
    expect(chart?.size).toEqual(exportSize("ranking", fx.ranking));
    expect(chart?.fileStem).toBe("部门支出排名-2024年度");
  });
});

describe("decks resolve their charts through the registry", () => {
  test("the compare deck's image and tables come from the registered compare chart", () => {
    const build = vi.spyOn(CHART_REGISTRY.compare, "build");
    const table = vi.spyOn(CHART_REGISTRY.compare, "table");
    const view = { departments: [], totals: fx.compare, structure: fx.compare, sangong: fx.compare, isDemo: false };
    const data = { year: 2024, view, findings: { rows: [], total: 0 } } as unknown as CompareDeckData;
    const plan = compareDeckPlan(data, new Date("2024-06-01T00:00:00Z"));
    expect(build).toHaveBeenCalledTimes(1);
    expect(build).toHaveBeenCalledWith(fx.compare, expect.anything());
    expect(table).toHaveBeenCalledTimes(3);
    expect(plan.slides.find((s) => s.image !== undefined)?.table?.title).toBe("支出功能分类对比");
  });
});
