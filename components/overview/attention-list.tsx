import { AppLink } from "@/components/layout/app-link";
import { SourceLink } from "@/components/evidence/source-link";
import { formatCount } from "@/lib/figures/format";
import {
  ATTENTION_LABELS,
  SEVERITY_LABELS,
  countByKind,
  type AttentionItem,
  type AttentionKind,
  type AttentionSeverity,
} from "@/lib/queries/overview/attention";
import type { AttentionThresholds } from "@/lib/settings/attention";
import { rateLabel, type ExecutionBasis } from "@/lib/figures/execution";

const SEVERITY_BADGE: Record<AttentionSeverity, string> = { high: "error", medium: "warning", low: "info" };
const KINDS = Object.keys(ATTENTION_LABELS) as AttentionKind[];

/** One page of the 需关注 list: the items of `?attention=KIND` (whitelisted), and of them page `?apage=N`. */
export interface AttentionPage {
  kind: AttentionKind | null;
  page: number;
  pages: number;
  /** How many items the kind filter keeps (all pages). */
  shown: number;
  rows: AttentionItem[];
}

/**
 * The page of `items` the URL asks for, cut before the evidence is read: the overview reads the proving pages of the
 * rows it shows, not of every item (1,468 reports at 10,000 departments).
 */
export function attentionPage(items: ReadonlyArray<AttentionItem>, params: Record<string, string | string[] | undefined>, pageSize: number): AttentionPage {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const kind = KINDS.find((k) => k === first(params.attention)) ?? null;
  const asked = Number(first(params.apage));
  const shown = kind === null ? items : items.filter((i) => i.kind === kind);
  const pages = Math.max(1, Math.ceil(shown.length / pageSize));
  const page = Math.min(Number.isInteger(asked) && asked > 0 ? asked : 1, pages);
  return { kind, page, pages, shown: shown.length, rows: shown.slice((page - 1) * pageSize, page * pageSize) };
}

function rules(t: AttentionThresholds, basis: ExecutionBasis): string {
  return [
    `审核错误（所印数字相互矛盾）`,
    `三公经费决算超预算 ${t.sangongOverBudgetMinWan} 万元以上`,
    `${rateLabel(basis, "预算执行率")}低于 ${t.executionLowPct}% 或高于 ${t.executionHighPct}%（预算 ${t.executionMinBudgetWan} 万元以上）`,
    `三公经费比上年增长 ${t.sangongGrowthPct}% 以上且增加 ${t.sangongGrowthMinWan} 万元以上（并不少于部门支出的 ${t.sangongGrowthPerMille}‰）`,
    `支出比上年增长 ${t.expenditureGrowthPct}% 以上且增加 ${t.expenditureGrowthMinWan} 万元以上`,
    `上年有报告而本年缺失`,
  ].join("；");
}

/**
 * 需关注: every material item, most severe and largest first, one sentence each with its evidence; the count chips
 * filter the list (`?attention=`), and the list pages (`?apage=`) instead of scrolling inside a box. `items` gives the
 * counts; `view` is the page shown (attentionPage), its rows with their evidence.
 */
export function AttentionList({ items, view, thresholds, basis, params }: {
  items: ReadonlyArray<AttentionItem>;
  view: AttentionPage;
  thresholds: AttentionThresholds;
  basis: ExecutionBasis;
  params: Record<string, string | string[] | undefined>;
}) {
  const { kind, page, pages, rows } = view;
  const href = (next: { kind?: AttentionKind | null; page?: number }) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      const v = Array.isArray(value) ? value[0] : value;
      if (v !== undefined && key !== "attention" && key !== "apage") query.set(key, v);
    }
    const k = next.kind === undefined ? kind : next.kind;
    if (k !== null) query.set("attention", k);
    if (next.page !== undefined && next.page > 1) query.set("apage", String(next.page));
    const text = query.toString();
    return `${text === "" ? "/" : `?${text}`}#attention`;
  };
  return (
    <section className="card attention" id="attention" aria-label="需关注">
      <h2>需关注 <span className="muted">（{items.length} 项，按严重程度和涉及金额排序）</span></h2>
      <nav className="attention-counts" aria-label="按类型筛选">
        <AppLink className={`chip${kind === null ? " active" : ""}`} href={href({ kind: null })} aria-current={kind === null ? "true" : undefined}>
          全部 {items.length}
        </AppLink>
        {countByKind(items).map((c) => (
          <AppLink key={c.kind} className={`chip${kind === c.kind ? " active" : ""}`} href={href({ kind: c.kind })} aria-current={kind === c.kind ? "true" : undefined}>
            {ATTENTION_LABELS[c.kind]} {c.count}
          </AppLink>
        ))}
      </nav>
      {view.shown === 0 ? (
        <p className="muted">{items.length === 0 ? "本年度没有达到关注标准的事项。" : "该类型没有事项。"}</p>
      ) : (
        <ol className="attention-items" start={(page - 1) * thresholds.pageSize + 1}>
          {rows.map((item, i) => (
            <li key={`${item.kind}-${item.departmentId}-${i}`}>
              <span className={`badge ${SEVERITY_BADGE[item.severity]}`} title={`严重程度 ${item.score}`}>{SEVERITY_LABELS[item.severity]}</span>{" "}
              <span className="attention-kind">{ATTENTION_LABELS[item.kind]}</span>{" "}
              <strong>{item.department}</strong>：{item.message}{" "}
              <span className="attention-links">
                <AppLink href={item.href}>查看</AppLink>
                {item.evidence === null ? null : (
                  <>{" · "}<SourceLink reportId={item.evidence.reportId} page={item.evidence.page} finding={item.evidence.finding} /></>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
      {pages > 1 ? (
        <nav className="pager" aria-label="需关注分页">
          <span className="muted">第 {formatCount((page - 1) * thresholds.pageSize + 1)}–{formatCount((page - 1) * thresholds.pageSize + rows.length)} 项，共 {formatCount(view.shown)} 项 · 第 {page} / {pages} 页</span>
          {page > 1 ? <AppLink className="button" href={href({ page: page - 1 })}>上一页</AppLink> : null}
          {page < pages ? <AppLink className="button" href={href({ page: page + 1 })}>下一页</AppLink> : null}
        </nav>
      ) : null}
      <details className="attention-rules">
        <summary className="muted">关注标准</summary>
        <p className="muted">{rules(thresholds, basis)}。严重程度：审核错误、三公超预算 {thresholds.sangongOverBudgetHighPct}% 以上、执行率偏离 100% 超过上下限两倍为“高”；同级按涉及金额从大到小。标准可由管理员在“设置”中调整。</p>
      </details>
    </section>
  );
}
