import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { getPrisma } from "../../db/client";
import { regionInfo, type RegionInfo, type RegionViewer } from "../region/region-scope";
import type { SangongItemKey, SangongSeries, SangongTrendDto } from "../../charts/dto";
import { compareAmounts } from "../../money";
import { countedReportsSql } from "../scope-sql";
import { listReportYears } from "../overview/list-report-years";
import { effectiveDepartmentSql } from "../overview/cross-sql";
import { changePct, ratePct } from "../../figures/rates";
import { compareNames } from "../../figures/format";
import { sharedPerScope } from "../page-data-cache";

export const SANGONG_ITEM_NAMES: Record<SangongItemKey, string> = {
  outbound: "因公出国(境)费",
  vehiclePurchase: "公务用车购置费",
  vehicleOperation: "公务用车运行维护费",
  reception: "公务接待费",
};
const ITEM_KEYS = Object.keys(SANGONG_ITEM_NAMES) as SangongItemKey[];
/** Departments drawn as small multiples: the largest 三公 spenders of the last year. */
export const MULTIPLES = 12;

export interface SangongDepartmentRow {
  departmentId: number;
  name: string;
  budget: string | null;
  actual: string | null;
  ratePct: string | null;
  priorActual: string | null;
  changePct: string | null;
}

export interface SangongCityDto {
  years: number[];
  from: number | null;
  to: number | null;
  isDemo: boolean;
  /** The region the figures are computed in (?region=, or the home region). */
  region: RegionInfo;
  /** City totals per item and year (budget vs actual). */
  trend: SangongTrendDto;
  /** Departments with a report per year of `trend.years`: city totals move when this does, not only when spending does. */
  reporting: number[];
  /** 机关运行经费 per year, actual and (when stated) budget. */
  operating: { years: number[]; actual: Array<string | null>; budget: Array<string | null> };
  /** Every department with a 三公 table in `to`, largest actual first. */
  departments: SangongDepartmentRow[];
  multiples: Array<{ departmentId: number; name: string; years: number[]; series: SangongSeries }>;
}

type YearRow = { year: number; operatingActual: string | null; operatingBudget: string | null; isDemo: boolean; departments: number }
  & Record<`${SangongItemKey | "total"}${"Budget" | "Actual"}`, string | null>;
interface DeptRow { departmentId: number; name: string; year: number; budget: string | null; actual: string | null }

function pickRange(raw: { from?: string | string[]; to?: string | string[] }, years: number[]): [number, number] | null {
  if (years.length === 0) return null;
  const first = Math.min(...years);
  const last = Math.max(...years);
  const read = (v: string | string[] | undefined, fallback: number) => {
    const n = Number(Array.isArray(v) ? v[0] : v);
    return Number.isInteger(n) && n >= first && n <= last ? n : fallback;
  };
  const from = read(raw.from, first);
  const to = read(raw.to, last);
  return from <= to ? [from, to] : [to, from];
}

/**
 * Largest 三公 actual first (none last), then by name. Each amount is read as a number once: rounding to a double keeps
 * order (a < b never becomes fl(a) > fl(b)), so two different doubles order their amounts exactly, and only equal
 * doubles are compared as exact decimals — 10,000 rows were 130,000 exact comparisons.
 */
function sortByActual(rows: SangongDepartmentRow[]): SangongDepartmentRow[] {
  const keyed = rows.map((row) => ({ row, rough: row.actual === null ? null : Number(row.actual) }));
  keyed.sort((a, b) => {
    if (a.rough !== null && b.rough !== null && a.rough !== b.rough) return b.rough - a.rough;
    return compareAmounts(b.row.actual, a.row.actual) || compareNames(a.row.name, b.row.name);
  });
  return keyed.map((k) => k.row);
}

