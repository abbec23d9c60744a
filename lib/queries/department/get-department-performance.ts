import { getPrisma } from "../../db/client";
import type { Viewer } from "../../auth/viewer";
import type { PerformanceDto } from "../../charts/dto";
import { resolveReport } from "./resolve-report";
import { sourceRef, toPct, toYuan, type ReportHead, type ReportRef, type SourceRef, type Yuan } from "./types";

export interface PerformanceIndicatorRow {
  level1: string | null;
  level2: string | null;
  name: string;
  target: string | null;
  actual: string | null;
}

export interface PerformanceProjectDetail {
  name: string;
  budget: Yuan | null;
  actual: Yuan | null;
  ratePct: string | null;
  score: string | null;
  page: number | null;
  indicators: PerformanceIndicatorRow[];
}

export interface DepartmentPerformance {
  report: ReportHead;
  overall: { budget: Yuan | null; actual: Yuan | null; ratePct: string | null; score: string | null };
  projects: PerformanceProjectDetail[];
  chart: PerformanceDto;
  source: SourceRef;
}

/** 绩效自评 of one report: the whole-department rate and every project with its indicators. */
export async function getDepartmentPerformance(viewer: Viewer, ref: ReportRef): Promise<DepartmentPerformance | null> {
  const report = await resolveReport(viewer, ref);
  if (report === null) return null;
  const prisma = await getPrisma();
  const [row, projects] = await Promise.all([
    prisma.report.findUniqueOrThrow({ where: { id: report.id }, select: { perfBudget: true, perfActual: true, perfRatePct: true, perfScore: true } }),
    prisma.performanceProject.findMany({
      where: { reportId: report.id },
      orderBy: { id: "asc" },
      include: { indicators: { orderBy: { id: "asc" } } },
    }),
  ]);
  const details: PerformanceProjectDetail[] = projects.map((p) => ({
    name: p.name, budget: toYuan(p.budget), actual: toYuan(p.actual), ratePct: toPct(p.ratePct), score: p.score, page: p.page,
    indicators: p.indicators.map((i) => ({ level1: i.level1, level2: i.level2, name: i.name, target: i.target, actual: i.actual })),
  }));
  return {
    report,
    overall: { budget: toYuan(row.perfBudget), actual: toYuan(row.perfActual), ratePct: toPct(row.perfRatePct), score: row.perfScore },
    projects: details,
    chart: { projects: details.map((p) => ({ name: p.name, budget: p.budget, actual: p.actual, ratePct: p.ratePct })) },
    source: sourceRef(report, "绩效自评表", details.find((p) => p.page !== null)?.page ?? null),
  };
}
