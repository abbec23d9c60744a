import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { getPrisma } from "../../db/client";
import type { Viewer } from "../../auth/viewer";
import type { SangongItemKey, SangongTrendDto } from "../../charts/dto";
import { currentReportsSql } from "../scope-sql";
import { SCOPE_ORDER_SQL } from "./resolve-report";
import { sourceHref, type SourceRef, type Yuan } from "./types";

export interface SangongYear {
  year: number;
  reportId: number;
  outboundGroups: number | null;
  outboundPeople: number | null;
  vehiclesPurchased: number | null;
  vehicleCount: number | null;
  receptionBatches: number | null;
  receptionPeople: number | null;
  /** 机关运行经费 决算 and, where the narrative states it, its 预算. */
  operatingExpenses: Yuan | null;
  operatingExpensesBudget: Yuan | null;
  /** The prior year's 三公 total as this year's narrative states it. */
  priorSangongTotal: Yuan | null;
  page: number | null;
}

export interface DepartmentSangong {
  chart: SangongTrendDto;
  years: SangongYear[];
  source: SourceRef | null;
}

const ITEMS: Array<{ key: SangongItemKey; name: string }> = [
  { key: "outbound", name: "因公出国（境）费" },
  { key: "vehiclePurchase", name: "公务用车购置费" },
  { key: "vehicleOperation", name: "公务用车运行维护费" },
  { key: "reception", name: "公务接待费" },
];

interface YearRow extends SangongYear {
  department: string;
}

/** 三公 budget vs actual per item over every imported year (公开09表), with the counts and 机关运行经费 per year. */
export async function getDepartmentSangong(viewer: Viewer, departmentId: number): Promise<DepartmentSangong> {
  const prisma = await getPrisma();
  const years = await prisma.$queryRaw<YearRow[]>`
    SELECT DISTINCT ON (r.year) r.id AS "reportId", r.year, d.name AS department, r."outboundGroups", r."outboundPeople",
           r."vehiclesPurchased", r."vehicleCount", r."receptionBatches", r."receptionPeople",
           r."operatingExpenses"::text AS "operatingExpenses", r."operatingExpensesBudget"::text AS "operatingExpensesBudget",
           r."priorSangongTotal"::text AS "priorSangongTotal",
           (SELECT MIN(si.page) FROM "SangongItem" si WHERE si."reportId" = r.id) AS page
    FROM "Report" r JOIN "Department" d ON d.id = r."departmentId"
    WHERE r."departmentId" = ${departmentId} AND ${currentReportsSql(viewer, "r")}
    ORDER BY r.year, ${SCOPE_ORDER_SQL}`;
  const ids = years.map((y) => y.reportId);
  const items = ids.length === 0 ? [] : await prisma.$queryRaw<Array<{ reportId: number; item: string; budget: string | null; actual: string | null }>>`
    SELECT "reportId", item, budget::text, actual::text FROM "SangongItem" WHERE "reportId" IN (${Prisma.join(ids)})`;
  const find = (reportId: number, item: string) => items.find((i) => i.reportId === reportId && i.item === item);
  const series = (item: string) => ({
    budget: years.map((y) => find(y.reportId, item)?.budget ?? null),
    actual: years.map((y) => find(y.reportId, item)?.actual ?? null),
  });
  const latest = years.at(-1);
  return {
    chart: {
      years: years.map((y) => y.year),
      items: ITEMS.map((i) => ({ ...i, ...series(i.key) })),
      total: series("total"),
    },
    years: years.map(({ department: _department, ...y }) => y),
    source: latest === undefined ? null : {
      reportId: latest.reportId, department: latest.department, year: latest.year, table: "公开09表", page: latest.page,
      href: sourceHref(latest.reportId, latest.page),
    },
  };
}
