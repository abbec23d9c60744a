import { getPrisma } from "../../db/client";
import type { Viewer } from "../../auth/viewer";
import { sumAmounts } from "../../money";
import type { ExecutionDto } from "../../charts/dto";
import type { FunctionLevel } from "../../parsers/contract";
import { reportFor } from "./resolve-report";
import { sourceRef, toPct, type ReportHead, type ReportRef, type SourceRef, type Yuan } from "./types";

export interface ExecutionLine {
  code: string;
  name: string;
  level: FunctionLevel;
  /** 年初预算 as the narrative states it (for a 类: the sum of its 项 when every 项 states one). */
  budgetInitial: Yuan | null;
  /** 调整预算 / 全年预算 where the report gives it. */
  budgetFull: Yuan | null;
  /** 决算 (公开05表 合计). */
  actual: Yuan | null;
  /** The completion rate as printed in the narrative, when it prints one. */
  statedRatePct: string | null;
  reason: string | null;
  page: number | null;
  budgetPage: number | null;
}

export interface DepartmentExecution {
  report: ReportHead;
  items: ExecutionLine[];
  classes: ExecutionLine[];
  total: { budgetInitial: Yuan | null; actual: Yuan | null };
  /** Chart DTOs: per 项 and per 类, 决算 against 年初预算. */
  itemChart: ExecutionDto;
  classChart: ExecutionDto;
  source: SourceRef;
  budgetSource: SourceRef;
}

interface GpbRow {
  code: string;
  name: string;
  level: string;
  total: string | null;
  budgetInitial: string | null;
  budgetFull: string | null;
  statedRatePct: string | null;
  reason: string | null;
  page: number | null;
  budgetPage: number | null;
}

const chartOf = (lines: ExecutionLine[]): ExecutionDto => ({
  rows: lines.map((l) => ({ code: l.code, name: l.name, budget: l.budgetInitial, actual: l.actual, ratePct: l.statedRatePct })),
});

/** 执行率 for one report: 公开05表 决算 per 项 and 类 against the 年初预算 (and 全年预算) the narrative states, with reasons. */
export async function getDepartmentExecution(viewer: Viewer, ref: ReportRef, resolved?: ReportHead | null): Promise<DepartmentExecution | null> {
  const report = await reportFor(viewer, ref, resolved);
  if (report === null) return null;
  const prisma = await getPrisma();
  const [lines, [totals]] = await Promise.all([
    prisma.$queryRaw<GpbRow[]>`
      SELECT code, name, level, total::text, "budgetInitial"::text AS "budgetInitial", "budgetFull"::text AS "budgetFull",
             "statedRatePct"::text AS "statedRatePct", reason, page, "budgetPage"
      FROM "FunctionLine" WHERE "reportId" = ${report.id} AND "table" = 'gpb' ORDER BY line NULLS LAST, code`,
    prisma.$queryRaw<Array<{ budgetInitial: string | null; actual: string | null }>>`
      SELECT "gpbBudgetInitialTotal"::text AS "budgetInitial", "fiscalGeneralBudget"::text AS actual FROM "Report" WHERE id = ${report.id}`,
  ]);
  const toLine = (l: GpbRow): ExecutionLine => ({
    code: l.code, name: l.name, level: l.level as FunctionLevel, budgetInitial: l.budgetInitial, budgetFull: l.budgetFull,
    actual: l.total, statedRatePct: toPct(l.statedRatePct), reason: l.reason, page: l.page, budgetPage: l.budgetPage,
  });
  const items = lines.filter((l) => l.level === "项").map(toLine);
  const classes = lines.filter((l) => l.level === "类").map((l) => {
    const line = toLine(l);
    const children = items.filter((i) => i.code.startsWith(l.code));
    const complete = children.length > 0 && children.every((c) => c.budgetInitial !== null);
    const summed = complete ? sumAmounts(children.map((c) => c.budgetInitial))?.toFixed(2) ?? null : null;
    return { ...line, budgetInitial: line.budgetInitial ?? summed };
  });
  const budgetPage = items.find((i) => i.budgetPage !== null)?.budgetPage ?? null;
  return {
    report,
    items,
    classes,
    total: { budgetInitial: totals?.budgetInitial ?? null, actual: totals?.actual ?? null },
    itemChart: chartOf(items),
    classChart: chartOf(classes),
    source: sourceRef(report, "公开05表", lines[0]?.page ?? null),
    budgetSource: sourceRef(report, "决算情况说明", budgetPage),
  };
}
