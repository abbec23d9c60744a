import "server-only";
import { getPrisma } from "../../db/client";
import type { Viewer } from "../../auth/viewer";
import { currentReportsSql } from "../scope-sql";
import { reportFor, scopeOrderSql, type ResolvedReport } from "./resolve-report";
import { sourceHref, toPct, type ReportHead, type ReportRef, type Yuan } from "./types";

export interface SummaryFigure {
  value: Yuan | null;
  /** The same figure for the prior year as this report's narrative states it. */
  prior: Yuan | null;
  /** The same figure in the department's prior-year report (current version), when it is imported. */
  priorReport: Yuan | null;
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

type Text = string | null;

interface FiguresRow {
  incomeTotal: Text; priorIncomeTotal: Text; expenditureTotal: Text; priorExpenditureTotal: Text; fiscalTotal: Text;
  priorFiscalTotal: Text; basicExpenditure: Text; projectExpenditure: Text; priorSangongTotal: Text;
  operatingExpenses: Text; priorOperatingExpenses: Text; perfRatePct: Text; sangongActual: Text; sangongBudget: Text;
  pIncome: Text; pExpenditure: Text; pFiscal: Text; pSangong: Text; pOperating: Text;
  findings: Array<{ id: number; rule: string; severity: string; message: string; expected: Text; actual: Text; tableRef: Text; rowRef: Text; page: number | null }> | null;
  unread: Array<{ section: string; reason: string; page: number | null }> | null;
}

/** Headline figures, 审核 findings and unread sections of one report (one statement after the report is resolved). */
export async function getDepartmentSummary(viewer: Viewer, ref: ReportRef, resolved?: ResolvedReport | null): Promise<DepartmentSummary | null> {
  const report = (await reportFor(viewer, ref, resolved))?.head ?? null;
  if (report === null) return null;
  const prisma = await getPrisma();
  const [r] = await prisma.$queryRaw<FiguresRow[]>`
    SELECT r."incomeTotal"::text, r."priorIncomeTotal"::text, r."expenditureTotal"::text, r."priorExpenditureTotal"::text,
      r."fiscalTotal"::text, r."priorFiscalTotal"::text, r."basicExpenditure"::text, r."projectExpenditure"::text,
      r."priorSangongTotal"::text, r."operatingExpenses"::text, r."priorOperatingExpenses"::text, r."perfRatePct"::text,
      r."sangongActual"::text AS "sangongActual", r."sangongBudget"::text AS "sangongBudget",
      p."incomeTotal"::text AS "pIncome", p."expenditureTotal"::text AS "pExpenditure", p."fiscalTotal"::text AS "pFiscal",
      p."sangongActual"::text AS "pSangong", p."operatingExpenses"::text AS "pOperating",
      (SELECT json_agg(json_build_object('id', f.id, 'rule', f.rule, 'severity', f.severity, 'message', f.message,
          'expected', f.expected, 'actual', f.actual, 'tableRef', f."tableRef", 'rowRef', f."rowRef", 'page', f.page) ORDER BY f.id)
         FROM "Finding" f WHERE f."reportId" = r.id) AS findings,
      (SELECT json_agg(json_build_object('section', u.section, 'reason', u.reason, 'page', u.page) ORDER BY u.id)
         FROM "UnreadSection" u WHERE u."reportId" = r.id) AS unread
    FROM "Report" r
    LEFT JOIN LATERAL (
      -- Last year's reports of the department and of those merged into it (机构改革), as the cross views count them:
      -- a change on the prior year compares like with like. One report per department, the consolidated one first.
      SELECT SUM(q."incomeTotal") AS "incomeTotal", SUM(q."expenditureTotal") AS "expenditureTotal", SUM(q."fiscalTotal") AS "fiscalTotal",
             SUM(q."sangongActual") AS "sangongActual", SUM(q."operatingExpenses") AS "operatingExpenses"
      FROM (
        SELECT DISTINCT ON (q."departmentId") q.* FROM "Report" q JOIN "Department" e ON e.id = q."departmentId"
        WHERE (e.id = r."departmentId" OR e."mergedIntoId" = r."departmentId") AND q.year = r.year - 1 AND ${currentReportsSql(viewer, "q")}
        ORDER BY q."departmentId", ${scopeOrderSql("q")}
      ) q
    ) p ON TRUE
    WHERE r.id = ${report.id}`;
  if (r === undefined) return null;
  const href = (page: number | null) => (page === null ? null : sourceHref(report.id, page));
  const rows: FindingRow[] = (r.findings ?? [])
    .map((f) => ({
      id: f.id, rule: f.rule, severity: f.severity as FindingRow["severity"], message: f.message, expected: f.expected,
      actual: f.actual, table: f.tableRef, row: f.rowRef, page: f.page, sourceHref: href(f.page),
    }))
    .sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3) || a.id - b.id);
  const count = (s: string) => rows.filter((f) => f.severity === s).length;
  return {
    report,
    income: { value: r.incomeTotal, prior: r.priorIncomeTotal, priorReport: r.pIncome },
    expenditure: { value: r.expenditureTotal, prior: r.priorExpenditureTotal, priorReport: r.pExpenditure },
    fiscal: { value: r.fiscalTotal, prior: r.priorFiscalTotal, priorReport: r.pFiscal },
    basic: r.basicExpenditure,
    project: r.projectExpenditure,
    sangongActual: { value: r.sangongActual, prior: r.priorSangongTotal, priorReport: r.pSangong },
    sangongBudget: r.sangongBudget,
    operatingExpenses: { value: r.operatingExpenses, prior: r.priorOperatingExpenses, priorReport: r.pOperating },
    perfRatePct: toPct(r.perfRatePct),
    counts: { error: count("error"), warning: count("warning"), info: count("info") },
    findings: rows,
    unread: (r.unread ?? []).map((u) => ({ section: u.section, reason: u.reason, page: u.page, sourceHref: href(u.page) })),
  };
}
