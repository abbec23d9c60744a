import type { ReactNode } from "react";
import { groupFindings, type GroupableFinding, type RoundingGroup } from "@/lib/validation/group-findings";
import { ruleText } from "@/lib/validation/rule-text";

export interface ViewableFinding extends GroupableFinding {
  message: string;
}

interface Props<T extends ViewableFinding> {
  findings: ReadonlyArray<T>;
  /** Links after a finding (its figures on the page, its source page); none when omitted. */
  links?: (finding: T) => ReactNode;
  keyOf: (finding: T, index: number) => string | number;
}

function Item<T extends ViewableFinding>({ f, links }: { f: T; links?: (finding: T) => ReactNode }) {
  const text = ruleText(f.rule);
  return (
    <li>
      <strong>{text.title}</strong>：{f.message}
      {links ? <> {links(f)}</> : null}
      <details className="rule-details">
        <summary>详情</summary>
        <span className="muted">
          {text.explain} 规则 <code className="rule">{f.rule}</code>
        </span>
      </details>
    </li>
  );
}

function List<T extends ViewableFinding>({ items, links, keyOf }: { items: ReadonlyArray<T>; links?: (finding: T) => ReactNode; keyOf: Props<T>["keyOf"] }) {
  return <ul>{items.map((f, i) => <Item key={keyOf(f, i)} f={f} links={links} />)}</ul>;
}

function Tails<T extends ViewableFinding>({ group, label, unit, props }: { group: RoundingGroup<T> | null; label: string; unit: string; props: Props<T> }) {
  if (group === null) return null;
  return (
    <details className="findings-group">
      <summary>
        <span className="badge info">{label}</span> {group.items.length} 处，均在 {group.max} {unit}以内
        <span className="muted">（印刷数字四舍五入所致，不是错误）</span>
      </summary>
      <List items={group.items} links={props.links} keyOf={props.keyOf} />
    </details>
  );
}

/**
 * A report's 审核 findings in plain language: 错误 and 警告 one by one under each rule's Chinese title, rounding tails
 * as one line per kind ("尾差 23 处，均在 0.02 万元以内"), checks that could not run and other notes folded; the rule id
 * and the one-line explanation behind 详情. Text is rendered as text (React escapes it), never as HTML.
 */
export function FindingsView<T extends ViewableFinding>(props: Props<T>) {
  const { findings, links, keyOf } = props;
  if (findings.length === 0) return <p className="muted">审核未发现问题。</p>;
  const g = groupFindings(findings);
  return (
    <div className="findings">
      {g.errors.length > 0 ? (
        <section className="findings-group" aria-label="错误">
          <h3><span className="badge error">错误</span> {g.errors.length} 条 <span className="muted">所印数字相互矛盾，超出取整误差</span></h3>
          <List items={g.errors} links={links} keyOf={keyOf} />
        </section>
      ) : (
        <p className="muted">没有错误：所印数字之间的勾稽关系均在取整误差以内。</p>
      )}
      {g.warnings.length > 0 ? (
        <section className="findings-group" aria-label="警告">
          <h3><span className="badge warning">警告</span> {g.warnings.length} 条 <span className="muted">措辞或分母可能有误</span></h3>
          <List items={g.warnings} links={links} keyOf={keyOf} />
        </section>
      ) : null}
      <Tails group={g.amountTails} label="尾差" unit="万元" props={props} />
      <Tails group={g.pctTails} label="百分比尾差" unit="个百分点" props={props} />
      {g.notes.length > 0 ? (
        <details className="findings-group">
          <summary><span className="badge info">提示</span> {g.notes.length} 条</summary>
          <List items={g.notes} links={links} keyOf={keyOf} />
        </details>
      ) : null}
      {g.notRun.length > 0 ? (
        <details className="findings-group">
          <summary><span className="badge">未能核对</span> {g.notRun.length} 项 <span className="muted">（缺少所需的表或数字）</span></summary>
          <List items={g.notRun} links={links} keyOf={keyOf} />
        </details>
      ) : null}
    </div>
  );
}
