import { formatAmount, formatPct, formatWan, MISSING } from "@/lib/format";
import { Decimal, ratioPct } from "@/lib/money";
import type { ExecutionLine } from "@/lib/queries/department/get-department-execution";

function rateOf(line: ExecutionLine): { text: string; cls: string | undefined; computed: boolean } {
  const stated = line.statedRatePct;
  const rate = stated ?? ratioPct(line.actual, line.budgetInitial)?.toFixed(2, Decimal.ROUND_HALF_UP) ?? null;
  if (rate === null) return { text: MISSING, cls: undefined, computed: false };
  const value = new Decimal(rate);
  const cls = value.lessThan(90) ? "dept-rate-low" : value.greaterThan(110) ? "dept-rate-high" : undefined;
  return { text: formatPct(rate), cls, computed: stated === null };
}

/** Every 项 (or 类) with 年初预算, 全年预算, 决算, rate and the stated reason; rows are anchors for 审核 links. */
export function ExecutionTable({ lines, sourceHref }: { lines: ExecutionLine[]; sourceHref: (page: number) => string }) {
  const hasFull = lines.some((l) => l.budgetFull !== null);
  return (
    <div className="card dept-table-wrap">
      <table className="data dept-exec">
        <thead>
          <tr>
            <th>科目</th>
            <th className="num">年初预算（万元）</th>
            {hasFull ? <th className="num">全年预算（万元）</th> : null}
            <th className="num">决算（万元）</th>
            <th className="num">执行率</th>
            <th>原因（决算情况说明）</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => {
            const rate = rateOf(l);
            return (
              <tr key={l.code} id={`row-${l.code}`}>
                <td>
                  <span className="muted">{l.code}</span> {l.name}
                </td>
                <td className="num">{formatWan(l.budgetInitial)}</td>
                {hasFull ? <td className="num">{formatWan(l.budgetFull)}</td> : null}
                <td className="num" title={formatAmount(l.actual)}>{formatWan(l.actual)}</td>
                <td className={`num ${rate.cls ?? ""}`} title={rate.computed ? "按决算 / 年初预算计算" : "决算情况说明所列"}>
                  {rate.text}
                  {rate.computed && rate.text !== MISSING ? <sup>*</sup> : null}
                </td>
                <td className="dept-reason">
                  {l.reason ?? <span className="muted">{MISSING}</span>}
                  {l.budgetPage === null ? null : (
                    <> <a href={sourceHref(l.budgetPage)} target="_blank" rel="noreferrer">第 {l.budgetPage} 页</a></>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted small">* 报告未列执行率，按决算 / 年初预算计算。执行率低于 90% 或高于 110% 标色提示。</p>
    </div>
  );
}
