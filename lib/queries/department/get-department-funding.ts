import { getPrisma } from "../../db/client";
import type { Viewer } from "../../auth/viewer";
import { resolveReport } from "./resolve-report";
import { sourceRef, toYuan, type ReportHead, type ReportRef, type SourceRef, type Yuan } from "./types";

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
export async function getDepartmentFunding(viewer: Viewer, ref: ReportRef): Promise<DepartmentFunding | null> {
  const report = await resolveReport(viewer, ref);
  if (report === null) return null;
  const prisma = await getPrisma();
  const [row, sources, firstLine] = await Promise.all([
    prisma.report.findUniqueOrThrow({
      where: { id: report.id },
      select: { expenditureTotal: true, basicExpenditure: true, projectExpenditure: true, incomeTotal: true },
    }),
    prisma.incomeSource.findMany({ where: { reportId: report.id }, orderBy: { id: "asc" } }),
    prisma.functionLine.findFirst({ where: { reportId: report.id, table: "expenditure" }, orderBy: { line: "asc" }, select: { page: true } }),
  ]);
  return {
    report,
    spending: {
      total: toYuan(row.expenditureTotal),
      parts: [
        { key: "basic", label: "基本支出", amount: toYuan(row.basicExpenditure) },
        { key: "project", label: "项目支出", amount: toYuan(row.projectExpenditure) },
      ],
      source: sourceRef(report, "公开03表", firstLine?.page ?? null),
    },
    income: {
      total: toYuan(row.incomeTotal),
      parts: sources.map((s) => ({ key: s.key, label: s.label, amount: toYuan(s.amount) })),
      source: sourceRef(report, "公开01表", sources.find((s) => s.page !== null)?.page ?? null),
    },
  };
}
