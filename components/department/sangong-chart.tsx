"use client";

import { ChartCard } from "@/components/charts/chart-card";
import { useChart } from "@/components/charts/use-chart";
import type { DepartmentSangong } from "@/lib/queries/department/get-department-sangong";
import { periodOf, toSourceNote } from "./source-note";

export function SangongChart({ sangong }: { sangong: DepartmentSangong }) {
  const { option, table } = useChart("sangongTrend", sangong.chart);
  return (
    <ChartCard
      title="“三公”经费预算与决算"
      period={periodOf(sangong.chart.years)}
      option={option}
      table={table}
      source={toSourceNote(sangong.source)}
      height={340}
    />
  );
}
