import type { EChartsOption } from "echarts";
import { z } from "zod";
import type { RegionViewer } from "@/lib/queries/region/region-scope";
import {
  buildHeatmapOption,
  heatmapHeight,
  buildRankingOption,
  buildSangongTrendOption,
  buildStructureOption,
  buildYoyOption,
  defaultChartContext,
  rankingHeight,
} from "@/lib/charts";
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

const ctx = defaultChartContext({ static: true });
const id = dbId;
const WIDTH = 880;
const HEIGHT = 420;

type Params = Record<string, string>;
type Renderer = (viewer: RegionViewer, params: Params) => Promise<ChartRender | null>;

/** The charts /api/charts/{chart}.svg serves, by name; unknown names are a 404. */
export const CHARTS: Record<string, Renderer> = {
  "department-structure": async (viewer, params) => {
    const q = z.object({ id, year, code: z.string().regex(/^\d{3}(\d{2})?$/).optional() }).parse(params);
    const structure = await getDepartmentStructure(viewer, { departmentId: q.id, year: q.year }, q.code ?? null);
    if (structure === null || structure.rows.length === 0) return null;
    const title = structure.node === null ? "支出功能分类结构" : `${structure.node.name}支出结构`;
    return {
      option: buildStructureOption(structure.chart, ctx),
      meta: { title: exportTitle(title, structure.report.department), unit: "万元", period: `${q.year}年度`, ...optional(sourceText(structure.source)) },
      size: { width: WIDTH, height: HEIGHT },
      fileStem: `${structure.report.department}-${title}-${q.year}年度`,
    };
  },
  "department-yoy": async (viewer, params) => {
    const q = z.object({ id }).parse(params);
    const yoy = await getDepartmentYoy(viewer, q.id);
    if (yoy.years.length === 0 || yoy.source === null) return null;
    const period = `${yoy.total.points[0]?.year}—${yoy.total.points.at(-1)?.year}年`;
    return {
      option: buildYoyOption(yoy.total, ctx),
      meta: { title: exportTitle("支出合计年度变化", yoy.source.department), unit: "万元", period, ...optional(sourceText(yoy.source)) },
      size: { width: WIDTH, height: HEIGHT },
      fileStem: `${yoy.source.department}-支出合计年度变化-${period}`,
    };
  },
  "department-sangong": async (viewer, params) => {
    const q = z.object({ id }).parse(params);
    const sangong = await getDepartmentSangong(viewer, q.id);
    if (sangong.chart.years.length === 0 || sangong.source === null) return null;
    const period = `${sangong.chart.years[0]}—${sangong.chart.years.at(-1)}年`;
    return {
      option: buildSangongTrendOption(sangong.chart, ctx),
      meta: { title: exportTitle("“三公”经费预算与决算", sangong.source.department), unit: "万元", period, ...optional(sourceText(sangong.source)) },
      size: { width: WIDTH, height: HEIGHT },
      fileStem: `${sangong.source.department}-三公经费-${period}`,
    };
  },
  "city-ranking": async (viewer, params) => {
    const q = z.object({ year }).parse(params);
    const overview = await getOverview(viewer, String(q.year));
    if (overview.year !== q.year || overview.ranking.rows.length === 0) return null;
    return {
      option: buildRankingOption(overview.ranking, ctx),
      meta: { title: `部门${overview.ranking.metricLabel}排名`, unit: "万元", period: `${q.year}年度`, source: `各部门${q.year}年度部门决算 公开01表` },
      size: { width: WIDTH, height: rankingHeight(overview.ranking.rows.length) },
      fileStem: `部门支出排名-${q.year}年度`,
    };
  },
  "execution-heatmap": async (viewer, params) => {
    const q = z.object({ year, level: z.enum(["类", "款", "项"]).default("类"), sort: z.enum(["name", "size", "rate"]).default("size") }).parse(params);
    const heatmap = await getExecutionHeatmap(viewer, { year: String(q.year), level: q.level, sort: q.sort });
    if (heatmap.year !== q.year || heatmap.departments.length === 0) return null;
    return {
      option: buildHeatmapOption(heatmap, ctx),
      meta: { title: "部门 × 科目 预算执行率", unit: "%", period: `${q.year}年度`, source: `各部门${q.year}年度部门决算 公开05表` },
      // Every department row, as on the page.
      size: { width: WIDTH, height: heatmapHeight(heatmap.departments.length, heatmap.codes.length) },
      fileStem: `预算执行热力图-${q.year}年度`,
    };
  },
};

function optional(source: string | undefined): { source?: string } {
  return source === undefined ? {} : { source };
}
