"use client";

import { useMemo } from "react";
import { ChartCard } from "@/components/charts/chart-card";
import { defaultChartContext, type CompareDto } from "@/lib/charts";
import { chartHeight, chartOption, chartTable } from "@/lib/charts/registry";

/** One compare bar chart: every department on the same value axis, as tall as its metric groups need. */
export function CompareChart({ dto, title, period }: { dto: CompareDto; title: string; period: string }) {
  const option = useMemo(() => chartOption("compare", dto, defaultChartContext()), [dto]);
  const table = useMemo(() => chartTable("compare", dto, { title, period }), [dto, title, period]);
  return <ChartCard title={title} period={period} option={option} table={table} height={chartHeight("compare", dto)} />;
}
