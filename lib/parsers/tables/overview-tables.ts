import type { Decimal, MoneyUnit } from "@/lib/money";
import type { Location, Unread } from "@/lib/parsers/contract";
import { candidateCells, type Cells } from "@/lib/parsers/tables/assign-columns";
import type { TableSection } from "@/lib/parsers/tables/find-tables";
import { findColumns, type ColumnSpec } from "@/lib/parsers/tables/header-columns";
import {
  classCodeOf,
  incomeKeyOf,
  readSummaryEntries,
  rowNumberColumns,
  stripEnumerator,
  summaryBodyStart,
  type IncomeKey,
  type SummaryEntry,
} from "@/lib/parsers/tables/summary-table";
import { amountOf, locationOf } from "@/lib/parsers/tables/tokens";

export interface Figure {
  amount: Decimal | null;
  location: Location;
}

export interface IncomeFigure extends Figure {
  key: IncomeKey;
  label: string;
}

export interface ClassFigure extends Figure {
  code: string | null;
  name: string;
}

/** 公开01表 收入支出决算总表. */
export interface OverviewTable {
  income: IncomeFigure[];
  expenditure: ClassFigure[];
  incomeTotal: Figure | null;
  expenditureTotal: Figure | null;
  carryForwardStart: Figure | null;
  carryForwardEnd: Figure | null;
  grandTotalIncome: Figure | null;
  grandTotalExpenditure: Figure | null;
  unread: Unread[];
}

function figureOf(entry: SummaryEntry, section: TableSection, unit: MoneyUnit, unread: Unread[]): Figure {
  const location = locationOf(entry.amounts[0]?.line ?? entry.line, section.id, { row: stripEnumerator(entry.label) });
  const [first, ...rest] = entry.amounts;
  if (rest.length > 0) {
    unread.push({ section: section.label, reason: `${entry.label}：一行有 ${entry.amounts.length} 个金额，无法确定哪个是决算数`, location });
    return { amount: null, location };
  }
  return { amount: first ? amountOf(first, unit) : null, location };
}

function summaryKind(label: string): string | null {
  const name = stripEnumerator(label);
  if (/^本年收入合计/.test(name)) return "incomeTotal";
  if (/^本年支出合计/.test(name)) return "expenditureTotal";
  if (/^年初.*结转和?结余/.test(name)) return "carryForwardStart";
  if (/^年末.*结转和?结余/.test(name)) return "carryForwardEnd";
  if (/总计$/.test(name)) return "grandTotal";
  return null;
}

export function parseOverviewTable(section: TableSection, unit: MoneyUnit): OverviewTable {
  const unread: Unread[] = [];
  const result: OverviewTable = {
    income: [],
    expenditure: [],
    incomeTotal: null,
    expenditureTotal: null,
    carryForwardStart: null,
    carryForwardEnd: null,
    grandTotalIncome: null,
    grandTotalExpenditure: null,
    unread,
  };
  const start = summaryBodyStart(section.lines);
  const entries = readSummaryEntries(section.lines.slice(start), rowNumberColumns(section.lines.slice(0, start)));
  for (const entry of entries) {
    if (entry.label === "") continue;
    const kind = summaryKind(entry.label);
    const incomeKey = incomeKeyOf(entry.label);
    const classCode = incomeKey ? null : classCodeOf(entry.label);
    if (incomeKey && !result.income.some((f) => f.key === incomeKey)) {
      result.income.push({ key: incomeKey, label: stripEnumerator(entry.label), ...figureOf(entry, section, unit, unread) });
    } else if (classCode || (kind === null && /支出$/.test(entry.label) && /^[一二三四五六七八九十]+[、.．]/.test(entry.label))) {
      result.expenditure.push({ code: classCode, name: stripEnumerator(entry.label), ...figureOf(entry, section, unit, unread) });
    } else if (kind === "grandTotal") {
      const figure = figureOf(entry, section, unit, unread);
      if (result.grandTotalIncome === null) result.grandTotalIncome = figure;
      else result.grandTotalExpenditure ??= figure;
    } else if (kind === "incomeTotal" || kind === "expenditureTotal" || kind === "carryForwardStart" || kind === "carryForwardEnd") {
      result[kind] ??= figureOf(entry, section, unit, unread);
    }
  }
  if (result.incomeTotal === null) unread.push({ section: section.label, reason: "未找到“本年收入合计”行", location: locationOf(section.titleLine, section.id) });
  if (result.expenditureTotal === null) unread.push({ section: section.label, reason: "未找到“本年支出合计”行", location: locationOf(section.titleLine, section.id) });
  return result;
}

