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
  /** Table 02: this row's income (expenditure plus the year's net carry-over where it is booked) and its fiscal part. */
  income: WanCents;
  gpbIncome: WanCents;
}

export function functionName(code: string): string {
  if (code.length === 3) return functionClass(code)?.name ?? code;
  return functionCodeName(code) ?? code;
}

/** Where the year's net carry-over (年末 − 年初 结转结余) is booked: one 项 and the amount. */
export interface CarryBooking {
  code: string;
  delta: WanCents;
}

function rowOf(code: string, level: Level, items: ReadonlyArray<DemoItem>, carry: CarryBooking | null = null): FunctionRow {
  const nf = (i: DemoItem) => i.nonFiscalBasic + i.nonFiscalProject;
  const total = sum(items.map((i) => i.basic + i.project));
  const gpbTotal = sum(items.map((i) => i.basic + i.project - nf(i)));
  const delta = carry !== null && items.some((i) => i.code === carry.code) ? carry.delta : 0;
  return {
    code,
    name: functionName(code),
    level,
    total,
    basic: sum(items.map((i) => i.basic)),
    project: sum(items.map((i) => i.project)),
    business: sum(items.filter((i) => i.nonFiscalSource === "business").map(nf)),
    other: sum(items.filter((i) => i.nonFiscalSource === "other").map(nf)),
    gpbTotal,
    gpbBasic: sum(items.map((i) => i.basic - i.nonFiscalBasic)),
    gpbProject: sum(items.map((i) => i.project - i.nonFiscalProject)),
    income: total + delta,
    gpbIncome: gpbTotal + delta,
  };
}

/** 类, 款, 项 rows in print order, every parent the exact sum of its children. */
export function functionRows(items: ReadonlyArray<DemoItem>, carry: CarryBooking | null = null): FunctionRow[] {
  const sorted = [...items].sort((a, b) => a.code.localeCompare(b.code));
  const rows: FunctionRow[] = [];
  const classes = [...new Set(sorted.map((i) => i.code.slice(0, 3)))];
  for (const klass of classes) {
    const inClass = sorted.filter((i) => i.code.startsWith(klass));
    rows.push(rowOf(klass, "类", inClass, carry));
    for (const section of [...new Set(inClass.map((i) => i.code.slice(0, 5)))]) {
      const inSection = inClass.filter((i) => i.code.startsWith(section));
      rows.push(rowOf(section, "款", inSection, carry));
      for (const item of inSection) rows.push(rowOf(item.code, "项", [item], carry));
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
  /** 本年收入合计 = 支出 + 年末 − 年初 结转结余; 一般公共预算财政拨款收入 likewise (all carry-over is fiscal). */
  income: WanCents;
  gpbIncome: WanCents;
  carryStart: WanCents;
  carryEnd: WanCents;
  /** 收支总计 (table 01 总计) = 本年收入合计 + 年初结转和结余 = 本年支出合计 + 年末结转和结余. */
  grand: WanCents;
}

export function carryBooking(report: DemoReport): CarryBooking {
  return { code: report.carry.code, delta: report.carry.end - report.carry.start };
}

/** Report-level totals, all derived by summing the 项; income differs from expenditure by the year's 结转结余. */
export function reportTotals(report: DemoReport): ReportTotals {
  const all = rowOf("", "类", report.items, carryBooking(report));
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
    income: all.income,
    gpbIncome: all.gpbIncome,
    carryStart: report.carry.start,
    carryEnd: report.carry.end,
    grand: all.total + report.carry.end,
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
    income: totals.income,
    gpbIncome: totals.gpbIncome,
    grand: totals.grand,
    carryEnd: totals.carryEnd,
  };
}
