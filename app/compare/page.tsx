import { AppLink } from "@/components/layout/app-link";
import { CompareModes } from "@/components/compare/compare-modes";
import { CompareFiguresTable } from "@/components/compare/compare-figures-table";
import { DepartmentPicker } from "@/components/compare/department-picker";
import { YearPicker } from "@/components/filters/year-picker";
import { DemoBadge } from "@/components/layout/demo-badge";
import { EmptyState } from "@/components/layout/empty-state";
import { PageHeader } from "@/components/layout/page-header";
import { BriefingButton } from "@/components/export/briefing-button";
import { currentViewer } from "@/lib/auth/current-viewer";
import { resolveRegionViewer } from "@/lib/queries/region/region-scope";
import { formatAmount } from "@/lib/figures/format";
import { withRegion } from "@/lib/domain/region-href";
import { COMPARE_MODES, parseCompareMode, type CompareMode } from "@/lib/charts/builders/compare-modes";
import { getCompare, type CompareViewDto } from "@/lib/queries/compare/get-compare";
import { largestSpenders, packPickerOptions } from "@/lib/queries/compare/picker-views";
import { RegionCompareView } from "@/components/compare/region-compare-view";
import { getRegionCompare } from "@/lib/queries/compare/get-region-compare";
import { listRegionTree } from "@/lib/queries/region/list-regions";
import { regionOptions } from "@/lib/queries/region/region-options";
import { defaultRegionSet } from "@/lib/domain/region-compare";

export const dynamic = "force-dynamic";

