import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { getPrisma } from "../../db/client";
import type { Viewer } from "../../auth/viewer";
import type { YoyDto, YoyPoint } from "../../charts/dto";
import { currentReportsSql } from "../scope-sql";
import { SCOPE_ORDER_SQL } from "./resolve-report";
import { sourceRef, type ReportHead, type SourceRef } from "./types";

export interface DepartmentYoy {
  years: number[];
  /** 本年支出合计 per year (公开01表); a year without a report but named by the next year's 说明 comes from the narrative. */
  total: YoyDto;
  /** Each 类 of 公开03表 over the years. */
  classes: Array<{ code: string; name: string; chart: YoyDto }>;
  source: SourceRef | null;
  /** Where the latest year's 类 rows are (公开03表). */
  classSource: SourceRef | null;
}

interface YearRow {
  id: number;
  year: number;
  department: string;
  scope: string;
  version: number;
  isDemo: boolean;
  fileName: string;
  importedAt: Date;
  expenditureTotal: string | null;
  priorExpenditureTotal: string | null;
  page: number | null;
}

interface ClassRow {
  year: number;
  page: number | null;
  code: string;
  name: string;
  total: string | null;
}

/**
 * Totals and each 类 over every imported year of a department (current versions). Prior-year figures stated only in a
 * report's narrative fill years that have no report of their own, marked `source: "narrative"`; an imported table
 * figure always wins over a narrative one.
 */
export async function getDepartmentYoy(viewer: Viewer, departmentId: number): Promise<DepartmentYoy> {
  const prisma = await getPrisma();
  const reports = await prisma.$queryRaw<YearRow[]>`
    SELECT DISTINCT ON (r.year) r.id, r.year, d.name AS department, r.scope, r.version, r."isDemo", s."fileName",
           r."importedAt", r."expenditureTotal"::text AS "expenditureTotal", r."priorExpenditureTotal"::text AS "priorExpenditureTotal",
           (r.parsed -> 'sources' -> 'totals.expenditure' ->> 'page')::int AS page
    FROM "Report" r
    JOIN "Department" d ON d.id = r."departmentId"
    JOIN "SourceDocument" s ON s.id = r."sourceDocumentId"
    WHERE r."departmentId" = ${departmentId} AND ${currentReportsSql(viewer, "r")}
    ORDER BY r.year, ${SCOPE_ORDER_SQL}`;
  const ids = reports.map((r) => r.id);
  const classes = ids.length === 0 ? [] : await prisma.$queryRaw<ClassRow[]>`
    SELECT r.year, fl.code, fl.name, fl.total::text AS total, fl.page
    FROM "FunctionLine" fl JOIN "Report" r ON r.id = fl."reportId"
    WHERE fl."reportId" IN (${Prisma.join(ids)}) AND fl."table" = 'expenditure' AND fl.level = '类'
    ORDER BY fl.code, r.year`;

  const years = reports.map((r) => r.year);
  const points: YoyPoint[] = reports.map((r) => ({ year: r.year, amount: r.expenditureTotal, source: "table" }));
  for (const r of reports) {
    if (r.priorExpenditureTotal !== null && !years.includes(r.year - 1)) {
      points.push({ year: r.year - 1, amount: r.priorExpenditureTotal, source: "narrative" });
    }
  }
  points.sort((a, b) => a.year - b.year);

  const byCode = new Map<string, { name: string; points: YoyPoint[] }>();
  for (const c of classes) {
    const entry = byCode.get(c.code) ?? { name: c.name, points: [] };
    entry.name = c.name;
    entry.points.push({ year: c.year, amount: c.total, source: "table" });
    byCode.set(c.code, entry);
  }
  const latest = reports.at(-1);
  const head: ReportHead | null = latest === undefined ? null : {
    id: latest.id, departmentId, department: latest.department, year: latest.year, scope: latest.scope,
    version: latest.version, isCurrent: true, isDemo: latest.isDemo, fileName: latest.fileName,
    importedAt: latest.importedAt.toISOString(),
  };
  return {
    years,
    total: { label: "支出合计", points },
    classes: [...byCode.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, { name, points: p }]) => ({ code, name, chart: { label: `${code} ${name}`, points: p } })),
    source: head === null ? null : sourceRef(head, "公开01表", latest?.page ?? null),
    classSource: head === null ? null : sourceRef(head, "公开03表", classes.find((c) => c.year === head.year && c.page !== null)?.page ?? null),
  };
}