/** 三公 across the city for `?from=&to=`: totals per item, 机关运行经费, department ranking and small multiples. */
async function loadSangongCity(viewer: RegionViewer, params: { from?: string | string[]; to?: string | string[] }): Promise<SangongCityDto> {
  const years = (await listReportYears(viewer)).slice().sort((a, b) => a - b);
  const range = pickRange(params, years);
  const emptyTrend: SangongTrendDto = { years: [], items: [], total: { budget: [], actual: [] } };
  const empty: SangongCityDto = {
    years, from: range?.[0] ?? null, to: range?.[1] ?? null, isDemo: false, region: regionInfo(viewer), trend: emptyTrend, reporting: [],
    operating: { years: [], actual: [], budget: [] }, departments: [], multiples: [],
  };
  if (range === null) return empty;
  const [from, to] = range;
  const span = years.filter((y) => y >= from && y <= to);
  const prisma = await getPrisma();
  const dept = effectiveDepartmentSql("d");
  const inRange = Prisma.sql`${countedReportsSql(viewer, "r")} AND r.year BETWEEN ${from} AND ${to}`;
  // Two statements, each one pass over the range's reports: the year totals (三公 items, 机关运行经费, reporting
  // departments) and the department rows grouped by id and year, named after (a name in the grouping key made
  // PostgreSQL sort every group by a collated text; at 10,000 departments each statement was one more scan of 50,000 reports).
  const [yearRows, depts] = await Promise.all([
    prisma.$queryRaw<YearRow[]>`
      SELECT r.year,
        SUM(r."sangongBudget")::text AS "totalBudget", SUM(r."sangongActual")::text AS "totalActual",
        SUM(r."sangongOutboundBudget")::text AS "outboundBudget", SUM(r."sangongOutboundActual")::text AS "outboundActual",
        SUM(r."sangongVehiclePurchaseBudget")::text AS "vehiclePurchaseBudget", SUM(r."sangongVehiclePurchaseActual")::text AS "vehiclePurchaseActual",
        SUM(r."sangongVehicleOperationBudget")::text AS "vehicleOperationBudget", SUM(r."sangongVehicleOperationActual")::text AS "vehicleOperationActual",
        SUM(r."sangongReceptionBudget")::text AS "receptionBudget", SUM(r."sangongReceptionActual")::text AS "receptionActual",
        SUM(r."operatingExpenses")::text AS "operatingActual", SUM(r."operatingExpensesBudget")::text AS "operatingBudget",
        bool_or(r."isDemo") AS "isDemo", COUNT(DISTINCT ${dept})::int AS departments
      FROM "Report" r JOIN "Department" d ON d.id = r."departmentId"
      WHERE ${inRange}
      GROUP BY r.year`,
    prisma.$queryRaw<DeptRow[]>`
      SELECT g.*, e.name FROM (
        SELECT ${dept} AS "departmentId", r.year, SUM(r."sangongBudget")::text AS budget, SUM(r."sangongActual")::text AS actual
        FROM "Report" r JOIN "Department" d ON d.id = r."departmentId"
        WHERE ${countedReportsSql(viewer, "r")} AND r.year IN (${to}, ${to - 1})
        GROUP BY 1, 2
      ) g JOIN "Department" e ON e.id = g."departmentId"`,
  ]);
  const yearRow = (year: number) => yearRows.find((r) => r.year === year);
  const cell = (year: number, item: SangongItemKey | "total", side: "budget" | "actual") =>
    yearRow(year)?.[`${item}${side === "budget" ? "Budget" : "Actual"}`] ?? null;
  const series = (item: SangongItemKey | "total"): SangongSeries => ({
    budget: span.map((y) => cell(y, item, "budget")),
    actual: span.map((y) => cell(y, item, "actual")),
  });
  const prior = new Map(depts.filter((r) => r.year === to - 1).map((r) => [r.departmentId, r.actual]));
  const departments = sortByActual(depts
    .filter((r) => r.year === to)
    .map((r): SangongDepartmentRow => {
      const priorActual = prior.get(r.departmentId) ?? null;
      return {
        departmentId: r.departmentId, name: r.name, budget: r.budget, actual: r.actual, ratePct: ratePct(r.actual, r.budget),
        priorActual, changePct: changePct(r.actual, priorActual),
      };
    }));
  const top = departments.slice(0, MULTIPLES).map((d) => d.departmentId);
  // The top departments and the units merged into them, by stored id (index-friendly), then grouped under the target.
  const multiples = top.length === 0 ? [] : await prisma.$queryRaw<DeptRow[]>`
    SELECT ${dept} AS "departmentId", e.name, r.year, SUM(r."sangongBudget")::text AS budget, SUM(r."sangongActual")::text AS actual
    FROM "Report" r JOIN "Department" d ON d.id = r."departmentId" JOIN "Department" e ON e.id = ${dept}
    WHERE ${inRange} AND r."departmentId" IN (
      SELECT m.id FROM "Department" m WHERE m.id IN (${Prisma.join(top)}) OR m."mergedIntoId" IN (${Prisma.join(top)}))
    GROUP BY ${dept}, e.name, r.year`;
  return {
    ...empty,
    isDemo: yearRows.some((r) => r.isDemo),
    trend: {
      years: span,
      items: ITEM_KEYS.map((key) => ({ key, name: SANGONG_ITEM_NAMES[key], ...series(key) })),
      total: series("total"),
    },
    reporting: span.map((y) => yearRow(y)?.departments ?? 0),
    operating: {
      years: span,
      actual: span.map((y) => yearRow(y)?.operatingActual ?? null),
      budget: span.map((y) => yearRow(y)?.operatingBudget ?? null),
    },
    departments,
    multiples: top.map((id) => {
      const own = multiples.filter((r) => r.departmentId === id);
      return {
        departmentId: id,
        name: own[0]?.name ?? departments.find((d) => d.departmentId === id)?.name ?? "",
        years: span,
        series: {
          budget: span.map((y) => own.find((r) => r.year === y)?.budget ?? null),
          actual: span.map((y) => own.find((r) => r.year === y)?.actual ?? null),
        },
      };
    }),
  };
}

/** getSangongCity shared by viewers of the same scope until the data changes (lib/queries/page-data-cache.ts). */
export const getSangongCity = sharedPerScope("sangong-city", loadSangongCity);
