import { formatCount } from "@/lib/figures/format";
import type { FigureValue } from "@/lib/figures/figure";
import { KpiTile } from "@/components/overview/kpi-tile";
import type { DepartmentSummary } from "@/lib/queries/department/get-department-summary";

/**
 * Headline figures of the selected report as lib/figures built them (GET /api/analytics/summary and the department
 * deck print the same): changes against last year's report, or the prior year the narrative states (说明口径). The
 * rate is the 预算执行率 against its named budget — never the 绩效自评 rate, which has its own section.
 */
export function KpiRow({ summary, figures }: { summary: DepartmentSummary; figures: FigureValue[] }) {
  return (
    <div className="grid kpis">
      {figures.map((f, i) => <KpiTile key={`${f.id}-${i}`} figure={f} quietWithoutChange />)}
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
