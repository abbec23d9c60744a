"use client";

import { ChartCard } from "@/components/charts/chart-card";
import { useChart } from "@/components/charts/use-chart";
import type { DepartmentEconomic } from "@/lib/queries/department/get-department-economic";
import { toSourceNote } from "./source-note";

export function EconomicChart({ economic }: { economic: DepartmentEconomic }) {
  const { option, table } = useChart("economic", economic.chart);
  return (
    <ChartCard
      title="基本支出经济分类（人员经费 / 公用经费）"
      period={`${economic.report.year}年度`}
      option={option}
      table={table}
      source={toSourceNote(economic.source)}
      height={400}
      fileName={`${economic.report.department}-经济分类`}
    />
  );
}
