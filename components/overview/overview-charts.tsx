"use client";

import { useMemo, useState } from "react";
import { AppLink } from "@/components/layout/app-link";
import { useRouter } from "next/navigation";
import { ChartCard } from "@/components/charts/chart-card";
import { useHydrated } from "@/components/charts/use-hydrated";
import { unpack, type Packed } from "@/lib/cache/packed";
import { withRegion, type RegionRef } from "@/lib/domain/region-href";
import { defaultChartContext, subjectsInBucket, type HistogramDto, type RankingDto } from "@/lib/charts";
import { chartHeight, chartOption, chartTable } from "@/lib/charts/registry";

export function RankingChart({ dto, title, period, year, region }: { dto: RankingDto; title: string; period: string; year: number; region: RegionRef }) {
  const router = useRouter();
  const hydrated = useHydrated();
  // Built in the browser only: the server renders the card, ECharts draws it (every department is a bar).
  const option = useMemo(() => (hydrated ? chartOption("ranking", dto, defaultChartContext()) : {}), [hydrated, dto]);
  const table = useMemo(() => (hydrated ? chartTable("ranking", dto, { title, period }) : { title, period, columns: [], rows: [] }), [hydrated, dto, title, period]);
  return (
    <ChartCard
      title={title}
      period={period}
      option={option}
      table={table}
      height={chartHeight("ranking", dto)}
      onEvents={{
        click: (event) => {
          const data = event.data as { key?: string } | undefined;
          if (data?.key !== undefined) router.push(withRegion(`/departments/${data.key}?year=${year}`, region));
        },
      }}
    />
  );
}

/** The distribution of rates; a click on a bar lists the departments in that band, each linking to its page. */
export function RateHistogram({ packed, title, period, year, region }: { packed: Packed<HistogramDto>; title: string; period: string; year: number; region: RegionRef }) {
  const hydrated = useHydrated();
  // Read in the browser only, like the option: parsing the 1,000-department list on the server was 5% of the overview's render.
  const dto = useMemo(() => (hydrated ? unpack(packed) : null), [hydrated, packed]);
  const [band, setBand] = useState<string | null>(null);
  const option = useMemo(() => (dto === null ? {} : chartOption("histogram", dto, defaultChartContext())), [dto]);
  const table = useMemo(() => (dto === null ? { title, period, columns: [], rows: [] } : chartTable("histogram", dto, { title, period })), [dto, title, period]);
  const listed = band === null || dto === null ? [] : subjectsInBucket(dto, band);
  return (
    <>
      <ChartCard
        title={title}
        unit={null}
        period={period}
        option={option}
        table={table}
        height={300}
        onEvents={{
          click: (event) => {
            const data = event.data as { key?: string } | undefined;
            if (data?.key !== undefined) setBand((current) => (current === data.key ? null : data.key ?? null));
          },
        }}
      />
      {band === null ? null : (
        <section className="card band-list" aria-label={`执行率 ${band} 的部门`}>
          <h4>
            执行率 {band}：{listed.length} 个部门{" "}
            <button type="button" className="band-close" onClick={() => setBand(null)}>收起</button>
          </h4>
          {listed.length === 0 ? <p className="muted">这一档没有部门。</p> : (
            <ul>
              {listed.map((d) => (
                <li key={d.id}>
                  <AppLink href={withRegion(`/departments/${d.id}?year=${year}`, region)}>{d.name}</AppLink> <span className="muted">{d.rate}%</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
