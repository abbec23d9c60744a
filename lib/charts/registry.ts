import type { EChartsOption } from "echarts";
import type { DataTable } from "@/lib/data-table";
import type { ChartContext } from "./context";
import type {
  CompareDto, EconomicDto, ExecutionDto, HeatmapDto, HistogramDto, PerformanceDto, RankingDto, SangongTrendDto, StructureDto, TableMeta,
  TreemapDto, YoyDto,
} from "./dto";
import { buildCompareOption, compareHeight, toCompareTable } from "./builders/compare";
import { buildEconomicOption, toEconomicTable } from "./builders/economic";
import { buildExecutionOption, toExecutionTable } from "./builders/execution";
import { buildHeatmapOption, heatmapHeight, toHeatmapTable } from "./builders/heatmap";
import { buildHistogramOption, toHistogramTable } from "./builders/histogram";
import { buildPerformanceOption, toPerformanceTable } from "./builders/performance";
import { buildRankingOption, rankingHeight, toRankingTable } from "./builders/ranking";
import { buildSangongTrendOption, toSangongTrendTable } from "./builders/sangong-trend";
import { buildStructureOption, toStructureTable } from "./builders/structure";
import { buildTreemapOption, toTreemapTable } from "./builders/treemap";
import { buildYoyOption, toYoyTable } from "./builders/yoy";

/** The query DTO each chart is drawn from, by chart id. */
export interface ChartDtos {
  structure: StructureDto;
  economic: EconomicDto;
  yoy: YoyDto;
  execution: ExecutionDto;
  sangongTrend: SangongTrendDto;
  heatmap: HeatmapDto;
  ranking: RankingDto;
  histogram: HistogramDto;
  treemap: TreemapDto;
  compare: CompareDto;
  performance: PerformanceDto;
}

export type ChartKind = keyof ChartDtos;

/** One chart: its default title, the option builder, its table twin and the plot height it needs for its rows. */
export interface ChartEntry<D> {
  title: string;
  build: (dto: D, ctx: ChartContext) => EChartsOption;
  table: (dto: D, meta?: TableMeta) => DataTable;
  /** Plot height grown with the chart's rows; charts without it take the card's or the export's default. */
  height?: (dto: D) => number;
}

type Registry = { [K in ChartKind]: ChartEntry<ChartDtos[K]> };

/** Every chart of the app: the cards, /api/charts and the decks build and size a chart from here only. */
export const CHART_REGISTRY: Registry = {
  structure: { title: "支出功能分类结构", build: buildStructureOption, table: toStructureTable },
  economic: { title: "基本支出经济分类", build: buildEconomicOption, table: toEconomicTable },
  yoy: { title: "支出合计年度变化", build: buildYoyOption, table: toYoyTable },
  execution: { title: "预算执行情况", build: buildExecutionOption, table: toExecutionTable },
  sangongTrend: { title: "“三公”经费预算与决算", build: buildSangongTrendOption, table: toSangongTrendTable },
  heatmap: {
    title: "部门 × 科目 预算执行率",
    build: (dto, ctx) => buildHeatmapOption(dto, ctx),
    table: toHeatmapTable,
    // Every department row, as on the page.
    height: (dto) => heatmapHeight(dto.departments.length, dto.codes.length),
  },
  ranking: { title: "部门支出排名", build: buildRankingOption, table: toRankingTable, height: (dto) => rankingHeight(dto.rows.length) },
  histogram: { title: "预算执行率分布", build: buildHistogramOption, table: toHistogramTable },
  treemap: { title: "支出结构", build: buildTreemapOption, table: toTreemapTable },
  compare: { title: "部门对比", build: buildCompareOption, table: toCompareTable, height: compareHeight },
  performance: { title: "项目绩效自评", build: buildPerformanceOption, table: toPerformanceTable, height: (dto) => rankingHeight(dto.projects.length) },
};

/** The plot size a server export (SVG/PNG) lays a chart out at: a wide card, grown with the rows where it has them. */
export const EXPORT_SIZE = { width: 880, height: 420 } as const;

export function chartOption<K extends ChartKind>(kind: K, dto: ChartDtos[K], ctx: ChartContext): EChartsOption {
  return (CHART_REGISTRY[kind] as ChartEntry<ChartDtos[K]>).build(dto, ctx);
}

export function chartTable<K extends ChartKind>(kind: K, dto: ChartDtos[K], meta?: TableMeta): DataTable {
  return (CHART_REGISTRY[kind] as ChartEntry<ChartDtos[K]>).table(dto, meta);
}

/** The height a chart needs for its rows, known before building it; undefined for fixed-height charts. */
export function chartHeight<K extends ChartKind>(kind: K, dto: ChartDtos[K]): number | undefined {
  return (CHART_REGISTRY[kind] as ChartEntry<ChartDtos[K]>).height?.(dto);
}

export function exportSize<K extends ChartKind>(kind: K, dto: ChartDtos[K]): { width: number; height: number } {
  return { width: EXPORT_SIZE.width, height: chartHeight(kind, dto) ?? EXPORT_SIZE.height };
}
