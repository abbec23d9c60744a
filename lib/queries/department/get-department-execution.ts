import "server-only";
import { getPrisma } from "../../db/client";
import type { Viewer } from "../../auth/viewer";
import { sumAmounts } from "../../money";
import type { ExecutionDto } from "../../charts/dto";
import type { FunctionLevel } from "../../parsers/contract";
import {
  basisCoverage,
  chooseBasis,
  executionRatePct,
  executionRates,
  executionSides,
  type ExecutionBasis,
  type ExecutionSides,
} from "../../figures/execution";
import { reportFor, type ResolvedReport } from "./resolve-report";
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
  /** The completion rate as printed in the narrative, when it prints one, and the budget it names. */
  statedRatePct: string | null;
  statedRateBasis: ExecutionBasis | null;
  /** 决算 ÷ each budget, exact (null when that budget is absent or 0). */
  rates: Record<ExecutionBasis, string | null>;
  reason: string | null;
  page: number | null;
  /** The row's line on its page (公开05表), for the evidence link. */
  line: number | null;
  budgetPage: number | null;
}

export interface DepartmentExecution {
  report: ReportHead;
  items: ExecutionLine[];
  classes: ExecutionLine[];
  total: { budgetInitial: Yuan | null; budgetFull: Yuan | null; actual: Yuan | null };
  /** The budget the charts compare against: `?basis=`, else the one more 项 state (ties → 年初预算). */
  basis: ExecutionBasis;
  /** 项 with a rate against each budget. */
  coverage: Record<ExecutionBasis, number>;
  /** The report's rate against each budget: Σ 决算 ÷ Σ budget of the 项 stating it (as the cross-department views). */
  rollup: Record<ExecutionBasis, ExecutionSides & { ratePct: string | null }>;
  /** Chart DTOs: per 项 and per 类, 决算 against the `basis` budget. */
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
  statedRateBasis: string | null;
  reason: string | null;
  page: number | null;
  /** The row's line on its page (公开05表), for the evidence link. */
  line: number | null;
  budgetPage: number | null;
}

/** Names of the 款 and 类 above a code (nearest first), from the report's own lines. */
const parentsOf = (code: string, names: ReadonlyMap<string, string>): string[] =>
  [5, 3].filter((size) => code.length > size).flatMap((size) => names.get(code.slice(0, size)) ?? []);

/** The printed rate where it names this budget, else the exact 决算 ÷ budget. */
const chartOf = (lines: ExecutionLine[], basis: ExecutionBasis, names: ReadonlyMap<string, string>): ExecutionDto => ({
  basis,
  rows: lines.map((l) => ({
    code: l.code,
    name: l.name,
    parents: parentsOf(l.code, names),
    budget: basis === "initial" ? l.budgetInitial : l.budgetFull,
    actual: l.actual,
    ratePct: l.statedRateBasis === basis ? l.statedRatePct : l.rates[basis],
  })),
});

const sumIfComplete = (children: ExecutionLine[], pick: (l: ExecutionLine) => string | null): string | null =>
  children.length > 0 && children.every((c) => pick(c) !== null) ? (sumAmounts(children.map(pick))?.toFixed(2) ?? null) : null;

/**
 * 执行率 for one report: 公开05表 决算 per 项 and 类 against the 年初预算 and the 全年预算 (narrative or table), with
 * reasons; `basis` (`?basis=initial|full`) picks the one the charts draw.
 */
export async function getDepartmentExecution(
  viewer: Viewer,
  ref: ReportRef,
  resolved?: ResolvedReport | null,
  basis?: string | null,
): Promise<DepartmentExecution | null> {
  const found = await reportFor(viewer, ref, resolved);
  if (found === null) return null;
  const { head: report, totals } = found;
  const prisma = await getPrisma();
  const lines = await prisma.$queryRaw<GpbRow[]>`
    SELECT code, name, level, total::text, "budgetInitial"::text AS "budgetInitial", "budgetFull"::text AS "budgetFull",
           "statedRatePct"::text AS "statedRatePct", "statedRateBasis", reason, page, line, "budgetPage"
    FROM "FunctionLine" WHERE "reportId" = ${report.id} AND "table" = 'gpb' ORDER BY line NULLS LAST, code`;
  const toLine = (l: GpbRow): ExecutionLine => ({
    code: l.code, name: l.name, level: l.level as FunctionLevel, budgetInitial: l.budgetInitial, budgetFull: l.budgetFull,
    actual: l.total, statedRatePct: toPct(l.statedRatePct),
    statedRateBasis: l.statedRateBasis === "initial" || l.statedRateBasis === "full" ? l.statedRateBasis : null,
    rates: executionRates({ total: l.total, budgetInitial: l.budgetInitial, budgetFull: l.budgetFull }),
    reason: l.reason, page: l.page, line: l.line, budgetPage: l.budgetPage,
  });
  const items = lines.filter((l) => l.level === "项").map(toLine);
  const classes = lines.filter((l) => l.level === "类").map((l) => {
    const line = toLine(l);
    const children = items.filter((i) => i.code.startsWith(l.code));
    const budgetInitial = line.budgetInitial ?? sumIfComplete(children, (c) => c.budgetInitial);
    const budgetFull = line.budgetFull ?? sumIfComplete(children, (c) => c.budgetFull);
    return { ...line, budgetInitial, budgetFull, rates: executionRates({ total: line.actual, budgetInitial, budgetFull }) };
  });
  const names = new Map(lines.map((l) => [l.code, l.name]));
  const budgetPage = items.find((i) => i.budgetPage !== null)?.budgetPage ?? null;
  const coverage = basisCoverage(items, (item, b) => item.rates[b]);
  const chosen = chooseBasis(basis, coverage);
  const budgeted = items.map((i) => ({ total: i.actual, budgetInitial: i.budgetInitial, budgetFull: i.budgetFull }));
  const sidesOf = (b: ExecutionBasis) => {
    const sides = executionSides(budgeted, b);
    return { ...sides, ratePct: executionRatePct(sides.actual, sides.budget) };
  };
  return {
    report,
    items,
    classes,
    total: { budgetInitial: totals.gpbBudgetInitial, budgetFull: totals.gpbBudgetFull, actual: totals.fiscalGeneral },
    basis: chosen,
    coverage,
    rollup: { initial: sidesOf("initial"), full: sidesOf("full") },
    itemChart: chartOf(items, chosen, names),
    classChart: chartOf(classes, chosen, names),
    source: sourceRef(report, "公开05表", lines[0]?.page ?? null),
    budgetSource: sourceRef(report, "决算情况说明", budgetPage),
  };
}
