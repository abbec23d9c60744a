"use client";

import { useMemo } from "react";
import { useRouter } from "next/navigation";
import { ChartCard } from "@/components/charts/chart-card";
import { buildHeatmapOption, defaultChartContext, toHeatmapTable, type HeatmapDto } from "@/lib/charts";
import { BASIS_BUDGET_LABEL, DEFAULT_EXECUTION_BASIS, rateFormula } from "@/lib/figures/execution";

const ROW = 26;
/** Rows visible at once before the slider scrolls (the builder's dataZoom window). */
const VISIBLE = 20;

/**
 * Departments × codes (or years) heatmap; a cell click opens the department drilled to that code and year.
 * `linkYear` null means the columns are years themselves.
 */
export function HeatmapChart({ dto, title, period, linkYear }: { dto: HeatmapDto; title: string; period: string; linkYear: number | null }) {
  const router = useRouter();
  const option = useMemo(() => buildHeatmapOption(dto, defaultChartContext()), [dto]);
  const table = useMemo(() => toHeatmapTable(dto, { title, period }), [dto, title, period]);
  const rows = Math.min(dto.departments.length, VISIBLE);
  const basis = dto.basis ?? DEFAULT_EXECUTION_BASIS;
  return (
    <ChartCard
      title={title}
      unit={`%（${rateFormula(basis)}）`}
      period={period}
      source={{ department: `${dto.departments.length} 个部门`, table: `公开05表 一般公共预算财政拨款支出决算表与报告所列${BASIS_BUDGET_LABEL[basis]}` }}
      option={option}
      table={table}
      height={Math.max(260, rows * ROW + 150)}
      onEvents={{
        click: (event) => {
          const data = event.data as { departmentId?: string; code?: string } | undefined;
          if (data?.departmentId === undefined || data.code === undefined) return;
          const href = linkYear === null
            ? `/departments/${data.departmentId}?year=${data.code}&basis=${basis}`
            : `/departments/${data.departmentId}?year=${linkYear}&code=${data.code}&basis=${basis}`;
          router.push(href);
        },
      }}
    />
  );
}