/** 公开04表 财政拨款收入支出决算总表: income per fund, expenditure total split by fund. */
export interface FiscalOverview {
  incomeByFund: Partial<Record<"generalBudget" | "governmentFund" | "stateCapital", Figure>>;
  incomeTotal: Figure | null;
  /** The 本年支出合计 row by column: total, generalBudget, governmentFund, stateCapital. */
  expenditure: Record<"total" | "generalBudget" | "governmentFund" | "stateCapital", Figure | null>;
  unread: Unread[];
}

const FUND_COLUMNS: ReadonlyArray<ColumnSpec> = [
  { key: "total", synonyms: ["合计", "小计"] },
  { key: "generalBudget", synonyms: ["一般公共预算财政拨款", "一般公共预算"] },
  { key: "governmentFund", synonyms: ["政府性基金预算财政拨款", "政府性基金"] },
  { key: "stateCapital", synonyms: ["国有资本经营预算财政拨款", "国有资本经营"] },
];

export function parseFiscalOverview(section: TableSection, unit: MoneyUnit): FiscalOverview {
  const unread: Unread[] = [];
  const start = summaryBodyStart(section.lines);
  const columns = findColumns(section.lines.slice(0, start), FUND_COLUMNS);
  const entries = readSummaryEntries(section.lines.slice(start), rowNumberColumns(section.lines.slice(0, start)));
  const result: FiscalOverview = {
    incomeByFund: {},
    incomeTotal: null,
    expenditure: { total: null, generalBudget: null, governmentFund: null, stateCapital: null },
    unread,
  };
  let expenditureRow: SummaryEntry | null = null;
  for (const entry of entries) {
    const key = incomeKeyOf(entry.label);
    const kind = summaryKind(entry.label);
    if ((key === "generalBudget" || key === "governmentFund" || key === "stateCapital") && !result.incomeByFund[key]) {
      result.incomeByFund[key] = figureOf(entry, section, unit, unread);
    } else if (kind === "incomeTotal") {
      result.incomeTotal ??= figureOf(entry, section, unit, unread);
    } else if (kind === "expenditureTotal") {
      expenditureRow ??= entry;
    }
  }
  if (!expenditureRow) {
    unread.push({ section: section.label, reason: "未找到“本年支出合计”行", location: locationOf(section.titleLine, section.id) });
    return result;
  }
  const location = locationOf(expenditureRow.line, section.id, { row: "本年支出合计" });
  const funded = (key: string): boolean => {
    if (key === "total") return true;
    const figure = result.incomeByFund[key as keyof FiscalOverview["incomeByFund"]];
    return figure === undefined || (figure.amount !== null && !figure.amount.isZero());
  };
  const candidates: Cells[] =
    columns.length === 0 ? [] : candidateCells({ key: "04", code: null, values: expenditureRow.amounts }, columns, { unit, allowed: funded });
  if (candidates.length !== 1) {
    unread.push({ section: section.label, reason: `本年支出合计：${expenditureRow.amounts.length} 个金额无法唯一对应到 ${columns.length} 个资金列`, location });
    return result;
  }
  const cells = candidates[0] ?? [];
  columns.forEach((column, index) => {
    const k = column.key as keyof FiscalOverview["expenditure"];
    result.expenditure[k] = { amount: cells[index] ?? null, location: { ...location, column: column.label } };
  });
  return result;
}
