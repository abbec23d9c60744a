import type { Amount, Claim, Indicator, Location, ParsedReport, Pct, Unread } from "../contract";
import type { StatedGovernmentFund } from "./government-fund";
import type { StatedTotals } from "./stated-totals";

/** One 项 as the narrative states it: "…（类）…（款）…（项）年初预算为 X 万元，支出决算为 Y 万元，完成年初预算的 Z%". */
export interface NarrativeItemBudget {
  className: string | null;
  sectionName: string | null;
  itemName: string;
  /** When the narrative prints the code itself (some provinces do). */
  code: string | null;
  budgetInitial: Amount | null;
  budgetFull: Amount | null;
  /** budgetFull was named (全年/调整预算), not a bare "预算为". */
  budgetFullNamed?: boolean;
  actual: Amount | null;
  statedRatePct: Pct | null;
  statedRateBasis: "initial" | "full" | null;
  reason: string | null;
  location: Location;
}

/** Figures that only the narrative (决算情况说明) holds, plus the stated percentages to recompute. */
export interface NarrativeFacts {
  gpbBudgetInitialTotal: Amount | null;
  gpbBudgetFullTotal: Amount | null;
  gpbActualTotal: Amount | null;
  items: NarrativeItemBudget[];
  priorYear: ParsedReport["priorYear"];
  sangongBudget: Partial<ParsedReport["sangong"]["budget"]>;
  sangongActual: Partial<ParsedReport["sangong"]["actual"]>;
  sangongCounts: ParsedReport["sangong"]["counts"];
  operatingExpenses: Amount | null;
  operatingExpensesBudget: Amount | null;
  procurement: ParsedReport["procurement"];
  vehicleCount: number | null;
  /** 政府性基金预算财政拨款 收入/支出 as stated ("本年度无…收入支出" → 0), for the check against 公开07表. */
  governmentFund: StatedGovernmentFund;
  claims: Claim[];
  /** Totals the 说明 states; used where the tables are missing (a 说明 published alone). */
  statedTotals: StatedTotals;
  /** JSON path in ParsedReport ("operatingExpenses") → where the narrative states it. */
  sources: Record<string, Location>;
  unread: Unread[];
}

export interface PerformanceFacts {
  overall: ParsedReport["performance"]["overall"];
  /** Indicator rows of the 整体绩效自评表; the contract's `performance.overall` has no place for them yet. */
  overallIndicators: Indicator[];
  projects: ParsedReport["performance"]["projects"];
  unread: Unread[];
}
