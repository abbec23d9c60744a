import Link from "next/link";
import { formatAmount, formatPct } from "@/lib/format";
import { ATTENTION_LABELS, type AttentionItem, type AttentionKind } from "@/lib/queries/overview/attention";
import type { AttentionThresholds } from "@/lib/settings/attention";
import { rateLabel, type ExecutionBasis } from "@/lib/figures/execution";

const BADGE: Record<AttentionKind, string> = {
  executionLow: "warning", executionHigh: "warning", sangongOverBudget: "error", sangongGrowth: "warning",
  expenditureGrowth: "info", auditErrors: "error", missingReport: "info",
};

function figure(item: AttentionItem): string {
  if (item.value === null) return "—";
  if (item.kind === "sangongOverBudget") return `超 ${formatAmount(item.value)}`;
  if (item.kind === "auditErrors") return `${item.value} 处`;
  return item.kind === "executionLow" || item.kind === "executionHigh" ? formatPct(item.value) : `+${formatPct(item.value)}`;
}

/** 需关注: every flagged department with the figure that triggered it and a link to the evidence. */
export function AttentionList({ items, thresholds, basis }: { items: AttentionItem[]; thresholds: AttentionThresholds; basis: ExecutionBasis }) {
  const counts = new Map<AttentionKind, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  return (
    <section className="card attention" aria-label="需关注">
      <h2>需关注 <span className="muted">（{items.length} 项）</span></h2>
      <p className="muted attention-rules">
        规则：{rateLabel(basis, "预算执行率")}低于 {thresholds.executionLowPct}% 或高于 {thresholds.executionHighPct}%；三公超预算或比上年增长超过{" "}
        {thresholds.sangongGrowthPct}%；支出比上年增长超过 {thresholds.expenditureGrowthPct}%；审核错误；上年有报告而本年缺失。
      </p>
      <p className="attention-counts">
        {[...counts].map(([kind, n]) => (
          <span key={kind} className={`badge ${BADGE[kind]}`}>{ATTENTION_LABELS[kind]} {n}</span>
        ))}
      </p>
      {items.length === 0 ? (
        <p className="muted">本年度没有触发规则的部门。</p>
      ) : (
        <div className="attention-scroll">
          <table className="data">
            <thead>
              <tr><th>类型</th><th>部门</th><th>说明</th><th className="num">数值</th><th>依据</th></tr>
            </thead>
            <tbody>
              {items.map((item, i) => (
                <tr key={`${item.kind}-${item.departmentId}-${i}`}>
                  <td><span className={`badge ${BADGE[item.kind]}`}>{ATTENTION_LABELS[item.kind]}</span></td>
                  <td>{item.department}</td>
                  <td>{item.message}</td>
                  <td className="num">{figure(item)}</td>
                  <td><Link href={item.href}>查看</Link></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
