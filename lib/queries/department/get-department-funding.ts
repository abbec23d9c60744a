import "server-only";
import { getPrisma } from "../../db/client";
import type { Viewer } from "../../auth/viewer";
import { reportFor } from "./resolve-report";
import { sourceRef, type ReportHead, type ReportRef, type SourceRef, type Yuan } from "./types";

export interface FundingPart {
  key: string;
  label: string;
  amount: Yuan | null;
}

export interface DepartmentFunding {
  report: ReportHead;
  /** 公开03表 合计: 基本支出 vs 项目支出. */
  spending: { total: Yuan | null; parts: FundingPart[]; source: SourceRef };
  /** 公开01表 income rows by source (rows the report leaves blank stay null). */
  income: { total: Yuan | null; parts: FundingPart[]; source: SourceRef };
}

/** 基本 vs 项目 and income by source for one report. */
export async function getDepartmentFunding(viewer: Viewer, ref: ReportRef, resolved?: ReportHead | null): Promise<DepartmentFunding | null> {
  const report = await reportFor(viewer, ref, resolved);
  if (report === null) return null;
  const prisma = await getPrisma();
  const [[row], sources] = await Promise.all([
    prisma.$queryRaw<Array<{ expenditureTotal: string | null; basic: string | null; project: string | null; incomeTotal: string | null; page: number | null }>>`
      SELECT r."expenditureTotal"::text AS "expenditureTotal", r."basicExpenditure"::text AS basic,
             r."projectExpenditure"::text AS project, r."incomeTotal"::text AS "incomeTotal",
             (SELECT fl.page FROM "FunctionLine" fl WHERE fl."reportId" = r.id AND fl."table" = 'expenditure'
               ORDER BY fl.line NULLS LAST LIMIT 1) AS page
      FROM "Report" r WHERE r.id = ${report.id}`,
    prisma.$queryRaw<Array<{ key: string; label: string; amount: string | null; page: number | null }>>`
      SELECT key, label, amount::text, page FROM "IncomeSource" WHERE "reportId" = ${report.id} ORDER BY id`,
  ]);
  return {
    report,
    spending: {
      total: row?.expenditureTotal ?? null,
      parts: [
        { key: "basic", label: "基本支出", amount: row?.basic ?? null },
        { key: "project", label: "项目支出", amount: row?.project ?? null },
      ],
      source: sourceRef(report, "公开03表", row?.page ?? null),
    },
    income: {
      total: row?.incomeTotal ?? null,
      parts: sources.map((s) => ({ key: s.key, label: s.label, amount: s.amount })),
      source: sourceRef(report, "公开01表", sources.find((s) => s.page !== null)?.page ?? null),
    },
  };
}
