"use client";

import { useRouter } from "next/navigation";
import { ChartCard } from "@/components/charts/chart-card";
import { useChart } from "@/components/charts/use-chart";
import { withRegion, type RegionRef } from "@/lib/domain/region-href";
import type { TreemapDto } from "@/lib/charts";

/** Treemap whose tiles drill: a code tile opens that code here, a department tile opens the department at the code. */
export function ExploreTreemap({ dto, title, period, year, region }: { dto: TreemapDto; title: string; period: string; year: number; region: RegionRef }) {
  const router = useRouter();
  const { option, table } = useChart("treemap", dto, { title, period });
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
          if (data?.code !== undefined) router.push(withRegion(`/explore?code=${data.code}&year=${year}`, region));
          else if (data?.departmentId !== undefined) {
            const code = dto.root.code === null ? "" : `&code=${dto.root.code}`;
            router.push(withRegion(`/departments/${data.departmentId}?year=${year}${code}`, region));
          }
        },
      }}
    />
  );
}
