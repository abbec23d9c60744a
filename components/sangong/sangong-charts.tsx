"use client";

import { ChartCard } from "@/components/charts/chart-card";
import { useChart } from "@/components/charts/use-chart";
import type { EChartsOption } from "echarts";
import type { SangongTrendDto } from "@/lib/charts";

/**
 * Small multiples share one legend and one style key (the page explains solid = 决算, dashed = 预算); the top margin
 * leaves the axis name 万元 its own line.
 */
const smallMultiple = (built: EChartsOption): EChartsOption => ({ ...built, legend: { show: false }, graphic: [], grid: { left: 48, right: 12, top: 28, bottom: 24 } });

/** Budget vs actual over the years; with no items it draws one budget/actual pair (机关运行经费, one department). */
export function SangongTrendChart({ dto, title, period, height = 380, compact = false }: {
  dto: SangongTrendDto;
  title: string;
  period: string;
  height?: number;
  compact?: boolean;
}) {
  const { option, table } = useChart("sangongTrend", dto, { title, period }, compact ? smallMultiple : undefined);
  return <ChartCard title={title} period={period} option={option} table={table} height={height} renderer="svg" />;
}
