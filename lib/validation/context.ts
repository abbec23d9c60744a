import type { Finding, Location, ParsedReport, Severity } from "@/lib/parsers/contract";
import { Decimal, type MoneyUnit } from "@/lib/money";
import type { ValidationOptions } from "./options";

/** What every rule receives besides the report: resolved options and the report's printed unit. */
export interface RuleContext {
  options: ValidationOptions;
  /** Unit the source printed its amounts in; tolerances scale with it (0.01 万元 = 100 元, 0.01 元 = 0.01 元). */
  printedUnit: MoneyUnit;
  /** 元 per printed unit. */
  unitFactor: Decimal;
}

export type Check = (report: ParsedReport, ctx: RuleContext) => Finding[];

export interface RuleDefinition {
  id: string;
  /** Short Chinese description, shown next to findings and in the rule list. */
  title: string;
  check: Check;
}

export function makeContext(report: ParsedReport, options: ValidationOptions): RuleContext {
  const printedUnit: MoneyUnit = report.sourceUnit ?? "万元";
  return { options, printedUnit, unitFactor: new Decimal(printedUnit === "万元" ? 10000 : 1) };
}

export type Verdict = "pass" | Severity;

/**
 * Tolerance in 元 for a printed figure compared with the sum of `addends` printed figures (1 = two single figures).
 * Every printed figure in the comparison, the total included, carries up to half a unit of rounding: (n + 1) × 0.005
 * 万元, which is the 0.01 of a one-to-one comparison and grows by 0.005 per further addend (咸宁 03表: 127.88 + 8.88 +
 * 354.69 = 491.45 against a printed 491.43 is rounding, not an error).
 */
export function amountToleranceYuan(ctx: RuleContext, addends: number): Decimal {
  const single = new Decimal(ctx.options.amountTolerance);
  const perAddend = new Decimal(ctx.options.perAddendTolerance).times(addends + 1);
  return Decimal.max(single, perAddend).times(ctx.unitFactor);
}

export function judgeAmounts(ctx: RuleContext, expected: Decimal, actual: Decimal, addends: number): { verdict: Verdict; diff: Decimal } {
  const diff = actual.minus(expected).abs();
  if (diff.isZero()) return { verdict: "pass", diff };
  return { verdict: diff.lte(amountToleranceYuan(ctx, addends)) ? "info" : "error", diff };
}

export function finding(
  rule: string,
  severity: Severity,
  message: string,
  expected: string | null,
  actual: string | null,
  location: Location | null,
): Finding {
  return { rule, severity, message, expected, actual, location };
}

/** The one shape of "this check could not run": an info finding, never a silent pass. */
export function skipped(rule: string, what: string, missing: string, location: Location | null = null): Finding {
  return finding(rule, "info", `未能核对：${what}，缺少${missing}`, null, null, location);
}

/** A location for a figure: its own page/line plus the table/row/column that names it. */
export function at(
  base: Location | null | undefined,
  table: string,
  row: string | null,
  column: string | null,
): Location {
  return {
    page: base?.page ?? null,
    line: base?.line ?? null,
    table: base?.table ?? table,
    row: row ?? base?.row ?? null,
    column: column ?? base?.column ?? null,
    ...(base?.sheet ? { sheet: base.sheet } : {}),
  };
}
