import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { getPrisma } from "../../db/client";
import { regionInfo, type RegionInfo, type RegionViewer } from "../region/region-scope";
import type { SangongItemKey, SangongSeries, SangongTrendDto } from "../../charts/dto";
import { compareAmounts } from "../../money";
import { listReportYears } from "../overview/list-report-years";
import { countedDepartmentYearsSql } from "./counted-department-years";
import { changePct, ratePct } from "../../figures/rates";
import { compareNames } from "../../figures/format";
import { sharedPerScope } from "../page-data-cache";
import { askedYear, readAhead } from "../read-ahead";

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
  const ascending = listReportYears(viewer).then((years) => years.slice().sort((a, b) => a - b));
  const { years, value } = await readAhead(
    ascending, askedRange(params), (known) => pickRange(params, known),
    (range) => sangongOf(viewer, range, ascending),
    (a, b) => a[0] === b[0] && a[1] === b[1],
  );
  return { ...(value ?? emptySangong(viewer, null)), years };
}

/** `?from=&to=` when both are years, in order: what readAhead reads ahead (pickRange decides once the years are known). */
function askedRange(raw: { from?: string | string[]; to?: string | string[] }): [number, number] | null {
  const from = askedYear(raw.from);
  const to = askedYear(raw.to);
  return from === null || to === null ? null : [Math.min(from, to), Math.max(from, to)];
}

function emptySangong(viewer: RegionViewer, range: [number, number] | null): SangongCityDto {
  const emptyTrend: SangongTrendDto = { years: [], items: [], total: { budget: [], actual: [] } };
  return {
    years: [], from: range?.[0] ?? null, to: range?.[1] ?? null, isDemo: false, region: regionInfo(viewer), trend: emptyTrend, reporting: [],
    operating: { years: [], actual: [], budget: [] }, departments: [], multiples: [],
  };
}

/** The 三公 view of a range of the stored years (`years`, ascending; filled in by the caller). */
async function sangongOf(viewer: RegionViewer, range: [number, number], years: Promise<number[]>): Promise<SangongCityDto> {
  const [from, to] = range;
  const empty = emptySangong(viewer, range);
  const prisma = await getPrisma();
  const inRange = countedDepartmentYearsSql(viewer, range);
  // Three statements at once over the range's department-years (stored, or summed from the counted reports): the year
  // totals (三公 items, 机关运行经费, reporting departments); the department rows of `to` and `to − 1`, named after (a
  // name in a grouping key made PostgreSQL sort every group by a collated text); and the small multiples' years of
  // every department that can be among the largest MULTIPLES (its `to` actual at least the MULTIPLES-th largest; all
  // when fewer state one), kept below for the ranking's top ones.
  const [yearRows, depts, multiples] = await Promise.all([
    prisma.$queryRaw<YearRow[]>`
      SELECT c.year,
        SUM(c."sangongBudget")::text AS "totalBudget", SUM(c."sangongActual")::text AS "totalActual",
        SUM(c."sangongOutboundBudget")::text AS "outboundBudget", SUM(c."sangongOutboundActual")::text AS "outboundActual",
        SUM(c."sangongVehiclePurchaseBudget")::text AS "vehiclePurchaseBudget", SUM(c."sangongVehiclePurchaseActual")::text AS "vehiclePurchaseActual",
        SUM(c."sangongVehicleOperationBudget")::text AS "vehicleOperationBudget", SUM(c."sangongVehicleOperationActual")::text AS "vehicleOperationActual",
        SUM(c."sangongReceptionBudget")::text AS "receptionBudget", SUM(c."sangongReceptionActual")::text AS "receptionActual",
        SUM(c.operating)::text AS "operatingActual", SUM(c."operatingBudget")::text AS "operatingBudget",
        bool_or(c."isDemo") AS "isDemo", COUNT(*)::int AS departments
      FROM (${inRange}) c
      GROUP BY c.year`,
    prisma.$queryRaw<DeptRow[]>`
      SELECT c.dept AS "departmentId", c.year, c."sangongBudget"::text AS budget, c."sangongActual"::text AS actual, e.name
      FROM (${countedDepartmentYearsSql(viewer, [to - 1, to])}) c JOIN "Department" e ON e.id = c.dept`,
    prisma.$queryRaw<DeptRow[]>`
      WITH last AS (SELECT c.dept AS id, c."sangongActual" AS actual FROM (${countedDepartmentYearsSql(viewer, [to, to])}) c),
      cut AS (SELECT actual FROM last WHERE actual IS NOT NULL ORDER BY actual DESC OFFSET ${MULTIPLES - 1} LIMIT 1),
      top AS (SELECT id FROM last WHERE NOT EXISTS (SELECT 1 FROM cut) OR actual >= (SELECT actual FROM cut))
      SELECT c.dept AS "departmentId", e.name, c.year, c."sangongBudget"::text AS budget, c."sangongActual"::text AS actual
      FROM (${countedDepartmentYearsSql(viewer, range, Prisma.sql`SELECT id FROM top`)}) c JOIN "Department" e ON e.id = c.dept
      WHERE c.dept IN (SELECT id FROM top)`,
  ]);
  const span = (await years).filter((y) => y >= from && y <= to);
  const byYear = new Map(yearRows.map((r) => [r.year, r]));
  const yearRow = (year: number) => byYear.get(year);
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
  const top = departments.slice(0, MULTIPLES);
  const yearsOf = new Map<number, Map<number, DeptRow>>();
  for (const row of multiples) yearsOf.set(row.departmentId, (yearsOf.get(row.departmentId) ?? new Map<number, DeptRow>()).set(row.year, row));
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
    multiples: top.map((row) => {
      const own = yearsOf.get(row.departmentId);
      return {
        departmentId: row.departmentId,
        name: row.name,
        years: span,
        series: {
          budget: span.map((y) => own?.get(y)?.budget ?? null),
          actual: span.map((y) => own?.get(y)?.actual ?? null),
        },
      };
    }),
  };
}

/** getSangongCity shared by viewers of the same scope until the data changes (lib/queries/page-data-cache.ts). */
export const getSangongCity = sharedPerScope("sangong-city", loadSangongCity);
