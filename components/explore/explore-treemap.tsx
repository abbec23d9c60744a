"use client";

import { useMemo } from "react";
import { useRouter } from "next/navigation";
import { ChartCard } from "@/components/charts/chart-card";
import { buildTreemapOption, defaultChartContext, toTreemapTable, type TreemapDto } from "@/lib/charts";

/** Treemap whose tiles drill: a code tile opens that code here, a department tile opens the department at the code. */
export function ExploreTreemap({ dto, title, period, year }: { dto: TreemapDto; title: string; period: string; year: number }) {
  const router = useRouter();
  const option = useMemo(() => buildTreemapOption(dto, defaultChartContext()), [dto]);
  const table = useMemo(() => toTreemapTable(dto, { title, period }), [dto, title, period]);
  return (
    <ChartCard
      title={title}
      period={period}
      option={option}
      table={table}
      height={420}
      onEvents={{
        click: (event) => {
          const data = event.data as { code?: string; departmentId?: string } | undefined;
          if (data?.code !== undefined) router.push(`/explore?code=${data.code}&year=${year}`);
          else if (data?.departmentId !== undefined) {
            const code = dto.root.code === null ? "" : `&code=${dto.root.code}`;
            router.push(`/departments/${data.departmentId}?year=${year}${code}`);
          }
        },
      }}
    />
  );
}
