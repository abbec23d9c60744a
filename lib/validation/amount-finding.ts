import type { Finding, Location } from "@/lib/parsers/contract";
import { toAmountString, type Decimal } from "@/lib/money";
import { finding, judgeAmounts, type RuleContext } from "./context";
import { formatWanUnit } from "@/lib/figures/format";

export interface AmountComparison {
  rule: string;
  /** Who is compared, e.g. "201 一般公共服务支出". */
  subject: string;
  expectedLabel: string;
  expected: Decimal;
  actualLabel: string;
  actual: Decimal;
  /** Number of printed addends behind `expected` (1 when comparing two single figures). */
  addends: number;
  location: Location | null;
  /** Appended to the message, e.g. a hint that a blank cell was read as 0. */
  note?: string;
}

/**
 * Compares a printed figure with what it should equal; no finding when they agree exactly, `info` inside the rounding
 * envelope, `error` beyond it. Message: "201 一般公共服务支出：款合计 1,881.36 万元，类行 1,881.37 万元，相差 0.01 万元".
 */
export function compareAmounts(ctx: RuleContext, c: AmountComparison): Finding[] {
  const { verdict, diff } = judgeAmounts(ctx, c.expected, c.actual, c.addends);
  if (verdict === "pass") return [];
  const rounding = verdict === "info" ? "，可能为取整误差" : "";
  const note = c.note ? `（${c.note}）` : "";
  const message = `${c.subject}：${c.expectedLabel} ${formatWanUnit(c.expected)}，${c.actualLabel} ${formatWanUnit(c.actual)}，相差 ${formatWanUnit(diff)}${rounding}${note}`;
  return [finding(c.rule, verdict, message, toAmountString(c.expected), toAmountString(c.actual), c.location)];
}
