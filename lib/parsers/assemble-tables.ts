import { toAmountString, type Decimal } from "@/lib/money";
import type {
  EconomicLine,
  ExpenditureLine,
  GpbExpenditureLine,
  IncomeLine,
  Location,
  ParsedReport,
  SangongItems,
} from "@/lib/parsers/contract";
import type { ParsedCodeRow, ParsedCodeTable } from "@/lib/parsers/tables/code-table";
import { rateBasis } from "@/lib/parsers/tables/budget-columns";
import type { FundTable } from "@/lib/parsers/tables/fund-table";
import type { Figure } from "@/lib/parsers/tables/overview-tables";
import type { SangongSide } from "@/lib/parsers/tables/sangong-table";

export function money(value: Decimal | null | undefined): string | null {
  return value === null || value === undefined ? null : toAmountString(value);
}

export function figureAmount(figure: Figure | null | undefined): string | null {
  return money(figure?.amount);
}

type Coded = ParsedCodeRow & { level: NonNullable<ParsedCodeRow["level"]>; code: string };

function codedRows(table: ParsedCodeTable | null): Coded[] {
  return (table?.rows ?? []).filter((r): r is Coded => r.code !== null && r.level !== null);
}

function base(row: Coded) {
  return { code: row.code, name: row.name, level: row.level, location: row.location };
}

export function incomeLines(table: ParsedCodeTable | null): IncomeLine[] {
  return codedRows(table).map((row) => ({
    ...base(row),
    total: money(row.values.total),
    fiscal: money(row.values.fiscal),
    superior: money(row.values.superior),
    business: money(row.values.business),
    operating: money(row.values.operating),
    subsidiary: money(row.values.subsidiary),
    other: money(row.values.other),
  }));
}

/** Optional columns (上缴上级/经营/对附属单位) appear only when the table prints them. */
export function expenditureLines(table: ParsedCodeTable | null): ExpenditureLine[] {
  const has = (key: string): boolean => table?.columns.some((c) => c.key === key) ?? false;
  return codedRows(table).map((row) => {
    const line: ExpenditureLine = {
      ...base(row),
      total: money(row.values.total),
      basic: money(row.values.basic),
      project: money(row.values.project),
    };
    if (has("remitted")) line.remitted = money(row.values.remitted);
    if (has("operating")) line.operating = money(row.values.operating);
    if (has("subsidiary")) line.subsidiary = money(row.values.subsidiary);
    return line;
  });
}

/** Table 05 rows; the budgets come from the table where it prints 年初预算 / 全年预算 columns, else from the narrative. */
export function gpbLines(table: ParsedCodeTable | null): GpbExpenditureLine[] {
  const rows = codedRows(table);
  const rate = table?.columns.find((c) => c.percent === true);
  return expenditureLines(table).map((line, i) => {
    const gpb: GpbExpenditureLine = { ...line, budgetInitial: money(rows[i]?.values.budgetInitial), budgetFull: money(rows[i]?.values.budgetFull) };
    if (rate) {
      const printed = rows[i]?.values[rate.key];
      gpb.printedRatePct = printed === null || printed === undefined ? null : printed.toString();
      gpb.printedRateBasis = rateBasis(rate.label);
    }
    return gpb;
  });
}

/** The 05 合计 row's budget of one kind, with where it is printed; null when the table has no such column. */
export function gpbTotalBudget(table: ParsedCodeTable | null, key: "budgetInitial" | "budgetFull"): Figure | null {
  const total = table?.total;
  const column = table?.columns.find((c) => c.key === key);
  if (!total || !column) return null;
  return { amount: total.values[key] ?? null, location: { ...total.location, column: column.label } };
}

export function economicLines(rows: ReadonlyArray<{ code: string; name: string; category: EconomicLine["category"]; amount: Decimal | null; location: Location }>): EconomicLine[] {
  return rows.map((r) => ({ code: r.code, name: r.name, category: r.category, amount: money(r.amount), location: r.location }));
}

export function fundTable(table: FundTable | null): ParsedReport["governmentFundTable"] {
  if (!table) return { empty: null, statement: null, total: null };
  const figures: ParsedReport["governmentFundTable"] = { empty: table.empty, statement: table.statement, total: money(table.total) };
  if (table.income !== undefined) figures.income = money(table.income);
  return figures;
}

/** Table 09 first; a figure the table does not give comes from the narrative, and sources say which. */
export function sangongItems(
  side: SangongSide | null,
  narrative: Partial<SangongItems>,
): { items: SangongItems; fromNarrative: string[] } {
  const fromNarrative: string[] = [];
  const pick = (key: keyof SangongItems): string | null => {
    const value = side?.values[key];
    if (value !== undefined && value !== null) return money(value);
    const stated = narrative[key];
    if (stated !== undefined && stated !== null) {
      fromNarrative.push(key);
      return stated;
    }
    return null;
  };
  const items: SangongItems = {
    total: pick("total"),
    outbound: pick("outbound"),
    vehiclePurchase: pick("vehiclePurchase"),
    vehicleOperation: pick("vehicleOperation"),
    reception: pick("reception"),
  };
  const subtotal = pick("vehicleSubtotal");
  if (subtotal !== null || side?.values.vehicleSubtotal !== undefined) items.vehicleSubtotal = subtotal;
  return { items, fromNarrative };
}
