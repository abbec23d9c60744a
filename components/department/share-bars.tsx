import { formatAmount, formatPct, formatWan, MISSING, pctToNumber } from "@/lib/figures/format";
import { sharePct } from "@/lib/figures/rates";
import type { FundingPart } from "@/lib/queries/department/get-department-funding";
import type { SourceRef } from "@/lib/queries/department/types";
import { formatSourceNote } from "@/lib/charts/source-note";
import { SourceLink } from "@/components/evidence/source-link";

/** Parts of a total as labelled bars; a part the report leaves blank shows "—" and no bar (never a 0). */
export function ShareBars({ title, total, parts, source }: { title: string; total: string | null; parts: FundingPart[]; source: SourceRef }) {
  const shown = parts.filter((p) => p.amount !== null);
  const blank = parts.filter((p) => p.amount === null);
  return (
    <div className="dept-shares">
      <h3>
        {title} <span className="muted">合计 {formatAmount(total)}</span>
      </h3>
      {shown.length === 0 ? <p className="muted">报告未列出分项数据。</p> : null}
      <ul>
        {shown.map((p) => {
          const share = pctToNumber(sharePct(p.amount, total));
          const width = share === null ? 0 : Math.max(0, Math.min(100, share));
          return (
            <li key={p.key}>
              <span className="label">{p.label}</span>
              <span className="bar" aria-hidden="true"><span style={{ width: `${width}%` }} /></span>
              <span className="value" title={`${formatWan(p.amount)} 万元`}>{formatAmount(p.amount)}</span>
              <span className="share">{share === null ? MISSING : formatPct(share.toFixed(2))}</span>
            </li>
          );
        })}
      </ul>
      {blank.length === 0 ? null : <p className="muted small">未填列：{blank.map((p) => p.label).join("、")}</p>}
      <p className="dept-source">来源：<SourceLink reportId={source.reportId} page={source.page}>{formatSourceNote(source)}</SourceLink></p>
    </div>
  );
}
