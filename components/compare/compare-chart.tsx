"use client";

import { useMemo } from "react";
import { ChartCard } from "@/components/charts/chart-card";
import { buildCompareOption, compareHeight, defaultChartContext, toCompareTable, type CompareDto } from "@/lib/charts";

/** One compare bar chart: every department on the same value axis, as tall as its metric groups need. */
export function CompareChart({ dto, title, period }: { dto: CompareDto; title: string; period: string }) {
  const option = useMemo(() => buildCompareOption(dto, defaultChartContext()), [dto]);
  const table = useMemo(() => toCompareTable(dto, { title, period }), [dto, title, period]);
  return <ChartCard title={title} period={period} option={option} table={table} height={compareHeight(dto)} />;
}
