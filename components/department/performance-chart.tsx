"use client";

import { useMemo } from "react";
import { defaultChartContext } from "@/lib/charts";
import { chartOption, chartTable } from "@/lib/charts/registry";
import { ChartCard } from "@/components/charts/chart-card";
import type { DepartmentPerformance } from "@/lib/queries/department/get-department-performance";
import { toSourceNote } from "./source-note";

export function PerformanceChart({ performance }: { performance: DepartmentPerformance }) {
  const option = useMemo(() => chartOption("performance", performance.chart, defaultChartContext()), [performance.chart]);
  return (
    <ChartCard
      title="项目绩效自评执行率"
      unit={null}
      period={`${performance.report.year}年度`}
      option={option}
      table={chartTable("performance", performance.chart)}
      source={toSourceNote(performance.source)}
      height={Math.max(200, 60 + performance.projects.length * 34)}
    />
  );
}
