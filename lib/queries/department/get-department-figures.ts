import "server-only";
import type { Viewer } from "../../auth/viewer";
import { departmentFigures } from "../../figures/department";
import type { FigureValue } from "../../figures/figure";
import { getDepartmentExecution, type DepartmentExecution } from "./get-department-execution";
import { getDepartmentSummary, type DepartmentSummary, type SummaryFigure } from "./get-department-summary";
import { resolveReport } from "./resolve-report";
import type { ReportHead, ReportRef } from "./types";

/** The department's headline figures (lib/figures) from its summary and execution rollup; [] without a report. */
export function summaryFigures(summary: DepartmentSummary | null, execution: DepartmentExecution | null): FigureValue[] {
  if (summary === null) return [];
  const fact = (f: SummaryFigure) => ({ value: f.value, priorReport: f.priorReport, priorStated: f.prior });
  return departmentFigures({
    year: summary.report.year,
    expenditure: fact(summary.expenditure),
    income: fact(summary.income),
    basic: summary.basic,
    project: summary.project,
    sangongActual: fact(summary.sangongActual),
    sangongBudget: summary.sangongBudget,
    operatingExpenses: fact(summary.operatingExpenses),
    execution: execution === null ? null : { basis: execution.basis, ratePct: execution.rollup[execution.basis].ratePct },
  });
}
export interface DepartmentFigures {
  report: ReportHead;
  figures: FigureValue[];
}

/** GET /api/analytics/summary: the department page's headline figures for one report (same builder as its tiles). */
export async function getDepartmentFigures(viewer: Viewer, ref: ReportRef, basis?: string | null): Promise<DepartmentFigures | null> {
  const resolved = await resolveReport(viewer, ref);
  if (resolved === null) return null;
  const [summary, execution] = await Promise.all([getDepartmentSummary(viewer, ref, resolved), getDepartmentExecution(viewer, ref, resolved, basis)]);
  return summary === null ? null : { report: resolved.head, figures: summaryFigures(summary, execution) };
}
