import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { getPrisma } from "../../db/client";
import { canSeeDepartment, type Viewer } from "../../auth/viewer";
import { currentReportsSql } from "../scope-sql";
import type { ReportHead, ReportRef, Yuan } from "./types";

/**
 * Figures of the report row itself that the department's sections print beside its lines (公开01/03/05/06表 totals),
 * read in the head's statement: a section then runs only the statement for its own lines.
 */
export interface ReportTotals {
  income: Yuan | null;
  expenditure: Yuan | null;
  basic: Yuan | null;
  project: Yuan | null;
  personnel: Yuan | null;
  publicUse: Yuan | null;
  gpbBudgetInitial: Yuan | null;
  gpbBudgetFull: Yuan | null;
  fiscalGeneral: Yuan | null;
  /** The page of the first expenditure (公开03表) line. */
  expenditurePage: number | null;
}

/** A report a view reads: its head and its own totals. */
export interface ResolvedReport {
  head: ReportHead;
  totals: ReportTotals;
}

interface HeadRow extends ReportTotals {
  id: number;
  departmentId: number;
  department: string;
  year: number;
  scope: string;
  version: number;
  currentKey: string | null;
  isDemo: boolean;
  fileName: string;
  importedAt: Date;
}

/**
 * A department can publish several current reports for one year (汇总 / 本级 / 单位); the views show the department
 * as a whole, so the consolidated one wins.
 */
export function scopeOrderSql(alias: string): Prisma.Sql {
  return Prisma.sql`CASE ${Prisma.raw(`"${alias}"`)}.scope WHEN '汇总' THEN 0 WHEN '本级' THEN 1 ELSE 2 END`;
}

export const SCOPE_ORDER_SQL = scopeOrderSql("r");

function scopeOnly(viewer: Viewer): Prisma.Sql {
  if (viewer.departmentIds === null) return Prisma.sql`TRUE`;
  if (viewer.departmentIds.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`r."departmentId" IN (${Prisma.join(viewer.departmentIds)})`;
}

/**
 * The report a department view reads, within the viewer's scope: the current version for department × year, or the
 * version `reportId` names when it belongs to that department and year. null when there is none the viewer may see.
 */
export async function resolveReport(viewer: Viewer, ref: ReportRef): Promise<ResolvedReport | null> {
  const prisma = await getPrisma();
  const which = ref.reportId === undefined || ref.reportId === null
    ? currentReportsSql(viewer, "r")
    : Prisma.sql`r.id = ${ref.reportId} AND ${scopeOnly(viewer)}`;
  const rows = await prisma.$queryRaw<HeadRow[]>`
    SELECT r.id, r."departmentId", d.name AS department, r.year, r.scope, r.version, r."currentKey", r."isDemo",
           s."fileName", r."importedAt",
           r."incomeTotal"::text AS income, r."expenditureTotal"::text AS expenditure, r."basicExpenditure"::text AS basic,
           r."projectExpenditure"::text AS project, r."personnelExpenses"::text AS personnel,
           r."publicUseExpenses"::text AS "publicUse", r."gpbBudgetInitialTotal"::text AS "gpbBudgetInitial",
           r."gpbBudgetFullTotal"::text AS "gpbBudgetFull", r."fiscalGeneralBudget"::text AS "fiscalGeneral",
           (SELECT fl.page FROM "FunctionLine" fl WHERE fl."reportId" = r.id AND fl."table" = 'expenditure'
             ORDER BY fl.line NULLS LAST LIMIT 1) AS "expenditurePage"
    FROM "Report" r
    JOIN "Department" d ON d.id = r."departmentId"
    JOIN "SourceDocument" s ON s.id = r."sourceDocumentId"
    WHERE r."departmentId" = ${ref.departmentId} AND r.year = ${ref.year} AND ${which}
    ORDER BY ${SCOPE_ORDER_SQL}
    LIMIT 1`;
  const row = rows[0];
  if (row === undefined) return null;
  return {
    head: {
      id: row.id, departmentId: row.departmentId, department: row.department, year: row.year, scope: row.scope,
      version: row.version, isCurrent: row.currentKey !== null, isDemo: row.isDemo, fileName: row.fileName,
      importedAt: row.importedAt.toISOString(),
    },
    totals: {
      income: row.income, expenditure: row.expenditure, basic: row.basic, project: row.project, personnel: row.personnel,
      publicUse: row.publicUse, gpbBudgetInitial: row.gpbBudgetInitial, gpbBudgetFull: row.gpbBudgetFull,
      fiscalGeneral: row.fiscalGeneral, expenditurePage: row.expenditurePage,
    },
  };
}

/** The department's current reports, one per year (consolidated scope first), oldest year first. */
export async function currentReportIds(viewer: Viewer, departmentId: number): Promise<Array<{ id: number; year: number }>> {
  const prisma = await getPrisma();
  return prisma.$queryRaw<Array<{ id: number; year: number }>>`
    SELECT DISTINCT ON (r.year) r.id, r.year
    FROM "Report" r
    WHERE r."departmentId" = ${departmentId} AND ${currentReportsSql(viewer, "r")}
    ORDER BY r.year, ${SCOPE_ORDER_SQL}`;
}

/**
 * `resolved` when it is the report `ref` names and the viewer may see it (getDepartmentView resolves once for all its
 * queries), otherwise a fresh resolveReport.
 */
export async function reportFor(viewer: Viewer, ref: ReportRef, resolved?: ResolvedReport | null): Promise<ResolvedReport | null> {
  return resolved != null && names(viewer, ref, resolved.head) ? resolved : resolveReport(viewer, ref);
}

function names(viewer: Viewer, ref: ReportRef, head: ReportHead): boolean {
  return head.departmentId === ref.departmentId && head.year === ref.year && canSeeDepartment(viewer, head.departmentId)
    && (ref.reportId === undefined || ref.reportId === null ? head.isCurrent : head.id === ref.reportId);
}
