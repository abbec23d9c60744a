import { EmptyState } from "@/components/layout/empty-state";
import { DEFAULT_EXECUTION_BASIS, rateFormula } from "@/lib/figures/execution";
import type { DepartmentSummary } from "@/lib/queries/department/get-department-summary";
import type { DepartmentView } from "@/lib/queries/department/get-department-view";
import { SourceLink } from "@/components/evidence/source-link";
import { DepartmentFindings } from "./department-findings";
import { EconomicChart } from "./economic-chart";
import { ExecutionChart } from "./execution-chart";
import { ExecutionTable } from "./execution-table";
import { KpiRow } from "./kpi-row";
import { PerformanceChart } from "./performance-chart";
import { PerformanceDetails } from "./performance-details";
import { SangongChart } from "./sangong-chart";
import { SangongDetails } from "./sangong-details";
import { Section } from "./section";
import { ShareBars } from "./share-bars";
import { StructureChart } from "./structure-chart";
import { StructureSplit } from "./structure-split";
import { VersionsHistory } from "./versions-history";
import { regionRefFromParams } from "@/lib/domain/region-href";
import { YearChanges } from "./year-changes";

type Search = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;

/** The department page below its header: one section per question the issue lists, each with its source. */
export function DepartmentSections({ view, summary, search }: { view: DepartmentView; summary: DepartmentSummary; search: Search }) {
  const report = summary.report;
  const base = new URLSearchParams({ year: String(report.year), ...(report.isCurrent ? {} : { report: String(report.id) }) });
  const byClass = first(search.exec) === "class";
  const { structure, funding, economic, execution, performance } = view;
  return (
    <>
      <Section id="overview" title="概况" note={`${report.year} 年度 · 第 ${report.version} 版 · ${report.fileName}`}>
        <KpiRow summary={summary} figures={view.figures} />
      </Section>

      <Section id="structure" title="支出结构" note="点击图中的类、款可逐级下钻">
        <div className="grid cols-2">
          {structure === null ? <p className="muted">报告未列出支出决算表。</p> : <StructureChart structure={structure} />}
          <div id="funding" className="card stack">
            {funding === null ? null : (
              <>
                <ShareBars title="基本支出与项目支出" total={funding.spending.total} parts={funding.spending.parts} source={funding.spending.source} />
                <ShareBars title="收入来源" total={funding.income.total} parts={funding.income.parts} source={funding.income.source} />
              </>
            )}
            {structure === null ? null : <StructureSplit structure={structure} />}
          </div>
        </div>
      </Section>

      <Section id="economic" title="经济分类" note="公开06表 一般公共预算财政拨款基本支出">
        {economic === null || economic.chart.categories.length === 0 ? (
          <p className="muted">报告未列出基本支出经济分类明细。</p>
        ) : (
          <EconomicChart economic={economic} />
        )}
      </Section>

      <Section id="yoy" title="年度变化" note="仅有上年报告说明所述数字的年度以斜纹标出（说明口径）">
        <YearChanges yoy={view.yoy} selected={first(search.yoy)} />
      </Section>

      <Section id="execution" title="预算执行率" note={`${rateFormula(execution?.basis ?? DEFAULT_EXECUTION_BASIS)}；原因摘自决算情况说明`}>
        {execution === null || execution.items.length === 0 ? (
          <p className="muted">报告未列出一般公共预算财政拨款支出明细。</p>
        ) : (
          <div className="stack">
            <ExecutionChart
              dto={byClass ? execution.classChart : execution.itemChart}
              byClass={byClass}
              year={report.year}
              source={execution.source}
              basis={execution.basis}
              coverage={execution.coverage}
            />
            <ExecutionTable lines={byClass ? execution.classes : execution.items} reportId={report.id} />
          </div>
        )}
      </Section>

      <Section id="sangong" title="“三公”经费与机关运行经费">
        {view.sangong.chart.years.length === 0 ? (
          <p className="muted">暂无“三公”经费数据。</p>
        ) : (
          <div className="stack">
            <SangongChart sangong={view.sangong} />
            <SangongDetails sangong={view.sangong} />
          </div>
        )}
      </Section>

      <Section id="performance" title="绩效自评">
        {performance === null || (performance.projects.length === 0 && performance.overall.ratePct === null) ? (
          <p className="muted">报告未附绩效自评表，或未能读取。</p>
        ) : (
          <div className="stack">
            {performance.projects.length === 0 ? null : <PerformanceChart performance={performance} />}
            <PerformanceDetails performance={performance} reportId={report.id} />
          </div>
        )}
      </Section>

      <Section id="findings" title="审核发现" note={`错误 ${summary.counts.error} · 警告 ${summary.counts.warning} · 提示 ${summary.counts.info}`}>
        <div className="card">
          <DepartmentFindings summary={summary} base={base} />
          {summary.unread.length === 0 ? null : (
            <details className="dept-unread">
              <summary>未能读取的内容 {summary.unread.length} 处</summary>
              <ul className="unread">
                {summary.unread.map((u, i) => (
                  <li key={i}>
                    <code className="rule">{u.section}</code> {u.reason}
                    {u.page === null ? null : <> <SourceLink reportId={report.id} page={u.page} /></>}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      </Section>

      <Section id="versions" title="报告版本与机构沿革">
        {view.profile.versions.length === 0 ? <EmptyState /> : <VersionsHistory profile={view.profile} shownReportId={report.id} region={regionRefFromParams(search)} />}
      </Section>
    </>
  );
}
