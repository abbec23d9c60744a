"use client";

import { ChartCard } from "@/components/charts/chart-card";
import { useChart } from "@/components/charts/use-chart";
import type { DepartmentPerformance } from "@/lib/queries/department/get-department-performance";
import { toSourceNote } from "./source-note";

export function PerformanceChart({ performance }: { performance: DepartmentPerformance }) {
  const { option, table } = useChart("performance", performance.chart);
  return (
    <ChartCard
      title="项目绩效自评执行率"
      unit={null}
      period={`${performance.report.year}年度`}
      option={option}
      table={table}
      source={toSourceNote(performance.source)}
      height={Math.max(200, 60 + performance.projects.length * 34)}
    />
  );
}
