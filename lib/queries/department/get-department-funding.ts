import "server-only";
import { getPrisma } from "../../db/client";
import type { Viewer } from "../../auth/viewer";
import { reportFor, type ResolvedReport } from "./resolve-report";
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
export async function getDepartmentFunding(viewer: Viewer, ref: ReportRef, resolved?: ResolvedReport | null): Promise<DepartmentFunding | null> {
  const found = await reportFor(viewer, ref, resolved);
  if (found === null) return null;
  const { head: report, totals } = found;
  const prisma = await getPrisma();
  const sources = await prisma.$queryRaw<Array<{ key: string; label: string; amount: string | null; page: number | null }>>`
    SELECT key, label, amount::text, page FROM "IncomeSource" WHERE "reportId" = ${report.id} ORDER BY id`;
  return {
    report,
    spending: {
      total: totals.expenditure,
      parts: [
        { key: "basic", label: "基本支出", amount: totals.basic },
        { key: "project", label: "项目支出", amount: totals.project },
      ],
      source: sourceRef(report, "公开03表", totals.expenditurePage),
    },
    income: {
      total: totals.income,
      parts: sources.map((s) => ({ key: s.key, label: s.label, amount: s.amount })),
      source: sourceRef(report, "公开01表", sources.find((s) => s.page !== null)?.page ?? null),
    },
  };
}
