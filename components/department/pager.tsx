import { AppLink } from "@/components/layout/app-link";
import { withRegion, type RegionRef } from "@/lib/domain/region-href";

/** Previous/next through the department list, keeping the search and the sort in the URL. */
export function Pager({ page, pages, from, to, count, q, sort, region }: {
  page: number;
  pages: number;
  from: number;
  to: number;
  count: number;
  q: string;
  sort: string;
  region: RegionRef | null;
}) {
  const href = (p: number) => withRegion(`/departments?${new URLSearchParams({ ...(q === "" ? {} : { q }), sort, page: String(p) }).toString()}`, region);
  return (
    <nav className="pager" aria-label="分页">
      <span className="muted">第 {from}–{to} 个，共 {count} 个 · 第 {page} / {pages} 页</span>
      {page > 1 ? <AppLink className="button" href={href(page - 1)}>上一页</AppLink> : null}
      {page < pages ? <AppLink className="button" href={href(page + 1)}>下一页</AppLink> : null}
    </nav>
  );
}
