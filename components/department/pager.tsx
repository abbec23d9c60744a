import Link from "next/link";

/** Previous/next through the department list, keeping the search and the sort in the URL. */
export function Pager({ page, pages, from, to, count, q, sort }: {
  page: number;
  pages: number;
  from: number;
  to: number;
  count: number;
  q: string;
  sort: string;
}) {
  const href = (p: number) => `/departments?${new URLSearchParams({ ...(q === "" ? {} : { q }), sort, page: String(p) }).toString()}`;
  return (
    <nav className="pager" aria-label="分页">
      <span className="muted">第 {from}–{to} 个，共 {count} 个 · 第 {page} / {pages} 页</span>
      {page > 1 ? <Link className="button" href={href(page - 1)}>上一页</Link> : null}
      {page < pages ? <Link className="button" href={href(page + 1)}>下一页</Link> : null}
    </nav>
  );
}
