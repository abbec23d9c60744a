"use client";

import { formatAmount, formatPct, MISSING } from "@/lib/figures/format";
import { PERFORMANCE_RATE_LABEL } from "@/lib/figures/execution";
import { SourceLink } from "@/components/evidence/source-link";
import type { DepartmentPerformance } from "@/lib/queries/department/get-department-performance";

/**
 * 整体绩效 figures and each project's indicators (年初目标值 vs 实际完成值) as printed. A client component: the page sends
 * the figures (the chart beside it holds the same object, sent once), not every indicator's rendered row.
 */
export function PerformanceDetails({ performance, reportId }: { performance: DepartmentPerformance; reportId: number }) {
  const { overall } = performance;
  return (
    <div className="stack">
      <p>
        整体绩效自评：预算数 <b>{formatAmount(overall.budget)}</b>，执行数 <b>{formatAmount(overall.actual)}</b>，{PERFORMANCE_RATE_LABEL}{" "}
        <b>{formatPct(overall.ratePct)}</b>
        {overall.score === null ? null : <>，自评得分 <b>{overall.score}</b></>}。
      </p>
      {performance.projects.map((p, i) => (
        <details key={`${p.name}-${i}`} className="dept-project">
          <summary>
            {p.name} <span className="muted">{PERFORMANCE_RATE_LABEL} {formatPct(p.ratePct)} · 预算 {formatAmount(p.budget)} · 执行 {formatAmount(p.actual)}</span>
            {p.page === null ? null : (
              <> <SourceLink reportId={reportId} page={p.page} /></>
            )}
          </summary>
          {p.indicators.length === 0 ? (
            <p className="muted">未读取到指标。</p>
          ) : (
            <table className="data">
              <thead>
                <tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年初目标值</th><th>实际完成值</th></tr>
              </thead>
              <tbody>
                {p.indicators.map((ind, j) => (
                  <tr key={j}>
                    <td>{ind.level1 ?? MISSING}</td>
                    <td>{ind.level2 ?? MISSING}</td>
                    <td>{ind.name}</td>
                    <td>{ind.target ?? MISSING}</td>
                    <td>{ind.actual ?? MISSING}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </details>
      ))}
    </div>
  );
}
