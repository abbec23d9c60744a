import { HeatmapChart } from "@/components/execution/heatmap-chart";
import { heatmapColumnsHref, RATE_SCALE_NOTE } from "@/lib/charts";
import { ParamSelect } from "@/components/execution/param-select";
import { YearPicker } from "@/components/filters/year-picker";
import { DemoBadge } from "@/components/layout/demo-badge";
import { EmptyState } from "@/components/layout/empty-state";
import { PageHeader } from "@/components/layout/page-header";
import { currentViewer } from "@/lib/auth/current-viewer";
import { resolveRegionViewer } from "@/lib/queries/region/region-scope";
import { getExecutionPageView } from "@/lib/queries/execution/get-execution-view";
import { BASIS_BUDGET_LABEL, rateFormula, rateLabel } from "@/lib/figures/execution";

export const dynamic = "force-dynamic";

const LEVELS = [
  { value: "类", label: "类（3 位）" },
  { value: "款", label: "款（5 位）" },
  { value: "项", label: "项（7 位）" },
];
const SORTS = [
  { value: "size", label: "按规模" },
  { value: "rate", label: "按执行率（低→高）" },
  { value: "name", label: "按名称" },
];

export default async function ExecutionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const viewer = await resolveRegionViewer(await currentViewer(), params);
  const data = await getExecutionPageView(viewer, params);
  if (data.year === null) {
    return (
      <>
        <PageHeader title="预算执行率" />
        <EmptyState hint="导入报告后，这里按部门 × 支出功能分类显示决算数与年初预算数（或全年预算数）之比。" />
      </>
    );
  }
  const period = `${data.year} 年度`;
  // The page draws the cards; the browser fetches the figures with the view's parameters as resolved here (the basis
  // only when the URL names one, as getExecutionView keys it), so the fetch shares this computation.
  const asked = Array.isArray(params.basis) ? params.basis[0] : params.basis;
  const query = { year: data.year, level: data.level, sort: data.sort, region: data.region, ...(asked === undefined ? {} : { basis: data.basis }) };
  // The by-year card's size before its figures arrive: every year with reports, and at least the year's departments
  // (a department that did not report this year adds a row once the chart has its figures).
  const byYear = { departments: data.departments.length, codes: data.years.length, basis: data.basis };
  const years = `${Math.min(...data.years)}–${Math.max(...data.years)} 年度`;
  const basisOptions = (["initial", "full"] as const).map((b) => ({
    value: b,
    label: `对${BASIS_BUDGET_LABEL[b]}（${data.coverage[b]} 个部门有执行率）`,
  }));
  return (
    <>
      <PageHeader
        title="预算执行率"
        subtitle={<>{data.region.label} · {data.year} 年度 · {rateFormula(data.basis)}（一般公共预算，{data.level}级）· {data.departments.length} 个部门 × {data.codes} 个科目 <DemoBadge show={data.isDemo} /></>}
        actions={
          <>
            <YearPicker years={data.years} year={data.year} />
            <ParamSelect param="basis" value={data.basis} options={basisOptions} label="执行率分母" />
            <ParamSelect param="level" value={data.level} options={LEVELS} label="科目级次" />
            <ParamSelect param="sort" value={data.sort} options={SORTS} label="排序" />
          </>
        }
      />
      <p className="muted execution-legend">
        颜色以 100% 为中心：蓝色低于预算，红色超出预算，{RATE_SCALE_NOTE}；灰色为“无预算”（报告未列{BASIS_BUDGET_LABEL[data.basis]}，或为 0），斜纹为“无数据”（不可点击）。未指定分母时取列出该预算的部门更多的一种（相同则取年初预算）。科目名称上下各列一次，完整名称见悬停提示；“显示数值”在格中标出执行率；点击单元格打开该部门并下钻到该科目。
      </p>
      <div className="stack">
        {data.departments.length === 0 ? (
          <p className="notice">{period}没有可见的报告。</p>
        ) : (
          <HeatmapChart src={heatmapColumnsHref({ ...query, view: "code" })} shape={{ departments: data.departments.length, codes: data.codes, basis: data.basis }} title={`部门 × ${data.level}级科目 ${rateLabel(data.basis)}`} period={period} linkYear={data.year} region={data.region} />
        )}
        <HeatmapChart src={heatmapColumnsHref({ ...query, view: "years" })} shape={byYear} title={`部门 × 年度 整体${rateLabel(data.basis)}`} period={years} linkYear={null} region={data.region} />
      </div>
    </>
  );
}
