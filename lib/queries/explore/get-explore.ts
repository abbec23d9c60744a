import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { getPrisma } from "../../db/client";
import { regionInfo, type RegionInfo, type RegionViewer } from "../region/region-scope";
import type { FunctionLevel, TreemapDto } from "../../charts/dto";
import { sumAmounts, toAmountString } from "../../money";
import { countedReportsSql } from "../scope-sql";
import { pickYear } from "../list-years";
import { listReportYears } from "../overview/list-report-years";
import { effectiveDepartmentSql } from "../overview/cross-sql";
import { sharedPerScope } from "../page-data-cache";
import { askedYear, readAhead } from "../read-ahead";

const LEVEL_BY_LENGTH: Record<number, FunctionLevel> = { 3: "类", 5: "款", 7: "项" };
const CHILD_LEVEL: Record<FunctionLevel, FunctionLevel | null> = { 类: "款", 款: "项", 项: null };

export interface ExploreDto {
  years: number[];
  year: number | null;
  code: string | null;
  level: FunctionLevel | null;
  name: string;
  isDemo: boolean;
  /** The region the figures are computed in (?region=, or the home region). */
  region: RegionInfo;
  /** Σ of the code's own rows (公开03表) across departments; at the top Σ 支出合计, the overview's figure. */
  total: string | null;
  /** 全部 → 类 → 款 → 项 down to the current code. */
  breadcrumb: Array<{ code: string | null; name: string }>;
  children: TreemapDto;
  departments: TreemapDto;
}

/** `?code=` when it is a 类/款/项 code (3, 5 or 7 digits), else null (the top). */
export function parseCode(raw: string | string[] | undefined): string | null {
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  return /^\d{3}(\d{2}){0,2}$/.test(value) ? value : null;
}

interface AmountRow { key: string; name: string; amount: string | null; isDemo: boolean }

/** 下钻: one functional code across all departments for `?code=&year=` — its total, children and who spends on it. */
async function loadExplore(viewer: RegionViewer, params: { code?: string | string[]; year?: string | string[] }): Promise<ExploreDto> {
  const code = parseCode(params.code);
  const { years, value } = await readAhead(
    listReportYears(viewer), askedYear(params.year), (known) => pickYear(params.year, known), (y) => exploreYear(viewer, y, code), (a, b) => a === b,
  );
  return { ...(value ?? emptyExplore(viewer, null, code)), years };
}

function emptyExplore(viewer: RegionViewer, year: number | null, code: string | null): ExploreDto {
  const root = { code, name: code ?? "全部支出" };
  return {
    years: [], year, code, level: levelOf(code), name: root.name, isDemo: false, region: regionInfo(viewer), total: null,
    breadcrumb: [{ code: null, name: "全部支出" }], children: { root, mode: "children", items: [] }, departments: { root, mode: "departments", items: [] },
  };
}

function levelOf(code: string | null): FunctionLevel | null {
  return code === null ? null : LEVEL_BY_LENGTH[code.length] ?? null;
}

/** The explore view of one stored year (its `years` filled in by the caller). */
async function exploreYear(viewer: RegionViewer, year: number, code: string | null): Promise<ExploreDto> {
  const empty = emptyExplore(viewer, year, code);
  const level = levelOf(code);
  const prisma = await getPrisma();
  const dept = effectiveDepartmentSql("d");
  const current = Prisma.sql`${countedReportsSql(viewer, "r")} AND r.year = ${year} AND f."table" = 'expenditure'`;
  const childLevel = level === null ? "类" : CHILD_LEVEL[level];
  const ancestors = code === null ? [] : [3, 5, 7].filter((n) => n <= code.length).map((n) => code.slice(0, n));
  const [children, spenders, names] = await Promise.all([
    childLevel === null
      ? Promise.resolve<AmountRow[]>([])
      : prisma.$queryRaw<AmountRow[]>`
          SELECT f.code AS key, MIN(f.name) AS name, SUM(f.total)::text AS amount, bool_or(r."isDemo") AS "isDemo"
          FROM "FunctionLine" f JOIN "Report" r ON r.id = f."reportId"
          WHERE ${current} AND f.level = ${childLevel}${code === null ? Prisma.empty : Prisma.sql` AND f."classCode" = ${code.slice(0, 3)} AND f.code LIKE ${`${code}%`}`}
          GROUP BY f.code`,
    // At the top a department's 全部支出 is its 支出合计 — the stored summary the overview and the list show — not the
    // Σ of its 03表 类 rows, which a report's own error can make differ (审核 reports that difference).
    code === null
      ? prisma.$queryRaw<AmountRow[]>`
          SELECT ${dept}::text AS key, e.name, SUM(r."expenditureTotal")::text AS amount, bool_or(r."isDemo") AS "isDemo"
          FROM "Report" r JOIN "Department" d ON d.id = r."departmentId" JOIN "Department" e ON e.id = ${dept}
          WHERE ${countedReportsSql(viewer, "r")} AND r.year = ${year}
          GROUP BY ${dept}, e.name`
      : prisma.$queryRaw<AmountRow[]>`
          SELECT ${dept}::text AS key, e.name, SUM(f.total)::text AS amount, bool_or(r."isDemo") AS "isDemo"
          FROM "FunctionLine" f JOIN "Report" r ON r.id = f."reportId" JOIN "Department" d ON d.id = r."departmentId"
          JOIN "Department" e ON e.id = ${dept}
          WHERE ${current} AND f.code = ${code}
          GROUP BY ${dept}, e.name`,
    ancestors.length === 0
      ? Promise.resolve<Array<{ code: string; name: string }>>([])
      : prisma.$queryRaw<Array<{ code: string; name: string }>>`
          SELECT f.code, MIN(f.name) AS name FROM "FunctionLine" f JOIN "Report" r ON r.id = f."reportId"
          WHERE ${current} AND f.code IN (${Prisma.join(ancestors)}) GROUP BY f.code`,
  ]);
  const nameOf = (c: string) => names.find((n) => n.code === c)?.name ?? c;
  const total = sumAmounts(spenders.map((s) => s.amount));
  const title = code === null ? "全部支出" : `${code} ${nameOf(code)}`;
  const node = { code, name: title };
  return {
    ...empty,
    name: code === null ? title : nameOf(code),
    isDemo: spenders.some((s) => s.isDemo) || children.some((c) => c.isDemo),
    total: total === null ? null : toAmountString(total),
    breadcrumb: [{ code: null, name: "全部支出" }, ...ancestors.map((c) => ({ code: c, name: `${c} ${nameOf(c)}` }))],
    children: { root: node, mode: "children", items: children.map((c) => ({ id: c.key, name: c.name, amount: c.amount, code: c.key })) },
    departments: { root: node, mode: "departments", items: spenders.map((s) => ({ id: s.key, name: s.name, amount: s.amount, departmentId: s.key })) },
  };
}

/** getExplore shared by viewers of the same scope until the data changes (lib/queries/page-data-cache.ts). */
export const getExplore = sharedPerScope("explore", loadExplore);
