/**
 * Thresholds of the 需关注 list on the overview (总览). Edit here to change what the bureau is alerted to; every value
 * is in percent and compared against exact Decimal figures.
 *
 * - executionLowPct / executionHighPct: a department whose 决算 / 年初预算 (一般公共预算 项 lines) falls below the first or
 *   above the second. DOMAIN.md: below ~90% or above ~110% deserves attention.
 * - sangongGrowthPct: 三公 actual (决算) up by more than this against the department's prior-year report.
 * - expenditureGrowthPct: 本年支出合计 up by more than this against the prior-year report.
 * A 三公 actual above its budget, a report with 审核 errors, and a department that reported last year but not this
 * year are always listed (no threshold).
 */
export interface AttentionThresholds {
  executionLowPct: number;
  executionHighPct: number;
  sangongGrowthPct: number;
  expenditureGrowthPct: number;
}

export const ATTENTION_THRESHOLDS: AttentionThresholds = {
  executionLowPct: 90,
  executionHighPct: 110,
  sangongGrowthPct: 10,
  expenditureGrowthPct: 20,
};
