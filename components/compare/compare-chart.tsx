"use client";

import { useMemo } from "react";
import { ChartCard } from "@/components/charts/chart-card";
import { buildCompareOption, defaultChartContext, toCompareTable, type CompareDto } from "@/lib/charts";

/** One compare bar chart: every department on the same value axis. */
export function CompareChart({ dto, title, period, height = 340 }: { dto: CompareDto; title: string; period: string; height?: number }) {
  const option = useMemo(() => {
    const built = buildCompareOption(dto, defaultChartContext());
    // Many 类 side by side: slant and clip the labels instead of letting them overlap.
    const slanted = dto.metrics.length > 5;
    return slanted
      ? { ...built, grid: { left: 56, right: 16, top: 40, bottom: 96 }, xAxis: { type: "category" as const, data: dto.metrics.map((m) => m.label), axisLabel: { interval: 0, rotate: 30, width: 110, overflow: "truncate" as const } } }
      : built;
  }, [dto]);
  const table = useMemo(() => toCompareTable(dto, { title, period }), [dto, title, period]);
  return <ChartCard title={title} period={period} option={option} table={table} height={height} />;
}
