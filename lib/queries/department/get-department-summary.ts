import { getPrisma } from "../../db/client";
import type { Viewer } from "../../auth/viewer";
import { resolveReport } from "./resolve-report";
import { sourceHref, toPct, toYuan, type ReportHead, type ReportRef, type Yuan } from "./types";

export interface SummaryFigure {
  value: Yuan | null;
  /** The same figure for the prior year as this report's narrative states it. */
  prior: Yuan | null;
}

export interface FindingRow {
  id: number;
  rule: string;
  severity: "error" | "warning" | "info";
  message: string;
  expected: string | null;
  actual: string | null;
  table: string | null;
  row: string | null;
  page: number | null;
  sourceHref: string | null;
}

export interface DepartmentSummary {
  report: ReportHead;
  income: SummaryFigure;
  expenditure: SummaryFigure;
  fiscal: SummaryFigure;
  basic: Yuan | null;
  project: Yuan | null;
  sangongActual: SummaryFigure;
  sangongBudget: Yuan | null;
  operatingExpenses: SummaryFigure;
  perfRatePct: string | null;
  counts: { error: number; warning: number; info: number };
  findings: FindingRow[];
  unread: Array<{ section: string; reason: string; page: number | null; sourceHref: string | null }>;
}

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };

/** Headline figures, 审核 findings and unread sections of one report. */
export async function getDepartmentSummary(viewer: Viewer, ref: ReportRef): Promise<DepartmentSummary | null> {
  const report = await resolveReport(viewer, ref);
  if (report === null) return null;
  const prisma = await getPrisma();
  const [r, findings, unread, sangong] = await Promise.all([
    prisma.report.findUniqueOrThrow({
      where: { id: report.id },
      select: {
        incomeTotal: true, priorIncomeTotal: true, expenditureTotal: true, priorExpenditureTotal: true, fiscalTotal: true,
        priorFiscalTotal: true, basicExpenditure: true, projectExpenditure: true, priorSangongTotal: true,
        operatingExpenses: true, priorOperatingExpenses: true, perfRatePct: true,
      },
    }),
    prisma.finding.findMany({ where: { reportId: report.id }, orderBy: { id: "asc" } }),
    prisma.unreadSection.findMany({ where: { reportId: report.id }, orderBy: { id: "asc" } }),
    prisma.sangongItem.findUnique({ where: { reportId_item: { reportId: report.id, item: "total" } } }),
  ]);
  const href = (page: number | null) => (page === null ? null : sourceHref(report.id, page));
  const rows: FindingRow[] = findings
    .map((f) => ({
      id: f.id, rule: f.rule, severity: f.severity as FindingRow["severity"], message: f.message, expected: f.expected,
      actual: f.actual, table: f.tableRef, row: f.rowRef, page: f.page, sourceHref: href(f.page),
    }))
    .sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3) || a.id - b.id);
  const count = (s: string) => rows.filter((f) => f.severity === s).length;
  return {
    report,
    income: { value: toYuan(r.incomeTotal), prior: toYuan(r.priorIncomeTotal) },
    expenditure: { value: toYuan(r.expenditureTotal), prior: toYuan(r.priorExpenditureTotal) },
    fiscal: { value: toYuan(r.fiscalTotal), prior: toYuan(r.priorFiscalTotal) },
    basic: toYuan(r.basicExpenditure),
    project: toYuan(r.projectExpenditure),
    sangongActual: { value: toYuan(sangong?.actual), prior: toYuan(r.priorSangongTotal) },
    sangongBudget: toYuan(sangong?.budget),
    operatingExpenses: { value: toYuan(r.operatingExpenses), prior: toYuan(r.priorOperatingExpenses) },
    perfRatePct: toPct(r.perfRatePct),
    counts: { error: count("error"), warning: count("warning"), info: count("info") },
    findings: rows,
    unread: unread.map((u) => ({ section: u.section, reason: u.reason, page: u.page, sourceHref: href(u.page) })),
  };
}