const START_POINTS = 8;

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const viewer = await currentViewer();
  const mode = parseCompareMode(Array.isArray(params.mode) ? params.mode[0] : params.mode);
  const tree = await listRegionTree(viewer);
  const options = regionOptions(tree).filter((o) => o.code !== "none");
  if (params.regions !== undefined) {
    const regions = await getRegionCompare(viewer, params);
    const chain: string[] = [];
    const named = options.map((o) => {
      chain.length = o.depth;
      chain.push(o.label);
      return { code: o.code, label: chain.join("") };
    });
    return <RegionCompareView data={regions} mode={mode} options={named} />;
  }
  const data = await getCompare(await resolveRegionViewer(viewer, params), params);
  const byRegion = defaultRegionSet(data.region.code, options);
  if (data.year === null) {
    return (
      <>
        <PageHeader title="部门对比" />
        <EmptyState hint="导入报告后，可在这里把 2–6 个部门放在同一刻度上对比。" />
      </>
    );
  }
  const year = data.year;
  const period = `${year} 年度`;
  const href = (ids: number[]) => withRegion(`/compare?ids=${ids.join(",")}&year=${year}`, data.region);
  const peers = data.peers;
  // Widened peers live in the region above: their comparison is computed there (含下辖), where all of them count.
  const peerHref = (ids: number[]) => (peers?.wide === true && peers.wider !== null
    ? withRegion(`/compare?ids=${ids.join(",")}&year=${year}`, { code: peers.wider, sub: true })
    : href(ids));
  // Nothing picked yet: the largest spenders are the usual starting points of a comparison.
  const largest = largestSpenders(data.picker, START_POINTS);
  return (
    <>
      <PageHeader
        title="部门对比"
        subtitle={<>{data.region.label} · {period} · 同一刻度对比 2–6 个部门 <DemoBadge show={data.isDemo} /></>}
        actions={<>
          {byRegion.length < 2 ? null : <AppLink className="button" href={`/compare?regions=${byRegion.join(",")}&year=${year}`}>按地区对比</AppLink>}
          <YearPicker years={data.years} year={year} /><BriefingButton kind="compare" ids={data.ids} year={year} />
        </>}
      />
      <section className="card stack">
        {/* Only what the picker shows crosses to the browser: id and name of every reporting department, as one string. */}
        <DepartmentPicker
          options={packPickerOptions(data.picker)}
          optionCount={data.picker.filter((p) => !data.ids.includes(p.id)).length}
          chosen={data.departments.map(({ id, name }) => ({ id, name }))}
        />
        {pickedNotices(data, year)}
        {peers === null ? (
          <p className="muted">先选择一个部门，系统会推荐同类可比部门（同为{`“行政/事业”`}、主要支出类相同、支出规模在 ½–2 倍之内）。</p>
        ) : (
          <div className="peer-box">
            <strong>{peers.of.name}</strong> 在{peers.region.label}的可比部门（{peers.of.kind ?? "类型未知"} · 主要支出 {peers.of.dominantClass ?? "—"} {peers.of.dominantClassName ?? ""} · 规模 {formatAmount(peers.of.expenditure)} 的 ½–2 倍）：
            {peers.suggestions.length === 0 ? (
              <span className="muted"> 没有符合条件的部门，跨类对比请谨慎解读。</span>
            ) : (
              <>
                {" "}
                {peers.suggestions.map((p) => (
                  <AppLink key={p.id} className="badge info" href={peerHref([...data.ids.filter((id) => id !== p.id), p.id].slice(0, 6))}>+ {p.name}</AppLink>
                ))}{" "}
                <AppLink className="button" href={peerHref([peers.of.id, ...peers.suggestions.map((p) => p.id)].slice(0, 6))}>与可比部门一起对比</AppLink>
              </>
            )}
            {peers.wider === null || peers.wide ? null : <> <AppLink href={`${href(data.ids)}&peers=wide`}>扩大到上级地区</AppLink></>}
          </div>
        )}
      </section>
      {data.departments.length < 2 ? (
        <>
          <p className="notice compare-hint">请至少选择 2 个部门进行对比{data.departments.length === 1 ? `（已选：${data.departments[0]?.name ?? ""}）` : ""}。</p>
          {data.ids.length === 0 && largest.length > 0 ? (
            <section className="card stack">
              <h3>从支出最大的部门开始</h3>
              <p className="muted">点击部门名，查看它的可比部门（同类型、主要支出类相同、规模相近）并一起对比。</p>
              <div className="compare-start">
                {largest.map((p) => (
                  <AppLink key={p.id} className="badge info" href={href([p.id])}>{p.name} · {formatAmount(p.expenditure)}</AppLink>
                ))}
              </div>
            </section>
          ) : null}
        </>
      ) : (
        <>
          <CompareFiguresTable departments={data.departments} year={year} region={data.region} />
          <CompareModes
            mode={mode}
            hrefs={Object.fromEntries(COMPARE_MODES.map((m) => [m.value, withRegion(`/compare?ids=${data.ids.join(",")}&year=${year}&mode=${m.value}`, data.region)])) as Record<CompareMode, string>}
            totals={data.totals}
            structure={data.structure}
            sangong={data.sangong}
            figures={data.departments.map((d) => ({ id: String(d.id), name: d.name, expenditure: d.expenditure, priorExpenditure: d.priorExpenditure, changePct: d.changePct, execRatePct: d.execRatePct, sangongRatePct: d.sangongRatePct }))}
            period={period}
          />
        </>
      )}
    </>
  );
}

/** Picked departments are compared wherever they are: the page names those counted in another region, and those left out. */
function pickedNotices({ outside, leftOut, region: { label: region } }: CompareViewDto, year: number) {
  const noReport = leftOut.filter((d) => d.reason === "noReport");
  const hidden = leftOut.filter((d) => d.reason === "notVisible");
  return (
    <>
      {outside.length === 0 ? null : (
        <p className="muted" data-testid="compare-outside">{`不属于${region}、按所选列入对比：${outside.map((d) => `${d.name}（${d.region}）`).join("、")}；其数字按其所在地区的计数规则计算。`}</p>
      )}
      {noReport.length === 0 ? null : (
        <p className="notice" data-testid="compare-no-report">{`${noReport.map((d) => d.name ?? `#${d.id}`).join("、")} 没有 ${year} 年度的报告，未列入对比。`}</p>
      )}
      {hidden.length === 0 ? null : (
        <p className="notice" data-testid="compare-left-out">{`所选部门 ${hidden.map((d) => `#${d.id}`).join("、")} 不存在、已并入其他部门或不在您的查看范围内，未列入对比。`}</p>
      )}
    </>
  );
}
