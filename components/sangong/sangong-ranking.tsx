"use client";

import { AppLink } from "@/components/layout/app-link";
import { useFirstRows } from "@/components/layout/use-first-rows";
import { withRegion, type RegionRef } from "@/lib/domain/region-href";
import { formatAmount, formatPct, MISSING } from "@/lib/figures/format";
import type { SangongDepartmentRow } from "@/lib/queries/sangong/get-sangong-city";

/**
 * The /sangong ranking table. A client component: the page sends its rows as data instead of a rendered tree, which
 * for 100 rows was most of the flight data the server serialized, parsed again for the HTML and inlined. The server
 * draws the first screen's rows (useFirstRows).
 */
export function SangongRanking({ rows, year, region }: { rows: SangongDepartmentRow[]; year: number; region: RegionRef }) {
  const drawn = useFirstRows(rows);
  return (
    <table className="data">
      <thead>
        <tr><th>#</th><th>部门</th><th className="num">预算数</th><th className="num">决算数</th><th className="num">执行率</th><th className="num">上年决算</th><th className="num">增减</th></tr>
      </thead>
      <tbody>
        {drawn.map((d, i) => (
          <tr key={d.departmentId}>
            <td>{i + 1}</td>
            <td><AppLink href={withRegion(`/departments/${d.departmentId}?year=${year}`, region)}>{d.name}</AppLink></td>
            <td className="num">{formatAmount(d.budget)}</td>
            <td className="num">{formatAmount(d.actual)}</td>
            <td className="num">{formatPct(d.ratePct)}</td>
            <td className="num">{formatAmount(d.priorActual)}</td>
            <td className="num">{d.changePct === null ? MISSING : formatPct(d.changePct, { signed: true })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
