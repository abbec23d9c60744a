"use client";

import { AppLink } from "@/components/layout/app-link";
import { DemoBadge } from "@/components/layout/demo-badge";
import { useFirstRows } from "@/components/layout/use-first-rows";
import { withRegion, type RegionRef } from "@/lib/domain/region-href";
import { formatAmount, formatWan, MISSING } from "@/lib/figures/format";
import type { DepartmentListRow, DepartmentSort } from "@/lib/queries/department/list-departments";

const COLUMNS: Array<{ label: string; sort: DepartmentSort | null; num?: boolean }> = [
  { label: "部门", sort: "name" },
  { label: "类型", sort: null },
  { label: "已导入年度", sort: "years" },
  { label: "最新年度", sort: "latest", num: true },
  { label: "支出合计（最新年度）", sort: "total", num: true },
  { label: "收入合计（最新年度）", sort: null, num: true },
  { label: "审核错误 / 警告", sort: "errors", num: true },
  { label: "沿革", sort: null },
];

function yearsText(years: number[]): string {
  if (years.length === 0) return MISSING;
  const first = years[0];
  const last = years.at(-1);
  const contiguous = last !== undefined && first !== undefined && last - first + 1 === years.length;
  return contiguous && years.length > 2 ? `${first}—${last}（${years.length} 年）` : years.join("、");
}

/**
 * The department list: sortable by the whitelisted keys, each row linking to its department page. A client component:
 * the page sends its rows as data (~20 KB) instead of a rendered tree (~85 KB of flight data to serialize, parse and
 * inline for 100 rows), which was most of the page's server time; the server draws the first screen's rows (useFirstRows).
 */
export function DepartmentTable({ rows, sort, q, region }: { rows: DepartmentListRow[]; sort: DepartmentSort; q: string; region: RegionRef | null }) {
  const drawn = useFirstRows(rows);
  const href = (s: DepartmentSort) => withRegion(`/departments?${new URLSearchParams({ ...(q === "" ? {} : { q }), sort: s }).toString()}`, region);
  return (
    <div className="card dept-table-wrap">
      <table className="data dept-list" data-testid="department-list">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.label} className={c.num ? "num" : undefined} aria-sort={c.sort !== null && c.sort === sort ? "descending" : undefined}>
                {c.sort === null ? c.label : <AppLink href={href(c.sort)} className={c.sort === sort ? "active" : undefined}>{c.label}{c.sort === sort ? " ▾" : ""}</AppLink>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {drawn.map((d) => (
            <tr key={d.id} className={d.mergedInto === null ? undefined : "dept-merged"}>
              <td>
                <AppLink href={withRegion(`/departments/${d.id}`, region)}>{d.name}</AppLink> <DemoBadge show={d.isDemo} />
              </td>
              <td className="dept-kind">{d.kind ?? MISSING}</td>
              <td>{yearsText(d.years)}</td>
              <td className="num">{d.latestYear ?? MISSING}</td>
              <td className="num" title={d.latestExpenditure === null ? undefined : `${formatWan(d.latestExpenditure)} 万元`}>{formatAmount(d.latestExpenditure)}</td>
              <td className="num">{formatAmount(d.latestIncome)}</td>
              <td className="num">
                {d.errorCount > 0 ? <span className="badge error">{d.errorCount}</span> : <span className="muted">0</span>}
                {" / "}
                {d.warningCount > 0 ? <span className="badge warning">{d.warningCount}</span> : <span className="muted">0</span>}
              </td>
              <td className="dept-history-cell">
                {d.mergedInto === null ? null : <div>已并入 <AppLink href={withRegion(`/departments/${d.mergedInto.id}`, region)}>{d.mergedInto.name}</AppLink></div>}
                {d.mergedFrom.length === 0 ? null : <div>并入：{d.mergedFrom.join("、")}</div>}
                {d.aliases.length === 0 ? null : <div>曾用名：{d.aliases.join("、")}</div>}
                {d.mergedInto === null && d.mergedFrom.length === 0 && d.aliases.length === 0 ? <span className="muted">—</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
