import { functionClass } from "@/lib/domain/function-classes";
import { functionCodeName } from "@/lib/domain/function-codes";
import type { DemoItem, DemoReport, DemoSangongFigures, DemoYearTotals } from "./types";
import { sum, type WanCents } from "./units";

export type Level = "类" | "款" | "项";

/** A row of tables 02/03/05 at any level, amounts summed from the 项 below it. */
export interface FunctionRow {
  code: string;
  name: string;
  level: Level;
  total: WanCents;
  basic: WanCents;
  project: WanCents;
  business: WanCents;
  other: WanCents;
  gpbTotal: WanCents;
  gpbBasic: WanCents;
  gpbProject: WanCents;
}

export function functionName(code: string): string {
  if (code.length === 3) return functionClass(code)?.name ?? code;
  return functionCodeName(code) ?? code;
}

function rowOf(code: string, level: Level, items: ReadonlyArray<DemoItem>): FunctionRow {
  const nf = (i: DemoItem) => i.nonFiscalBasic + i.nonFiscalProject;
  return {
    code,
    name: functionName(code),
    level,
    total: sum(items.map((i) => i.basic + i.project)),
    basic: sum(items.map((i) => i.basic)),
    project: sum(items.map((i) => i.project)),
    business: sum(items.filter((i) => i.nonFiscalSource === "business").map(nf)),
    other: sum(items.filter((i) => i.nonFiscalSource === "other").map(nf)),
    gpbTotal: sum(items.map((i) => i.basic + i.project - nf(i))),
    gpbBasic: sum(items.map((i) => i.basic - i.nonFiscalBasic)),
    gpbProject: sum(items.map((i) => i.project - i.nonFiscalProject)),
  };
}

/** 类, 款, 项 rows in print order, every parent the exact sum of its children. */
export function functionRows(items: ReadonlyArray<DemoItem>): FunctionRow[] {
  const sorted = [...items].sort((a, b) => a.code.localeCompare(b.code));
  const rows: FunctionRow[] = [];
  const classes = [...new Set(sorted.map((i) => i.code.slice(0, 3)))];
  for (const klass of classes) {
    const inClass = sorted.filter((i) => i.code.startsWith(klass));
    rows.push(rowOf(klass, "类", inClass));
    for (const section of [...new Set(inClass.map((i) => i.code.slice(0, 5)))]) {
      const inSection = inClass.filter((i) => i.code.startsWith(section));
      rows.push(rowOf(section, "款", inSection));
      for (const item of inSection) rows.push(rowOf(item.code, "项", [item]));
    }
  }
  return rows;
}

export function sangongTotal(figures: DemoSangongFigures): WanCents {
  return figures.outbound + figures.vehiclePurchase + figures.vehicleOperation + figures.reception;
}

export interface ReportTotals {
  total: WanCents;
  basic: WanCents;
  project: WanCents;
  gpb: WanCents;
  gpbBasic: WanCents;
  gpbProject: WanCents;
  business: WanCents;
  other: WanCents;
  personnel: WanCents;
  publicUse: WanCents;
  budgetInitial: WanCents;
}

/** Report-level totals, all derived by summing the 项 (income equals expenditure: the demo city has no carry-over). */
export function reportTotals(report: DemoReport): ReportTotals {
  const all = rowOf("", "类", report.items);
  const personnel = sum(report.economic.filter((l) => l.code.length === 3 && l.category === "personnel").map((l) => l.amount));
  const publicUse = sum(report.economic.filter((l) => l.code.length === 3 && l.category === "publicUse").map((l) => l.amount));
  return {
    total: all.total,
    basic: all.basic,
    project: all.project,
    gpb: all.gpbTotal,
    gpbBasic: all.gpbBasic,
    gpbProject: all.gpbProject,
    business: all.business,
    other: all.other,
    personnel,
    publicUse,
    budgetInitial: sum(report.items.filter((i) => i.basic + i.project - i.nonFiscalBasic - i.nonFiscalProject > 0).map((i) => i.budgetInitial)),
  };
}

export function yearTotals(report: DemoReport): DemoYearTotals {
  const totals = reportTotals(report);
  return {
    total: totals.total,
    fiscal: totals.gpb,
    gpb: totals.gpb,
    sangong: sangongTotal(report.sangong.actual),
    sangongItems: report.sangong.actual,
    operatingExpenses: report.operatingExpenses,
    vehicleCount: report.sangong.vehicleCount,
  };
}
