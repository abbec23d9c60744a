"use client";

import { ChartCard } from "@/components/charts/chart-card";
import { useChart } from "@/components/charts/use-chart";
import type { CompareDto } from "@/lib/charts";
import { chartHeight } from "@/lib/charts/registry";

/** One compare bar chart: every department on the same value axis, as tall as its metric groups need. */
export function CompareChart({ dto, title, period }: { dto: CompareDto; title: string; period: string }) {
  const { option, table } = useChart("compare", dto, { title, period });
  return <ChartCard title={title} period={period} option={option} table={table} height={chartHeight("compare", dto)} />;
}
