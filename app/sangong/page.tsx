import { SangongTrendChart } from "@/components/sangong/sangong-charts";
import { SangongRanking } from "@/components/sangong/sangong-ranking";
import { YearPicker } from "@/components/filters/year-picker";
import { DemoBadge } from "@/components/layout/demo-badge";
import { EmptyState } from "@/components/layout/empty-state";
import { PageHeader } from "@/components/layout/page-header";
import { currentViewer } from "@/lib/auth/current-viewer";
import { resolveRegionViewer } from "@/lib/queries/region/region-scope";
import { getSangongCity } from "@/lib/queries/sangong/get-sangong-city";

export const dynamic = "force-dynamic";

/** Rows of the department table; the rest are counted and reachable through the API and the data table toggle. */
const TABLE_ROWS = 100;

/** Whether the city totals cover the same departments every year; when not, how many each year. */
function reportingNote(years: number[], counts: number[]): string {
  if (counts.length > 0 && counts.every((n) => n === counts[0])) return `各年度均为 ${counts[0]} 个部门的合计。`;
  return `各年度报告部门数不同，合计随之变化：${years.map((y, i) => `${y} 年 ${counts[i] ?? 0} 个`).join("，")}。`;
}

export default async function SangongPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const data = await getSangongCity(await resolveRegionViewer(await currentViewer(), params), params);
  if (data.from === null || data.to === null) {
    return (
      <>
        <PageHeader title="三公经费" />
        <EmptyState hint="导入报告后，这里显示全市因公出国(境)、公务用车购置及运行维护、公务接待经费的预算与决算。" />
      </>
    );
  }
  const period = `${data.from}–${data.to} 年度`;
  const single = (budget: Array<string | null>, actual: Array<string | null>) => ({ years: data.trend.years, items: [], total: { budget, actual } });
  const shown = data.departments.slice(0, TABLE_ROWS);
  return (
    <>
      <PageHeader
        title="三公经费"
        subtitle={<>{data.region.label} · {data.departments.length} 个部门 · 财政拨款“三公”经费，预算数与决算数 · {period} <DemoBadge show={data.isDemo} /></>}
        actions={
          <>
            <YearPicker years={data.years} year={data.from} param="from" label="从" />
            <YearPicker years={data.years} year={data.to} param="to" label="到" />
          </>
        }
      />
      <div className="grid cols-2">
        <SangongTrendChart dto={data.trend} title="全市三公经费：各项预算与决算" period={period} />
        <SangongTrendChart dto={single(data.operating.budget, data.operating.actual)} title="机关运行经费（合计 = 全市）" period={period} />
      </div>
      <p className="muted">{reportingNote(data.trend.years, data.reporting)}</p>
      <h2 className="section-title">决算数最大的 {data.multiples.length} 个部门（{data.to} 年度排序）</h2>
      <p className="muted">实线为决算数，虚线为预算数；各图纵轴独立，金额见数据表。</p>
      <div className="grid cols-3 sangong-multiples">
        {data.multiples.map((m) => (
          <SangongTrendChart key={m.departmentId} dto={{ years: m.years, items: [], total: m.series }} title={m.name} period={period} height={200} compact />
        ))}
      </div>
      <section className="card">
        <h2>部门排名（{data.to} 年度，按决算数）</h2>
        <p className="muted">
          共 {data.departments.length} 个部门有三公经费表{data.departments.length > shown.length ? `，下表列出前 ${shown.length} 个，完整列表见 /api/analytics/sangong-city` : ""}。
        </p>
        <div className="attention-scroll">
          <SangongRanking rows={shown} year={data.to} region={{ code: data.region.code, sub: data.region.sub }} />
        </div>
      </section>
    </>
  );
}
