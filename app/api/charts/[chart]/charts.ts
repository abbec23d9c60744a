import type { EChartsOption } from "echarts";
import { z } from "zod";
import type { RegionViewer } from "@/lib/queries/region/region-scope";
import { defaultChartContext } from "@/lib/charts";
import { CHART_REGISTRY, chartOption, exportSize, type ChartDtos, type ChartKind } from "@/lib/charts/registry";
import type { ExportMeta } from "@/lib/charts/export-option";
import { sourceText } from "@/lib/export/deck-parts";
import { exportTitle } from "@/lib/export/file-name";
import { dbId, year } from "@/lib/api/params";
import { getExecutionHeatmap } from "@/lib/queries/execution/get-execution-heatmap";
import { getDepartmentSangong } from "@/lib/queries/department/get-department-sangong";
import { getDepartmentStructure } from "@/lib/queries/department/get-department-structure";
import { getDepartmentYoy } from "@/lib/queries/department/get-department-yoy";
import { getOverview } from "@/lib/queries/overview/get-overview";

/** One server-rendered chart: the page's builder over the page's query, with the export frame's texts. */
export interface ChartRender {
  option: EChartsOption;
  meta: Omit<ExportMeta, "exportedOn">;
  /** On-screen plot size the builder lays out for. */
  size: { width: number; height: number };
  fileStem: string;
}

/** What a chart's query found: the DTO its registered builder draws, and the export frame's texts. */
interface Loaded<K extends ChartKind> {
  dto: ChartDtos[K];
  meta: Omit<ExportMeta, "exportedOn">;
  fileStem: string;
}

type Params = Record<string, string>;
type ChartQuery = { [K in ChartKind]: { kind: K; load: (viewer: RegionViewer, params: Params) => Promise<Loaded<K> | null> } }[ChartKind];

const ctx = defaultChartContext({ static: true });
const id = dbId;
const { structure, yoy, sangongTrend, heatmap } = CHART_REGISTRY;

/** The charts /api/charts/{chart}.svg serves, by URL name: the query per chart; builder and size come from the registry. */
const CHART_QUERIES: Record<string, ChartQuery> = {
  "department-structure": {
    kind: "structure",
    load: async (viewer, params) => {
      const q = z.object({ id, year, code: z.string().regex(/^\d{3}(\d{2})?$/).optional() }).parse(params);
      const found = await getDepartmentStructure(viewer, { departmentId: q.id, year: q.year }, q.code ?? null);
      if (found === null || found.rows.length === 0) return null;
      const title = found.node === null ? structure.title : `${found.node.name}支出结构`;
      return {
        dto: found.chart,
        meta: { title: exportTitle(title, found.report.department), unit: "万元", period: `${q.year}年度`, ...optional(sourceText(found.source)) },
        fileStem: `${found.report.department}-${title}-${q.year}年度`,
      };
    },
  },
  "department-yoy": {
    kind: "yoy",
    load: async (viewer, params) => {
      const q = z.object({ id }).parse(params);
      const found = await getDepartmentYoy(viewer, q.id);
      if (found.years.length === 0 || found.source === null) return null;
      const period = `${found.total.points[0]?.year}—${found.total.points.at(-1)?.year}年`;
      return {
        dto: found.total,
        meta: { title: exportTitle(yoy.title, found.source.department), unit: "万元", period, ...optional(sourceText(found.source)) },
        fileStem: `${found.source.department}-${yoy.title}-${period}`,
      };
    },
  },
  "department-sangong": {
    kind: "sangongTrend",
    load: async (viewer, params) => {
      const q = z.object({ id }).parse(params);
      const found = await getDepartmentSangong(viewer, q.id);
      if (found.chart.years.length === 0 || found.source === null) return null;
      const period = `${found.chart.years[0]}—${found.chart.years.at(-1)}年`;
      return {
        dto: found.chart,
        meta: { title: exportTitle(sangongTrend.title, found.source.department), unit: "万元", period, ...optional(sourceText(found.source)) },
        fileStem: `${found.source.department}-三公经费-${period}`,
      };
    },
  },
  "city-ranking": {
    kind: "ranking",
    load: async (viewer, params) => {
      const q = z.object({ year }).parse(params);
      const overview = await getOverview(viewer, String(q.year));
      if (overview.year !== q.year || overview.ranking.rows.length === 0) return null;
      return {
        dto: overview.ranking,
        meta: { title: `部门${overview.ranking.metricLabel}排名`, unit: "万元", period: `${q.year}年度`, source: `各部门${q.year}年度部门决算 公开01表` },
        fileStem: `部门支出排名-${q.year}年度`,
      };
    },
  },
  "execution-heatmap": {
    kind: "heatmap",
    load: async (viewer, params) => {
      const q = z.object({ year, level: z.enum(["类", "款", "项"]).default("类"), sort: z.enum(["name", "size", "rate"]).default("size") }).parse(params);
      const found = await getExecutionHeatmap(viewer, { year: String(q.year), level: q.level, sort: q.sort });
      if (found.year !== q.year || found.departments.length === 0) return null;
      return {
        dto: found,
        meta: { title: heatmap.title, unit: "%", period: `${q.year}年度`, source: `各部门${q.year}年度部门决算 公开05表` },
        fileStem: `预算执行热力图-${q.year}年度`,
      };
    },
  },
};

/** The registered chart kind an /api/charts name draws; undefined for unknown names (a 404). */
export function chartKindOf(name: string): ChartKind | undefined {
  return Object.hasOwn(CHART_QUERIES, name) ? CHART_QUERIES[name]!.kind : undefined;
}

/** Runs the named chart's query and builds it through the registry; null when the query found nothing to draw. */
export async function renderChart(name: string, viewer: RegionViewer, params: Params): Promise<ChartRender | null> {
  return chartKindOf(name) === undefined ? null : build(CHART_QUERIES[name]!, viewer, params);
}

async function build<K extends ChartKind>(query: { kind: K; load: (viewer: RegionViewer, params: Params) => Promise<Loaded<K> | null> }, viewer: RegionViewer, params: Params): Promise<ChartRender | null> {
  const loaded = await query.load(viewer, params);
  if (loaded === null) return null;
  return { option: chartOption(query.kind, loaded.dto, ctx), meta: loaded.meta, size: exportSize(query.kind, loaded.dto), fileStem: loaded.fileStem };
}

function optional(source: string | undefined): { source?: string } {
  return source === undefined ? {} : { source };
}
