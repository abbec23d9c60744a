"use client";

import { useMemo, useState } from "react";
import { AppLink } from "@/components/layout/app-link";
import { useRouter } from "next/navigation";
import { ChartCard } from "@/components/charts/chart-card";
import { useFetchedText } from "@/components/charts/use-fetched-text";
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

/**
 * The distribution of rates; a click on a bar lists the departments in that band, each linking to its page. The page
 * sends the rates only: who each belongs to is read from `subjectsHref` (the overview API) when a band is first opened.
 */
export function RateHistogram({ packed, subjectsHref, title, period, year, region }: {
  packed: Packed<HistogramDto>; subjectsHref: string; title: string; period: string; year: number; region: RegionRef;
}) {
  const hydrated = useHydrated();
  // Read in the browser only, like the option: parsing the 1,000-department list on the server was 5% of the overview's render.
  const dto = useMemo(() => (hydrated ? unpack(packed) : null), [hydrated, packed]);
  const [band, setBand] = useState<string | null>(null);
  const option = useMemo(() => (dto === null ? {} : chartOption("histogram", dto, defaultChartContext())), [dto]);
  const table = useMemo(() => (dto === null ? { title, period, columns: [], rows: [] } : chartTable("histogram", dto, { title, period })), [dto, title, period]);
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
      {band === null ? null : <BandList band={band} src={subjectsHref} year={year} region={region} onClose={() => setBand(null)} />}
    </>
  );
}

/** The departments of one band, from the overview API's distribution (fetched while the list is open, kept by the browser). */
function BandList({ band, src, year, region, onClose }: { band: string; src: string; year: number; region: RegionRef; onClose: () => void }) {
  const fetched = useFetchedText(src);
  // Read once per answer, not again for each band opened from it.
  const rates = useMemo(() => (fetched.state === "ready" ? (JSON.parse(fetched.text) as { rates: HistogramDto }).rates : null), [fetched]);
  const listed = useMemo(() => (rates === null ? [] : subjectsInBucket(rates, band)), [rates, band]);
  return (
    <section className="card band-list" aria-label={`执行率 ${band} 的部门`} aria-busy={fetched.state === "loading"}>
      <h4>
        执行率 {band}{fetched.state === "ready" ? `：${listed.length} 个部门` : ""}{" "}
        <button type="button" className="band-close" onClick={onClose}>收起</button>
      </h4>
      {fetched.state === "loading" ? <p className="muted">正在读取这一档的部门…</p> : null}
      {fetched.state === "failed" ? <p className="notice">读取这一档的部门失败：{fetched.message}</p> : null}
      {fetched.state !== "ready" ? null : listed.length === 0 ? <p className="muted">这一档没有部门。</p> : (
        <ul>
          {listed.map((d) => (
            <li key={d.id}>
              <AppLink href={withRegion(`/departments/${d.id}?year=${year}`, region)}>{d.name}</AppLink> <span className="muted">{d.rate}%</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
