import { formatCount } from "@/lib/figures/format";
import type { FigureValue } from "@/lib/figures/figure";
import { PRIOR_STATED_SCOPE } from "@/lib/figures/department";
import type { DepartmentSummary } from "@/lib/queries/department/get-department-summary";

function Kpi({ figure }: { figure: FigureValue }) {
  const change = figure.change;
  const cls = change?.direction === "increase" ? "up" : change?.direction === "decrease" ? "down" : undefined;
  return (
    <div className="card kpi" data-figure={figure.id}>
      <div className="label">{figure.label}</div>
      <div className="value" title={figure.formula}>{figure.text}</div>
      {change === null || change.direction === null ? null : (
        <div className="delta" title={change.scope}>
          比上年 <span className={cls}>{change.text}</span> <span className="muted">{change.scope === PRIOR_STATED_SCOPE ? "说明口径" : "上年报告"}</span>
        </div>
      )}
      {figure.note === null ? null : <div className="delta muted">{figure.note}</div>}
    </div>
  );
}

/**
 * Headline figures of the selected report as lib/figures built them (GET /api/analytics/summary and the department
 * deck print the same): changes against last year's report, or the prior year the narrative states (说明口径). The
 * rate is the 预算执行率 against its named budget — never the 绩效自评 rate, which has its own section.
 */
export function KpiRow({ summary, figures }: { summary: DepartmentSummary; figures: FigureValue[] }) {
  return (
    <div className="grid kpis">
      {figures.map((f, i) => <Kpi key={`${f.id}-${i}`} figure={f} />)}
      <div className="card kpi">
        <div className="label">审核</div>
        <div className="value">
          <a href="#findings">
            <span className="badge error">错误 {formatCount(summary.counts.error)}</span>{" "}
            <span className="badge warning">警告 {formatCount(summary.counts.warning)}</span>
          </a>
        </div>
      </div>
    </div>
  );
}
