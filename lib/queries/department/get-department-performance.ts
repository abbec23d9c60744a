import "server-only";
import { getPrisma } from "../../db/client";
import type { Viewer } from "../../auth/viewer";
import type { PerformanceDto } from "../../charts/dto";
import { reportFor, type ResolvedReport } from "./resolve-report";
import { sourceRef, toPct, type ReportHead, type ReportRef, type SourceRef, type Yuan } from "./types";

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

interface PerformanceRow {
  budget: string | null;
  actual: string | null;
  ratePct: string | null;
  score: string | null;
  projects: PerformanceProjectDetail[] | null;
}

/** 绩效自评 of one report: the whole-department rate and every project with its indicators. */
export async function getDepartmentPerformance(viewer: Viewer, ref: ReportRef, resolved?: ResolvedReport | null): Promise<DepartmentPerformance | null> {
  const report = (await reportFor(viewer, ref, resolved))?.head ?? null;
  if (report === null) return null;
  const prisma = await getPrisma();
  const [row] = await prisma.$queryRaw<PerformanceRow[]>`
    SELECT r."perfBudget"::text AS budget, r."perfActual"::text AS actual, r."perfRatePct"::text AS "ratePct", r."perfScore" AS score,
      (SELECT json_agg(json_build_object('name', p.name, 'budget', p.budget::text, 'actual', p.actual::text,
          'ratePct', p."ratePct"::text, 'score', p.score, 'page', p.page,
          'indicators', COALESCE((SELECT json_agg(json_build_object('level1', i.level1, 'level2', i.level2, 'name', i.name,
              'target', i.target, 'actual', i.actual) ORDER BY i.id) FROM "PerformanceIndicator" i WHERE i."projectId" = p.id), '[]'::json))
          ORDER BY p.id)
        FROM "PerformanceProject" p WHERE p."reportId" = r.id) AS projects
    FROM "Report" r WHERE r.id = ${report.id}`;
  const details: PerformanceProjectDetail[] = (row?.projects ?? []).map((p) => ({ ...p, ratePct: toPct(p.ratePct) }));
  return {
    report,
    overall: { budget: row?.budget ?? null, actual: row?.actual ?? null, ratePct: toPct(row?.ratePct), score: row?.score ?? null },
    projects: details,
    chart: { projects: details.map((p) => ({ name: p.name, budget: p.budget, actual: p.actual, ratePct: p.ratePct })) },
    source: sourceRef(report, "绩效自评表", details.find((p) => p.page !== null)?.page ?? null),
  };
}
