import type { WanCents } from "./units";

export type DepartmentKind = "行政" | "事业";

/** One 项 line of a report, in 万元 hundredths. total = basic + project; fiscal parts are what table 05 shows. */
export interface DemoItem {
  code: string;
  basic: WanCents;
  project: WanCents;
  /** Non-fiscal income spent on this 项 (事业收入 or 其他收入), split like the item. */
  nonFiscalBasic: WanCents;
  nonFiscalProject: WanCents;
  nonFiscalSource: "business" | "other" | null;
  /** 年初预算 of the general-budget part, as the narrative states it; 0 for an item funded without an initial budget. */
  budgetInitial: WanCents;
  /** Why execution differs from the initial budget, when it does. */
  reason: string | null;
}

export interface DemoEconomicLine {
  code: string;
  name: string;
  category: "personnel" | "publicUse";
  amount: WanCents;
}

export interface DemoSangongFigures {
  outbound: WanCents;
  vehiclePurchase: WanCents;
  vehicleOperation: WanCents;
  reception: WanCents;
}

export interface DemoSangong {
  budget: DemoSangongFigures;
  actual: DemoSangongFigures;
  outboundGroups: number;
  outboundPeople: number;
  vehiclesPurchased: number;
  /** Cars disposed of (报废) this year: the year-end fleet is last year's + purchased − disposed. */
  vehiclesDisposed: number;
  vehicleCount: number;
  receptionBatches: number;
  receptionPeople: number;
}

export interface DemoIndicator {
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
}

export interface DemoProject {
  name: string;
  budget: WanCents;
  actual: WanCents;
  indicators: DemoIndicator[];
}

/** The totals of one year that the next year's narrative compares against. */
export interface DemoYearTotals {
  total: WanCents;
  fiscal: WanCents;
  gpb: WanCents;
  sangong: WanCents;
  sangongItems: DemoSangongFigures;
  operatingExpenses: WanCents;
  /** Year-end fleet (公务用车保有量), the next year's starting fleet. */
  vehicleCount: number;
  /** 本年收入合计, 一般公共预算财政拨款收入, 收支总计 and 年末结转和结余: what next year's narrative compares with. */
  income: WanCents;
  gpbIncome: WanCents;
  grand: WanCents;
  carryEnd: WanCents;
}

export type MistakeKind = "class-sum" | "completion-rate" | "change-pct";

/** A deliberate error planted in a report, with the validator rule it should trigger. */
export interface DemoMistake {
  kind: MistakeKind;
  rule: string;
  /** 类 code for class-sum, 项 code for completion-rate, null for change-pct. */
  code: string | null;
  /** class-sum: amount added to the printed 类 row of table 03 (万元 hundredths). Otherwise 0. */
  delta: WanCents;
  /** completion-rate / change-pct: the wrong percentage printed instead of the true one. */
  statedPct: string | null;
  description: string;
}

export interface DemoReport {
  city: string;
  lineageId: string;
  department: string;
  kind: DepartmentKind;
  year: number;
  fileStem: string;
  staff: { established: number; active: number; retired: number };
  items: DemoItem[];
  economic: DemoEconomicLine[];
  sangong: DemoSangong;
  operatingExpenses: WanCents;
  operatingExpensesBudget: WanCents;
  procurement: { goods: WanCents; works: WanCents; services: WanCents; sme: WanCents };
  overallBudget: WanCents;
  projects: DemoProject[];
  prior: DemoYearTotals;
  /** Why the totals moved, in the report's words ("2024 年度机构改革，原…整体划转至…"). */
  changeReason: string;
  mistakes: DemoMistake[];
  /**
   * 结转结余: money carried in from last year (年初, = last year's 年末) and out to next year (年末), all of it 一般公共预算
   * 财政拨款. Income = expenditure + end − start; the difference is booked on the 项 `code` (the largest).
   */
  carry: { start: WanCents; end: WanCents; code: string };
  /** Unset for a 部门's own report (本级, like every city report); 汇总 includes the listed 所属单位; 单位 is one unit. */
  scope?: "汇总" | "单位";
  /** 汇总: the 所属单位 included (the report's 部门决算单位构成 lists them after the 本级). */
  units?: string[];
  /** 单位: the 部门 it belongs to. */
  parentDepartment?: string;
}

export type DemoEvent =
  | { kind: "merge"; year: number; from: string; to: string }
  | { kind: "rename"; year: number; from: string; to: string };

export interface DemoDepartmentSummary {
  lineageId: string;
  kind: DepartmentKind;
  /** Name per rendered year (renames change it, merges end it). */
  names: Record<number, string>;
  lowExecution: boolean;
  sangongTrend: "normal" | "over-budget" | "growing";
}

export interface DemoCity {
  city: string;
  seed: number;
  years: [number, number];
  departments: DemoDepartmentSummary[];
  events: DemoEvent[];
  reports: DemoReport[];
}

export interface GenerateCityOptions {
  departments: number;
  years: [number, number];
  seed: number;
}
