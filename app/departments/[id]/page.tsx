import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { BriefingButton } from "@/components/export/briefing-button";
import { DemoBadge } from "@/components/layout/demo-badge";
import { YearPicker } from "@/components/filters/year-picker";
import { isDbId } from "@/lib/api/params";
import { currentViewer } from "@/lib/auth/current-viewer";
import { getDepartmentView } from "@/lib/queries/department/get-department-view";
import { DRILL_CODE } from "@/lib/queries/department/get-department-structure";
import { DepartmentSections } from "@/components/department/department-sections";
import { SectionNav } from "@/components/department/section-nav";
import { EmptyState } from "@/components/layout/empty-state";
import { OrgUnits } from "@/components/department/org-units";
import { getDepartmentOrg } from "@/lib/queries/department/get-department-org";
import { ALL_REGIONS, regionRefFromParams, withRegion } from "@/lib/domain/region-href";

export const dynamic = "force-dynamic";

type Search = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;
const positiveInt = (value: string | null) => {
  const n = Number(value);
  return value !== null && isDbId(n) ? n : null;
};

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  return { title: `部门 #${(await params).id} · 财政决算透视` };
}

export default async function DepartmentPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const id = positiveInt((await params).id);
  if (id === null) notFound();
  const search = await searchParams;
  const code = first(search.code);
  // A region chosen on a cross view travels on through this page's links (and the header's). 全部地区 (`region=all`) is
  // a choice of the department list only: carried on, it would reach the deck and the cross views, which refuse it.
  const picked = regionRefFromParams(search);
  const region = picked?.code === ALL_REGIONS ? null : picked;
  const viewer = await currentViewer();
  const [view, org] = await Promise.all([getDepartmentView(viewer, id, {
    year: positiveInt(first(search.year)),
    reportId: positiveInt(first(search.report)),
    code: code !== null && DRILL_CODE.test(code) ? code : null,
    basis: first(search.basis),
  }), getDepartmentOrg(viewer, id)]);
  if (view === null) notFound();
  const { profile, summary } = view;
  const kindBadge = profile.kind === null ? null : <span className="badge">{profile.kind}单位</span>;
  const subtitle = (
    <>
      {kindBadge} <DemoBadge show={profile.isDemo} />{" "}
      {profile.years.length === 0 ? "尚无报告" : `已导入 ${[...profile.years].reverse().join("、")} 年度`}
      {profile.aliases.length === 0 ? null : <span className="muted"> · 曾用名 {profile.aliases.map((a) => a.name).join("、")}</span>}
    </>
  );
  return (
    <>
      <PageHeader
        title={profile.name}
        subtitle={subtitle}
        actions={profile.years.length === 0 || view.year === null ? null : <><YearPicker years={profile.years} year={view.year} /><BriefingButton kind="department" id={profile.id} year={view.year} /></>}
      />
      {profile.mergedInto === null ? null : (
        <p className="notice">本部门已于机构改革中并入 <a href={withRegion(`/departments/${profile.mergedInto.id}`, region)}>{profile.mergedInto.name}</a>，以下为其并入前的报告。</p>
      )}
      <OrgUnits org={org} scope={summary?.report.scope ?? null} region={region} />
      {summary !== null && !summary.report.isCurrent ? (
        <p className="notice">
          正在查看 {summary.report.year} 年度第 {summary.report.version} 版（旧版，文件 {summary.report.fileName}）。
          <a href={withRegion(`?year=${summary.report.year}`, region)}>查看当前版本</a>
        </p>
      ) : null}
      {view.codeMissing ? <p className="notice">该年度报告中没有科目 {code}，已显示全部类。</p> : null}
      {summary === null ? (
        <EmptyState title="该部门尚无可查看的报告" hint="导入该部门的部门决算公开报告后，这里显示支出结构、执行率、三公经费和审核结果。" />
      ) : (
        <>
          <SectionNav />
          <DepartmentSections view={view} summary={summary} search={search} />
        </>
      )}
    </>
  );
}
