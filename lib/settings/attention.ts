import { z } from "zod";
import { EXECUTION_BAND } from "./execution-band";

/**
 * What the 需关注 list on the overview (总览) flags, and when a flag is material enough to show. Every percentage is
 * compared against exact Decimal figures; every amount is in 万元. An admin can override the materiality values at
 * /admin/settings (stored as the Setting `attentionThresholds`, validated by `ATTENTION_THRESHOLDS_SCHEMA`); these are
 * the defaults, documented in the README. The execution band itself is not overridable here: it is execution-band.ts's,
 * which every chart colour, reference line and sentence also reads, so the list and the charts never disagree.
 *
 * - Execution (预算执行率 = 决算 ÷ 预算 of the 一般公共预算 项 stating that budget): below `executionLowPct` or above
 *   `executionHighPct`, and only when that budget is at least `executionMinBudgetWan` — a 40 万元 budget spent at 80%
 *   is 8 万元 and not a leader's question. The default band is execution-band.ts's. Beyond twice the band's width (below 80% / above 120% by default) it is 高.
 * - 三公 over budget: the actual above its budget by at least `sangongOverBudgetMinWan`; 高 from
 *   `sangongOverBudgetHighPct` of the budget, else 中.
 * - 三公 growth against the department's prior-year report: up by at least `sangongGrowthPct` AND by at least
 *   `sangongGrowthMinWan`, and by at least `sangongGrowthPerMille` ‰ of the department's 支出合计 (so a large
 *   department needs a larger increase); 中 from three times `sangongGrowthPct`, else 低.
 * - 支出 growth: 本年支出合计 up by at least `expenditureGrowthPct` AND by at least `expenditureGrowthMinWan`; 中 from
 *   twice the percentage, else 低.
 * - A report with 审核 errors (printed figures that contradict each other) is always listed and always 高; a
 *   department that reported last year but not this year is always listed, 中.
 * - `pageSize`: rows per page of the list.
 */
export interface AttentionThresholds {
  executionLowPct: number;
  executionHighPct: number;
  executionMinBudgetWan: number;
  sangongOverBudgetMinWan: number;
  sangongOverBudgetHighPct: number;
  sangongGrowthPct: number;
  sangongGrowthMinWan: number;
  sangongGrowthPerMille: number;
  expenditureGrowthPct: number;
  expenditureGrowthMinWan: number;
  pageSize: number;
}

export const ATTENTION_THRESHOLDS: AttentionThresholds = {
  executionLowPct: EXECUTION_BAND.lowPct,
  executionHighPct: EXECUTION_BAND.highPct,
  executionMinBudgetWan: 500,
  sangongOverBudgetMinWan: 0.5,
  sangongOverBudgetHighPct: 10,
  sangongGrowthPct: 10,
  sangongGrowthMinWan: 5,
  sangongGrowthPerMille: 1,
  expenditureGrowthPct: 20,
  expenditureGrowthMinWan: 500,
  pageSize: 20,
};

/** The thresholds an admin may override: all but the execution band, which the charts share. */
export type AttentionSetting = Exclude<keyof AttentionThresholds, "executionLowPct" | "executionHighPct">;

/** Chinese names of the overridable settings, for the admin form and messages. */
export const ATTENTION_THRESHOLD_LABELS: Record<AttentionSetting, string> = {
  executionMinBudgetWan: "执行率：预算不低于（万元）",
  sangongOverBudgetMinWan: "三公超预算：超出不低于（万元）",
  sangongOverBudgetHighPct: "三公超预算：超出预算的该比例起为“高”（%）",
  sangongGrowthPct: "三公增长：增幅不低于（%）",
  sangongGrowthMinWan: "三公增长：增加额不低于（万元）",
  sangongGrowthPerMille: "三公增长：增加额不低于部门支出的（‰）",
  expenditureGrowthPct: "支出增长：增幅不低于（%）",
  expenditureGrowthMinWan: "支出增长：增加额不低于（万元）",
  pageSize: "每页条数",
};

const nonNegative = z.number().finite().min(0).max(1_000_000);

/** A stored override: any subset of the thresholds; values out of range are refused, never clamped. */
export const ATTENTION_THRESHOLDS_SCHEMA = z
  .object({
    executionMinBudgetWan: nonNegative,
    sangongOverBudgetMinWan: nonNegative,
    sangongOverBudgetHighPct: nonNegative,
    sangongGrowthPct: nonNegative,
    sangongGrowthMinWan: nonNegative,
    sangongGrowthPerMille: z.number().finite().min(0).max(1000),
    expenditureGrowthPct: nonNegative,
    expenditureGrowthMinWan: nonNegative,
    pageSize: z.number().int().min(5).max(200),
  })
  .partial()
  .strict();

export type AttentionThresholdOverrides = z.infer<typeof ATTENTION_THRESHOLDS_SCHEMA>;

/** A stored override (JSON text) → its values; null when absent or no longer valid (then ignored as a whole). */
export function parseAttentionOverrides(stored: string | null | undefined): AttentionThresholdOverrides | null {
  if (stored === null || stored === undefined || stored.trim() === "") return null;
  try {
    const parsed = ATTENTION_THRESHOLDS_SCHEMA.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The defaults with a stored override applied. */
export function resolveAttentionThresholds(stored: string | null | undefined): AttentionThresholds {
  return { ...ATTENTION_THRESHOLDS, ...parseAttentionOverrides(stored) };
}
