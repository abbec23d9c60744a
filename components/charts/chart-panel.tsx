"use client";

import { useMemo } from "react";
import { useRouter } from "next/navigation";
import type { EChartsOption } from "echarts";
import type { DataTable } from "@/lib/data-table";
import * as charts from "@/lib/charts";
import { fillHref } from "@/lib/charts/click-target";
import { ChartCard, type ChartCardProps } from "./chart-card";
import { useHydrated } from "./use-hydrated";

/**
 * A chart card built from a serialisable DTO. Options carry formatter functions, which cannot cross the server →
 * client boundary, so server pages pass the query DTO and the builder runs here.
 */
export type ChartSpec =
  | { kind: "structure"; dto: charts.StructureDto }
  | { kind: "economic"; dto: charts.EconomicDto }
  | { kind: "yoy"; dto: charts.YoyDto }
  | { kind: "execution"; dto: charts.ExecutionDto }
  | { kind: "sangongTrend"; dto: charts.SangongTrendDto }
  | { kind: "heatmap"; dto: charts.HeatmapDto }
  | { kind: "ranking"; dto: charts.RankingDto }
  | { kind: "histogram"; dto: charts.HistogramDto }
  | { kind: "treemap"; dto: charts.TreemapDto }
  | { kind: "compare"; dto: charts.CompareDto }
  | { kind: "performance"; dto: charts.PerformanceDto };

export type ChartPanelProps = ChartSpec &
  Omit<ChartCardProps, "option" | "table" | "onEvents"> & {
    upColor?: charts.UpColor;
    /** Where a click on an element goes, e.g. "/explore?code={code}"; placeholders are data-item fields. */
    clickHref?: string;
  };

export function buildChart(spec: ChartSpec, ctx: charts.ChartContext): { option: EChartsOption; table: DataTable; height?: number } {
  switch (spec.kind) {
    case "structure":
      return { option: charts.buildStructureOption(spec.dto, ctx), table: charts.toStructureTable(spec.dto) };
    case "economic":
      return { option: charts.buildEconomicOption(spec.dto, ctx), table: charts.toEconomicTable(spec.dto) };
    case "yoy":
      return { option: charts.buildYoyOption(spec.dto, ctx), table: charts.toYoyTable(spec.dto) };
    case "execution":
      return { option: charts.buildExecutionOption(spec.dto, ctx), table: charts.toExecutionTable(spec.dto) };
    case "sangongTrend":
      return { option: charts.buildSangongTrendOption(spec.dto, ctx), table: charts.toSangongTrendTable(spec.dto) };
    case "heatmap":
      return { option: charts.buildHeatmapOption(spec.dto, ctx), table: charts.toHeatmapTable(spec.dto) };
    case "ranking":
      return {
        option: charts.buildRankingOption(spec.dto, ctx),
        table: charts.toRankingTable(spec.dto),
        height: charts.rankingHeight(spec.dto.rows.length),
      };
    case "histogram":
      return { option: charts.buildHistogramOption(spec.dto, ctx), table: charts.toHistogramTable(spec.dto) };
    case "treemap":
      return { option: charts.buildTreemapOption(spec.dto, ctx), table: charts.toTreemapTable(spec.dto) };
    case "compare":
      return { option: charts.buildCompareOption(spec.dto, ctx), table: charts.toCompareTable(spec.dto) };
    case "performance":
      return {
        option: charts.buildPerformanceOption(spec.dto, ctx),
        table: charts.toPerformanceTable(spec.dto),
        height: charts.rankingHeight(spec.dto.projects.length),
      };
  }
}

/** The height the built chart will take, known before building it (the card keeps its place while the browser draws). */
function serverHeight(spec: ChartSpec): number | undefined {
  if (spec.kind === "ranking") return charts.rankingHeight(spec.dto.rows.length);
  if (spec.kind === "performance") return charts.rankingHeight(spec.dto.projects.length);
  return undefined;
}

export function ChartPanel(props: ChartPanelProps) {
  const { kind, dto, upColor, clickHref, height, title, ...card } = props;
  const router = useRouter();
  const hydrated = useHydrated();
  const built = useMemo(
    // The spec is rebuilt from its parts so the memo depends on the data, not on the props object identity. Built in
    // the browser only (the server renders the empty card).
    () => (hydrated ? buildChart({ kind, dto } as ChartSpec, charts.defaultChartContext({ upColor })) : null),
    [hydrated, kind, dto, upColor],
  );
  const onEvents =
    clickHref === undefined
      ? undefined
      : {
          click: (event: { data?: unknown }) => {
            const href = fillHref(clickHref, event.data);
            if (href !== null) router.push(href);
          },
        };
  return (
    <ChartCard
      {...card}
      title={title}
      option={built?.option ?? {}}
      table={{ ...(built?.table ?? { columns: [], rows: [] }), title }}
      height={height ?? built?.height ?? serverHeight({ kind, dto } as ChartSpec)}
      onEvents={onEvents}
    />
  );
}
