import type { Amount, Location } from "../contract";
import { NUM, UNIT, regex, type NarrativeContext } from "./stated-amount";

export type StatedTotalKey = "income" | "expenditure" | "fiscalAppropriationIncome" | "basicExpenditure" | "projectExpenditure" | "grandTotal";
export type StatedTotals = Partial<Record<StatedTotalKey, { value: Amount; location: Location }>>;

/**
 * The department's totals as the 说明 states them ("2024年度收入合计1,210.00万元", "其中：基本支出1,000.00万元"). They
 * stand in for the tables only when the tables are not there (a 说明 published alone). The 财政拨款 and 一般公共预算
 * variants of the same words are other figures and are excluded.
 */
const PATTERNS: Array<[StatedTotalKey, string]> = [
  ["grandTotal", String.raw`(?<!财政拨款)收、?支总计(?:均)?(?:为|是)?(${NUM})(${UNIT})`],
  ["income", String.raw`(?<!财政拨款)(?:本年)?收入合计(?:为|是)?(${NUM})(${UNIT})`],
  ["expenditure", String.raw`(?<!财政拨款)(?:本年)?支出合计(?:为|是)?(${NUM})(${UNIT})`],
  ["fiscalAppropriationIncome", String.raw`(?<!预算)财政拨款收入(?:为|是)?(${NUM})(${UNIT})`],
  ["basicExpenditure", String.raw`(?<!财政拨款|公共预算|预算)基本支出(?:为|是)?(${NUM})(${UNIT})`],
  ["projectExpenditure", String.raw`(?<!财政拨款|公共预算|预算)项目支出(?:为|是)?(${NUM})(${UNIT})`],
];

export function extractStatedTotals(ctx: NarrativeContext): StatedTotals {
  const totals: StatedTotals = {};
  for (const [key, pattern] of PATTERNS) {
    const m = regex(pattern, "").exec(ctx.text);
    if (!m?.[1]) continue;
    const offset = m.index + m[0].lastIndexOf(m[1]);
    const stated = ctx.amount(m[1], m[2], offset);
    if (stated) totals[key] = { value: stated.value, location: ctx.locate(offset) };
  }
  return totals;
}
