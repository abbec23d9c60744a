"use client";

import { useMemo } from "react";
import { useRouter } from "next/navigation";
import { ChartCard } from "@/components/charts/chart-card";
import { useHydrated } from "@/components/charts/use-hydrated";
import { withRegion, type RegionRef } from "@/lib/domain/region-href";
import {
  buildHistogramOption, buildRankingOption, defaultChartContext, rankingHeight, toHistogramTable, toRankingTable,
  type HistogramDto, type RankingDto,
} from "@/lib/charts";

export function RankingChart({ dto, title, period, year, region }: { dto: RankingDto; title: string; period: string; year: number; region: RegionRef }) {
  const router = useRouter();
  const hydrated = useHydrated();
  // Built in the browser only: the server renders the card, ECharts draws it (every department is a bar).
  const option = useMemo(() => (hydrated ? buildRankingOption(dto, defaultChartContext()) : {}), [hydrated, dto]);
  const table = useMemo(() => (hydrated ? toRankingTable(dto, { title, period }) : { title, period, columns: [], rows: [] }), [hydrated, dto, title, period]);
  return (
    <ChartCard
      title={title}
      period={period}
      option={option}
      table={table}
      height={rankingHeight(dto.rows.length)}
      onEvents={{
        click: (event) => {
          const data = event.data as { key?: string } | undefined;
          if (data?.key !== undefined) router.push(withRegion(`/departments/${data.key}?year=${year}`, region));
        },
      }}
    />
  );
}

export function RateHistogram({ dto, title, period }: { dto: HistogramDto; title: string; period: string }) {
  const hydrated = useHydrated();
  const option = useMemo(() => (hydrated ? buildHistogramOption(dto, defaultChartContext()) : {}), [hydrated, dto]);
  const table = useMemo(() => (hydrated ? toHistogramTable(dto, { title, period }) : { title, period, columns: [], rows: [] }), [hydrated, dto, title, period]);
  return <ChartCard title={title} unit={null} period={period} option={option} table={table} height={300} />;
}
