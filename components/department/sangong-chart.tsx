"use client";

import { useMemo } from "react";
import { defaultChartContext } from "@/lib/charts";
import { chartOption, chartTable } from "@/lib/charts/registry";
import { ChartCard } from "@/components/charts/chart-card";
import type { DepartmentSangong } from "@/lib/queries/department/get-department-sangong";
import { periodOf, toSourceNote } from "./source-note";

export function SangongChart({ sangong }: { sangong: DepartmentSangong }) {
  const option = useMemo(() => chartOption("sangongTrend", sangong.chart, defaultChartContext()), [sangong.chart]);
  return (
    <ChartCard
      title="“三公”经费预算与决算"
      period={periodOf(sangong.chart.years)}
      option={option}
      table={chartTable("sangongTrend", sangong.chart)}
      source={toSourceNote(sangong.source)}
      height={340}
    />
  );
}
