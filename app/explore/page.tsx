import { AppLink } from "@/components/layout/app-link";
import { ExploreTreemap } from "@/components/explore/explore-treemap";
import { YearPicker } from "@/components/filters/year-picker";
import { DemoBadge } from "@/components/layout/demo-badge";
import { EmptyState } from "@/components/layout/empty-state";
import { PageHeader } from "@/components/layout/page-header";
import { currentViewer } from "@/lib/auth/current-viewer";
import { resolveRegionViewer } from "@/lib/queries/region/region-scope";
import { formatAmount, formatPct } from "@/lib/figures/format";
import { withRegion } from "@/lib/domain/region-href";
import { sharePct } from "@/lib/figures/rates";
import { getExplore } from "@/lib/queries/explore/get-explore";

export const dynamic = "force-dynamic";

const DEPARTMENT_ROWS = 100;

export default async function ExplorePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const data = await getExplore(await resolveRegionViewer(await currentViewer(), params), params);
  if (data.year === null) {
    return (
      <>
        <PageHeader title="科目下钻" />
        <EmptyState hint="导入报告后，可在这里查看一个支出功能分类科目在各部门的分布。" />
      </>
    );
  }
  const year = data.year;
  const period = `${year} 年度`;
  const at = (code: string | null) => withRegion(code === null ? `/explore?year=${year}` : `/explore?code=${code}&year=${year}`, data.region);
  const parent = data.breadcrumb.at(-2);
  const spenders = [...data.departments.items].sort((a, b) => Number(b.amount ?? -1) - Number(a.amount ?? -1));
  const title = data.code === null ? "全部支出" : `${data.code} ${data.name}`;
  return (
    <>
      <PageHeader
        title="科目下钻"
        subtitle={<>{data.region.label} · {period} · {data.departments.items.length} 个部门 · 公开03表 支出决算 · 按支出功能分类 <DemoBadge show={data.isDemo} /></>}
        actions={<YearPicker years={data.years} year={year} />}
      />
      <nav className="breadcrumb" aria-label="科目路径">
        {data.breadcrumb.map((b, i) => (
          <span key={b.code ?? "root"}>
            {i > 0 ? " › " : null}
            {i === data.breadcrumb.length - 1 ? <strong>{b.name}</strong> : <AppLink href={at(b.code)}>{b.name}</AppLink>}
          </span>
        ))}
        {parent === undefined ? null : <AppLink className="button explore-up" href={at(parent.code)}>↑ 返回上级</AppLink>}
      </nav>
      <div className="grid kpis">
        <div className="card kpi"><div className="label">{title} 合计</div><div className="value">{formatAmount(data.total)}</div></div>
        <div className="card kpi"><div className="label">有支出的部门</div><div className="value">{spenders.length}</div></div>
        <div className="card kpi"><div className="label">下级科目</div><div className="value">{data.children.items.length}</div></div>
      </div>
      <div className="grid cols-2 explore-grid">
        {data.children.items.length === 0 ? (
          <p className="notice">{data.level === "项" ? "项是最细的功能分类，没有下级科目。" : "该科目在报告中没有下级科目行。"}</p>
        ) : (
          <ExploreTreemap dto={data.children} title={`${title} · 下级科目（点击下钻）`} period={period} year={year} region={data.region} />
        )}
        <ExploreTreemap dto={data.departments} title={`${title} · 各部门支出（点击打开部门）`} period={period} year={year} region={data.region} />
      </div>
      <section className="card">
        <h2>各部门支出</h2>
        <p className="muted">共 {spenders.length} 个部门{spenders.length > DEPARTMENT_ROWS ? `，下表列出前 ${DEPARTMENT_ROWS} 个（全部见图表的数据表）` : ""}。</p>
        <table className="data">
          <thead><tr><th>#</th><th>部门</th><th className="num">金额</th><th className="num">占比</th></tr></thead>
          <tbody>
            {spenders.slice(0, DEPARTMENT_ROWS).map((s, i) => (
              <tr key={s.id}>
                <td>{i + 1}</td>
                <td><AppLink href={withRegion(`/departments/${s.departmentId ?? s.id}?year=${year}${data.code === null ? "" : `&code=${data.code}`}`, data.region)}>{s.name}</AppLink></td>
                <td className="num">{formatAmount(s.amount)}</td>
                <td className="num">{formatPct(sharePct(s.amount, data.total))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
