import type { MoneyUnit } from "@/lib/money";
import type { SourceDoc } from "../document";
import type { NarrativeFacts } from "./types";
import { extractChanges } from "./changes";
import { extractGovernmentFund } from "./government-fund";
import { extractGpbTotal, extractItemBudgets } from "./item-budgets";
import { findNarrativeRange, joinLines } from "./narrative-text";
import { extractOperatingExpenses, extractProcurement, extractVehicleCount } from "./other-figures";
import { findPlaceholders } from "./placeholders";
import { extractSangong } from "./sangong";
import { extractShares, findStatedTotals } from "./shares";
import { NarrativeContext, knownAmount } from "./stated-amount";
import { extractStatedTotals } from "./stated-totals";

/** The report year as the narrative heading or first sentence states it ("2024 年度部门决算"). */
function reportYearOf(text: string): number | null {
  const m = /(20\d{2})年度?(?:部门|单位)?决算/.exec(text) ?? /(20\d{2})年度/.exec(text);
  return m?.[1] ? Number.parseInt(m[1], 10) : null;
}

/**
 * Figures only the 决算情况说明 holds (per-项 年初预算, prior-year totals, 三公 details, 机关运行经费, 政府采购, vehicles)
 * and every stated percentage as a claim to recompute. `unit` is the tables' unit: amounts printed in another unit
 * keep their true value and are reported in unread.
 */
export function extractNarrative(doc: SourceDoc, unit: MoneyUnit): NarrativeFacts {
  const range = findNarrativeRange(doc.lines);
  const ctx = new NarrativeContext(joinLines(doc.lines.slice(range.start, range.end)), unit);
  if (!range.found) ctx.note("narrative", "未找到“决算情况说明”部分标题，已在全文中查找", null);

  const gpbTotal = extractGpbTotal(ctx);
  const items = extractItemBudgets(ctx);
  if (items.length === 0) ctx.note("narrative.items", "未读到各项（项级科目）的年初预算与决算说明", null);
  const changes = extractChanges(ctx);
  const year = reportYearOf(ctx.text);
  const sangong = extractSangong(ctx, year);
  const governmentFund = extractGovernmentFund(ctx, year);
  const operating = extractOperatingExpenses(ctx);
  const procurement = extractProcurement(ctx);
  const vehicleCount = extractVehicleCount(ctx);
  extractShares(ctx, {
    ...findStatedTotals(ctx),
    sangongTotal: sangong.actualTotal,
    procurementTotal: knownAmount(procurement.total),
    procurementSme: knownAmount(procurement.sme),
  });
  findPlaceholders(ctx);
  const statedTotals = extractStatedTotals(ctx);

  return {
    gpbBudgetInitialTotal: gpbTotal.initial,
    gpbBudgetFullTotal: gpbTotal.full,
    gpbActualTotal: gpbTotal.actual,
    items,
    priorYear: changes.priorYear,
    sangongBudget: sangong.budget,
    sangongActual: sangong.actual,
    sangongCounts: sangong.counts,
    operatingExpenses: operating.actual,
    operatingExpensesBudget: operating.budget ?? changes.operatingExpensesBudget,
    procurement,
    vehicleCount,
    governmentFund,
    claims: ctx.claims,
    statedTotals,
    sources: ctx.sources,
    unread: ctx.unread,
  };
}
