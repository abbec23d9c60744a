import { EXECUTION_BAND } from "@/lib/settings/execution-band";

/**
 * Tolerances and thresholds. Amount tolerances are in the report's PRINTED unit (万元 for most reports, 元 for some):
 * a figure printed with two decimals carries up to half a unit of rounding, so two such figures may differ by one unit
 * (0.01) and a printed total may differ from the sum of its n printed addends by up to (n + 1) × 0.005 (each addend and
 * the total itself). Differences inside that envelope are `info` ("可能为取整误差"), beyond it `error`. A zero difference
 * produces no finding at all.
 */
export interface ValidationOptions {
  /** Largest difference between two printed figures still explained by rounding (printed unit). */
  amountTolerance: string;
  /** Rounding allowance per printed figure when a total is compared with the sum of n addends (printed unit). */
  perAddendTolerance: string;
  /**
   * A stated percentage passes when it equals the recomputed one at its own printed precision (± half a unit of the
   * last printed digit); up to this many percentage points beyond that is `info`, further is `error`.
   */
  pctInfoMargin: string;
  /**
   * When a percentage misses even the info margin, it is still only `info` if some choice of the unrounded amounts
   * (each within ± half a printed unit) reproduces it: tiny amounts such as 0.33 / 3.5 万元 cannot pin a percentage
   * to two decimals, and blaming the author for that would be a false alarm.
   */
  allowAmountRoundingInPct: boolean;
  /** Execution rate (决算 / 预算, percent) below which a 项 deserves attention. */
  executionRateLow: string;
  /** Execution rate above which a 项 deserves attention. */
  executionRateHigh: string;
  /** Rule ids to skip entirely (e.g. a province that never prints 款 rows). */
  disabledRules: readonly string[];
}

export const DEFAULT_VALIDATION_OPTIONS: ValidationOptions = {
  amountTolerance: "0.01",
  perAddendTolerance: "0.005",
  pctInfoMargin: "0.01",
  allowAmountRoundingInPct: true,
  executionRateLow: String(EXECUTION_BAND.lowPct),
  executionRateHigh: String(EXECUTION_BAND.highPct),
  disabledRules: [],
};

export function resolveOptions(overrides: Partial<ValidationOptions> = {}): ValidationOptions {
  const merged = { ...DEFAULT_VALIDATION_OPTIONS, ...overrides };
  for (const key of ["amountTolerance", "perAddendTolerance", "pctInfoMargin", "executionRateLow", "executionRateHigh"] as const) {
    if (!/^\d+(\.\d+)?$/.test(merged[key])) throw new RangeError(`validation option ${key} must be a non-negative decimal string`);
  }
  return merged;
}
