"use client";

import { formatAmount, formatPct, formatWan, MISSING } from "@/lib/figures/format";
import { BASIS_BUDGET_LABEL, rateBandOf, rateLabel, type ExecutionBasis } from "@/lib/figures/execution";
import { EXECUTION_BAND } from "@/lib/settings/execution-band";
import { SourceLink } from "@/components/evidence/source-link";
import type { ExecutionLine } from "@/lib/queries/department/get-department-execution";

/** The rate against one budget: as printed when the narrative states it against that budget, else computed (*). */
function rateOf(line: ExecutionLine, basis: ExecutionBasis): { text: string; cls: string | undefined; computed: boolean } {
  const stated = line.statedRateBasis === basis ? line.statedRatePct : null;
  const rate = stated ?? line.rates[basis];
  if (rate === null) return { text: MISSING, cls: undefined, computed: false };
  const band = rateBandOf(rate);
  const cls = band === "below" ? "dept-rate-low" : band === "above" ? "dept-rate-high" : undefined;
  return { text: formatPct(rate), cls, computed: stated === null };
}

function RateCell({ line, basis }: { line: ExecutionLine; basis: ExecutionBasis }) {
  const rate = rateOf(line, basis);
  return (
    <td className={`num ${rate.cls ?? ""}`} title={rate.computed ? `按决算 ÷ ${BASIS_BUDGET_LABEL[basis]}计算` : "决算情况说明所列"}>
      {rate.text}
      {rate.computed && rate.text !== MISSING ? <sup>*</sup> : null}
    </td>
  );
}

/**
 * Every 项 (or 类) with 年初预算, 全年预算, 决算, the rate against each budget the report gives and the stated reason;
 * rows are anchors for 审核 links. A 年初预算 of 0 (a unit or fund added in the year) has no 年初 rate, only a 全年 one.
 * A client component: the page sends the lines, not the rendered table.
 */
export function ExecutionTable({ lines, reportId }: { lines: ExecutionLine[]; reportId: number }) {
  const hasFull = lines.some((l) => l.budgetFull !== null);
  const hasInitial = lines.some((l) => l.budgetInitial !== null) || !hasFull;
  return (
    <div className="card dept-table-wrap">
      <table className="data dept-exec">
        <thead>
          <tr>
            <th>科目</th>
            {hasInitial ? <th className="num">年初预算（万元）</th> : null}
            {hasFull ? <th className="num">全年预算（万元）</th> : null}
            <th className="num">决算（万元）</th>
            {hasInitial ? <th className="num">{rateLabel("initial")}</th> : null}
            {hasFull ? <th className="num">{rateLabel("full")}</th> : null}
            <th>原因（决算情况说明）</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.code} id={`row-${l.code}`}>
              <td>
                <span className="muted">{l.code}</span> {l.name}
                {l.page === null ? null : (
                  <> <SourceLink reportId={reportId} page={l.page} line={l.line}><span className="small">05表</span></SourceLink></>
                )}
              </td>
              {hasInitial ? <td className="num">{formatWan(l.budgetInitial)}</td> : null}
              {hasFull ? <td className="num">{formatWan(l.budgetFull)}</td> : null}
              <td className="num" title={formatAmount(l.actual)}>{formatWan(l.actual)}</td>
              {hasInitial ? <RateCell line={l} basis="initial" /> : null}
              {hasFull ? <RateCell line={l} basis="full" /> : null}
              <td className="dept-reason">
                {l.reason ?? <span className="muted">{MISSING}</span>}
                {l.budgetPage === null ? null : (
                  <> <SourceLink reportId={reportId} page={l.budgetPage}>第 {l.budgetPage} 页</SourceLink></>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">
        * 报告未列该口径的执行率，按决算 ÷ 对应预算计算；预算为 0 或未列示时无执行率（—）。执行率低于 {EXECUTION_BAND.lowPct}% 或高于 {EXECUTION_BAND.highPct}% 标色提示。
      </p>
    </div>
  );
}
