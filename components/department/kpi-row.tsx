import type { ReactNode } from "react";
import { formatAmount, formatChange, formatCount, formatPct, formatWan } from "@/lib/figures/format";
import { rateFormula, rateLabel } from "@/lib/figures/execution";
import type { DepartmentExecution } from "@/lib/queries/department/get-department-execution";
import type { DepartmentSummary, SummaryFigure } from "@/lib/queries/department/get-department-summary";

function Change({ figure, year }: { figure: SummaryFigure; year: number }) {
  const change = formatChange(figure.value, figure.prior);
  if (change.direction === null) return <div className="delta">上年数未列示</div>;
  const cls = change.direction === "increase" ? "up" : change.direction === "decrease" ? "down" : undefined;
  return (
    <div className="delta" title={`${year - 1} 年度 ${formatWan(figure.prior)} 万元（决算情况说明所述）`}>
      比上年 <span className={cls}>{change.delta}（{change.pct}）</span> <span className="muted">说明口径</span>
    </div>
  );
}

function Kpi({ label, value, children }: { label: string; value: string | null; children?: ReactNode }) {
  return (
    <div className="card kpi">
      <div className="label">{label}</div>
      <div className="value" title={value === null ? undefined : `${formatWan(value)} 万元`}>{formatAmount(value)}</div>
      {children}
    </div>
  );
}

/**
 * Headline figures of the selected report; changes against the prior year as the report's narrative states it. The
 * rate here is the 预算执行率 of the 一般公共预算 项 against the chosen budget — never the 绩效自评 rate, which has its
 * own name in the 绩效自评 section.
 */
export function KpiRow({ summary, execution }: { summary: DepartmentSummary; execution: DepartmentExecution | null }) {
  const year = summary.report.year;
  const rollup = execution === null ? null : execution.rollup[execution.basis];
  return (
    <div className="grid kpis">
      <Kpi label="支出合计" value={summary.expenditure.value}><Change figure={summary.expenditure} year={year} /></Kpi>
      <Kpi label="收入合计" value={summary.income.value}><Change figure={summary.income} year={year} /></Kpi>
      <Kpi label="基本支出 / 项目支出" value={summary.basic}>
        <div className="delta">项目支出 {formatAmount(summary.project)}</div>
      </Kpi>
      <Kpi label="“三公”经费决算" value={summary.sangongActual.value}>
        <div className="delta">预算 {formatAmount(summary.sangongBudget)} · <Change figure={summary.sangongActual} year={year} /></div>
      </Kpi>
      <Kpi label="机关运行经费" value={summary.operatingExpenses.value}><Change figure={summary.operatingExpenses} year={year} /></Kpi>
      <div className="card kpi">
        <div className="label">{execution === null ? "预算执行率" : rateLabel(execution.basis, "预算执行率")} · 审核</div>
        <div className="value" title={execution === null ? undefined : `${rateFormula(execution.basis)}（一般公共预算各项）`}>{formatPct(rollup?.ratePct ?? null)}</div>
        <div className="delta">
          <a href="#findings">
            <span className="badge error">错误 {formatCount(summary.counts.error)}</span>{" "}
            <span className="badge warning">警告 {formatCount(summary.counts.warning)}</span>
          </a>
        </div>
      </div>
    </div>
  );
}
