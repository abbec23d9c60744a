import { AppLink } from "@/components/layout/app-link";
import { AttentionList, attentionPage } from "@/components/overview/attention-list";
import { KpiTile } from "@/components/overview/kpi-tile";
import { RankingChart, RateHistogram } from "@/components/overview/overview-charts";
import { YearPicker } from "@/components/filters/year-picker";
import { DemoBadge } from "@/components/layout/demo-badge";
import { EmptyState } from "@/components/layout/empty-state";
import { PageHeader } from "@/components/layout/page-header";
import { BriefingButton } from "@/components/export/briefing-button";
import { currentViewer } from "@/lib/auth/current-viewer";
import { resolveRegionViewer } from "@/lib/queries/region/region-scope";
import { getOverview } from "@/lib/queries/overview/get-overview";
import { attachAttentionEvidence } from "@/lib/queries/overview/attention-evidence";
import { withRegion } from "@/lib/domain/region-href";
import { packHistogramBars } from "@/lib/queries/overview/histogram-bars";
import { topRankingRows } from "@/lib/charts/ranking-top";
import { ParamSelect } from "@/components/execution/param-select";
import { BASIS_BUDGET_LABEL, rateLabel } from "@/lib/figures/execution";

export const dynamic = "force-dynamic";

/** The ranking shows this many bars; the full list is one click away (never a silent cut). */
const RANKING_TOP = 20;

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const requestedBasis = Array.isArray(params.basis) ? params.basis[0] : params.basis;
  const viewer = await resolveRegionViewer(await currentViewer(), params);
  const data = await getOverview(viewer, params.year, requestedBasis);
  const cur = data.current;
  if (data.year === null || cur === null) {
    return (
      <>
        <PageHeader title="总览" />
        <EmptyState hint="导入各部门的部门决算公开报告（PDF、文本或 Excel）后，这里显示全市支出、执行率、三公经费和需关注事项。" />
      </>
    );
  }
  const year = data.year;
  const period = `${year} 年度`;
  const top = topRankingRows(data.ranking.rows, RANKING_TOP);
  const attention = attentionPage(data.attention, params, data.thresholds.pageSize);
  const view = { ...attention, rows: await attachAttentionEvidence(viewer, attention.rows) };
  return (
    <>
      <PageHeader
        title="总览"
        subtitle={<>{data.region.label} · {period} · {cur.departments} 个部门 · {cur.reports} 份报告 <DemoBadge show={data.isDemo} /></>}
        actions={
          <>
            <YearPicker years={data.years} year={year} />
            <ParamSelect
              param="basis"
              value={data.basis}
              options={(["initial", "full"] as const).map((b) => ({ value: b, label: `对${BASIS_BUDGET_LABEL[b]}（${data.coverage[b]} 个部门）` }))}
              label="执行率分母"
            />
            <BriefingButton kind="overview" year={year} />
          </>
        }
      />
      <div className="grid kpis">
        {data.figures.map((f) => <KpiTile key={f.id} figure={f} />)}
      </div>
      <AttentionList items={data.attention} view={view} thresholds={data.thresholds} basis={data.basis} params={params} />
      <div className="grid cols-2 overview-charts">
        <div className="stack">
          <RankingChart dto={{ metricLabel: data.ranking.metricLabel, rows: top }} title={data.ranking.rows.length > top.length ? `部门支出排名（前 ${top.length} 名）` : "部门支出排名"} period={period} year={year} region={data.region} />
          {data.ranking.rows.length > top.length ? (
            <p className="muted">共 {data.ranking.rows.length} 个部门，<AppLink href={withRegion(`/departments?year=${year}`, data.region)}>查看全部部门</AppLink> 或 <AppLink href={withRegion(`/explore?year=${year}`, data.region)}>按科目下钻</AppLink>。</p>
          ) : null}
        </div>
        <div className="stack">
          <RateHistogram
            packed={packHistogramBars(data.rates)}
            subjectsHref={withRegion(`/api/analytics/overview?year=${year}&basis=${data.basis}`, data.region)}
            title={`部门${rateLabel(data.basis, "预算执行率")}分布`}
            period={period}
            year={year}
            region={data.region}
          />
          <p className="muted">
            执行率 = 一般公共预算各项决算数 ÷ {BASIS_BUDGET_LABEL[data.basis]}数（只计列出该预算的项）；未指定分母时取列出该预算的部门更多的一种。
            <AppLink href={withRegion(`/execution?year=${year}&basis=${data.basis}`, data.region)}>按科目查看执行率热力图</AppLink>。
          </p>
        </div>
      </div>
    </>
  );
}
