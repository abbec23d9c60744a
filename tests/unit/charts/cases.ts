/** Every builder with its fixture, for the properties all of them share. */
import type { EChartsOption } from "echarts";
import type { DataTable } from "@/lib/data-table";
import * as charts from "@/lib/charts";
import type { ChartContext } from "@/lib/charts/context";
import * as fx from "./fixtures";

export type Case = [string, (ctx: ChartContext) => EChartsOption, () => DataTable];

export const cases: Case[] = [
  ["structure", (ctx) => charts.buildStructureOption(fx.structure, ctx), () => charts.toStructureTable(fx.structure)],
  ["economic", (ctx) => charts.buildEconomicOption(fx.economic, ctx), () => charts.toEconomicTable(fx.economic)],
  ["yoy", (ctx) => charts.buildYoyOption(fx.yoy, ctx), () => charts.toYoyTable(fx.yoy)],
  ["execution", (ctx) => charts.buildExecutionOption(fx.execution, ctx), () => charts.toExecutionTable(fx.execution)],
  ["sangong", (ctx) => charts.buildSangongTrendOption(fx.sangong, ctx), () => charts.toSangongTrendTable(fx.sangong)],
  ["heatmap", (ctx) => charts.buildHeatmapOption(fx.heatmap, ctx), () => charts.toHeatmapTable(fx.heatmap)],
  ["ranking", (ctx) => charts.buildRankingOption(fx.ranking, ctx), () => charts.toRankingTable(fx.ranking)],
  ["histogram", (ctx) => charts.buildHistogramOption(fx.histogram, ctx), () => charts.toHistogramTable(fx.histogram)],
  ["treemap", (ctx) => charts.buildTreemapOption(fx.treemap, ctx), () => charts.toTreemapTable(fx.treemap)],
  ["compare", (ctx) => charts.buildCompareOption(fx.compare, ctx), () => charts.toCompareTable(fx.compare)],
  ["performance", (ctx) => charts.buildPerformanceOption(fx.performance, ctx), () => charts.toPerformanceTable(fx.performance)],
];

