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

type Sides = Record<`${SangongItemKey | "total"}${"Budget" | "Actual"}`, string | null>;

interface YearRow extends SangongYear, Sides {
  department: string;
}

/** The item's Report column stem: the Report table is the one stored source of 三公 figures (copied from 公开09表). */
const COLUMN: Record<SangongItemKey | "total", string> = {
  outbound: "sangongOutbound", vehiclePurchase: "sangongVehiclePurchase", vehicleOperation: "sangongVehicleOperation",
  reception: "sangongReception", total: "sangong",
};
const sideColumns = Prisma.raw(
  Object.entries(COLUMN)
    .flatMap(([key, stem]) => [`r."${stem}Budget"::text AS "${key}Budget"`, `r."${stem}Actual"::text AS "${key}Actual"`])
    .join(", "),
);

/** 三公 budget vs actual per item over every imported year (公开09表), with the counts and 机关运行经费 per year. */
export async function getDepartmentSangong(viewer: Viewer, departmentId: number): Promise<DepartmentSangong> {
  const prisma = await getPrisma();
  const years = await prisma.$queryRaw<YearRow[]>`
    SELECT DISTINCT ON (r.year) r.id AS "reportId", r.year, d.name AS department, r."outboundGroups", r."outboundPeople",
           r."vehiclesPurchased", r."vehicleCount", r."receptionBatches", r."receptionPeople",
           r."operatingExpenses"::text AS "operatingExpenses", r."operatingExpensesBudget"::text AS "operatingExpensesBudget",
           r."priorSangongTotal"::text AS "priorSangongTotal", ${sideColumns},
           (SELECT MIN(si.page) FROM "SangongItem" si WHERE si."reportId" = r.id) AS page
    FROM "Report" r JOIN "Department" d ON d.id = r."departmentId"
    WHERE r."departmentId" = ${departmentId} AND ${currentReportsSql(viewer, "r")}
    ORDER BY r.year, ${SCOPE_ORDER_SQL}`;
  const series = (item: SangongItemKey | "total") => ({
    budget: years.map((y) => y[`${item}Budget`]),
    actual: years.map((y) => y[`${item}Actual`]),
  });
  const latest = years.at(-1);
  return {
    chart: {
      years: years.map((y) => y.year),
      items: ITEMS.map((i) => ({ ...i, ...series(i.key) })),
      total: series("total"),
    },
    years: years.map((y) => ({
      year: y.year, reportId: y.reportId, outboundGroups: y.outboundGroups, outboundPeople: y.outboundPeople,
      vehiclesPurchased: y.vehiclesPurchased, vehicleCount: y.vehicleCount, receptionBatches: y.receptionBatches,
      receptionPeople: y.receptionPeople, operatingExpenses: y.operatingExpenses, operatingExpensesBudget: y.operatingExpensesBudget,
      priorSangongTotal: y.priorSangongTotal, page: y.page,
    })),
    source: latest === undefined ? null : {
      reportId: latest.reportId, department: latest.department, year: latest.year, table: "公开09表", page: latest.page,
      href: sourceHref(latest.reportId, latest.page),
    },
  };
}
