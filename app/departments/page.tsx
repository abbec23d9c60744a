import { AppLink } from "@/components/layout/app-link";
import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/layout/empty-state";
import { DepartmentTable } from "@/components/department/department-table";
import { Pager } from "@/components/department/pager";
import { currentViewer } from "@/lib/auth/current-viewer";
import { listDepartments, parseDepartmentSort } from "@/lib/queries/department/list-departments";
import { ALL_REGIONS, regionRefFromParams, withRegion } from "@/lib/domain/region-href";
import { regionLabel, resolveRegionViewer } from "@/lib/queries/region/region-scope";

export const dynamic = "force-dynamic";
export const metadata = { title: "部门 · 财政决算透视" };

type Search = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;
/** Rows per page: a thousand-row table made a 1.6 MB page; searching and sorting work over all rows. */
const PAGE_SIZE = 100;

export default async function DepartmentsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const q = first(search.q)?.trim() ?? "";
  const sort = parseDepartmentSort(first(search.sort));
  const viewer = await currentViewer();
  // The list follows the header picker like every cross view: the home region unless the URL names one; `?region=all`
  // (the picker's 全部地区) lists every region.
  const ref = regionRefFromParams(search);
  const region = ref?.code === ALL_REGIONS ? null : (await resolveRegionViewer(viewer, search)).region;
  const searchHref = (code: string) => withRegion(`/departments${q === "" ? "" : `?q=${encodeURIComponent(q)}`}`, { code, sub: false });
  const [rows, all] = await Promise.all([
    listDepartments(viewer, { q, sort, region }),
    q === "" ? Promise.resolve(null) : listDepartments(viewer, { sort: "name", region }),
  ]);
  const total = all?.length ?? rows.length;
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const requested = Number(first(search.page) ?? "1");
  const page = Number.isInteger(requested) ? Math.min(Math.max(requested, 1), pages) : 1;
  const shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  if (total === 0) {
    return (
      <>
        <PageHeader title="部门" />
        <EmptyState hint="导入部门决算公开报告后，这里列出各部门的支出合计、已导入年度和审核结果。" />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="部门"
        subtitle={<>
          {region === null ? "全部地区" : regionLabel(region)} · {q === "" ? `共 ${total} 个部门` : `“${q}”匹配 ${rows.length} 个部门（共 ${total} 个）`}
          {" · "}
          {region === null
            ? <AppLink href={`/departments${q === "" ? "" : `?q=${encodeURIComponent(q)}`}`}>只看本地区</AppLink>
            : <AppLink href={searchHref(ALL_REGIONS)}>{q === "" ? "显示全部地区" : "在全部地区搜索"}</AppLink>}
        </>}
        actions={
          <form className="dept-search" role="search" action="/departments">
            <input type="search" name="q" defaultValue={q} placeholder="按名称或曾用名搜索" aria-label="搜索部门" />
            <input type="hidden" name="sort" value={sort} />
            {ref === null ? null : <><input type="hidden" name="region" value={ref.code ?? "none"} />{ref.sub ? <input type="hidden" name="sub" value="1" /> : null}</>}
            <button type="submit" className="button">搜索</button>
          </form>
        }
      />
      {rows.length === 0 ? (
        <p className="notice">没有名称或曾用名包含“{q}”的部门。</p>
      ) : (
        <>
          <DepartmentTable rows={shown} sort={sort} q={q} region={ref} />
          {pages > 1 ? <Pager page={page} pages={pages} from={(page - 1) * PAGE_SIZE + 1} to={(page - 1) * PAGE_SIZE + shown.length} count={rows.length} q={q} sort={sort} region={ref} /> : null}
        </>
      )}
    </>
  );
}
