/** Chart builders and their table twins: pure functions from query DTOs to ECharts options / DataTables. */
export { defaultChartContext, type ChartContext, type UpColor } from "./context";
export type * from "./dto";
export { buildStructureOption, toStructureTable } from "./builders/structure";
export { buildEconomicOption, toEconomicTable } from "./builders/economic";
export { buildYoyOption, toYoyTable, NARRATIVE_SUFFIX } from "./builders/yoy";
export { buildExecutionOption, toExecutionTable } from "./builders/execution";
export { buildSangongTrendOption, toSangongTrendTable } from "./builders/sangong-trend";
export { buildHeatmapOption, heatmapColumnLabels, heatmapHeight, toHeatmapTable, RATE_PIECES, RATE_SCALE_NOTE } from "./builders/heatmap";
export { buildRankingOption, toRankingTable, rankingHeight } from "./builders/ranking";
export { buildHistogramOption, toHistogramTable, bucketRates, subjectsInBucket } from "./builders/histogram";
export { buildTreemapOption, toTreemapTable } from "./builders/treemap";
export { buildCompareOption, compareHeight, toCompareTable } from "./builders/compare";
export { buildPerformanceOption, toPerformanceTable } from "./builders/performance";
export { buildExportOption, type ExportMeta } from "./export-option";
export { unpackHeatmap, heatmapColumnsHref, type HeatmapShape } from "./heatmap-columns";
