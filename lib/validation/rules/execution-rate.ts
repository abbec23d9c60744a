import type { Finding, GpbExpenditureLine, ParsedReport } from "@/lib/parsers/contract";
import { Decimal } from "@/lib/money";
import { at, finding, skipped, type RuleContext } from "../context";
import { claimsForItem } from "../claim-matching";
import { formatPct, formatStatedPct, formatWanUnit } from "@/lib/figures/format";
import { lineLabel, linesOfLength } from "../function-lines";
import { judgePct, printedPrecision, ratioRange } from "../pct";
import { NARRATIVE, TABLE_05 } from "../tables";

function budgetOf(line: GpbExpenditureLine): { value: Decimal; label: string } | null {
  if (line.budgetInitial !== null) return { value: new Decimal(line.budgetInitial), label: "年初预算" };
  if (line.budgetFull !== null) return { value: new Decimal(line.budgetFull), label: "全年预算" };
  return null;
}

/**
 * E.execution-rate: a 项 whose 决算 / 预算 falls outside [low, high] (lib/settings/execution-band.ts by default) deserves attention: a
 * warning when the narrative gives no reason, info when it does. A 0 budget with spending counts as over.
 */
export function checkExecutionRate(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "E.execution-rate";
  const items = linesOfLength(report.gpbExpenditureByFunction, 7).filter((l) => l.total !== null && budgetOf(l) !== null);
  if (items.length === 0) return [skipped(rule, "各项预算执行率", "各项的年初预算（说明中未列出或未能对应到05表）")];
  const low = new Decimal(ctx.options.executionRateLow);
  const high = new Decimal(ctx.options.executionRateHigh);
  return items.flatMap((line) => {
    const budget = budgetOf(line);
    if (!budget || line.total === null) return [];
    const actual = new Decimal(line.total);
    if (budget.value.isZero() && actual.isZero()) return [];
    const rate = budget.value.isZero() ? null : actual.dividedBy(budget.value).times(100);
    const tooLow = rate !== null && rate.lt(low);
    const tooHigh = rate === null || rate.gt(high);
    if (!tooLow && !tooHigh) return [];
    const hasReason = !!line.reason && line.reason.trim() !== "";
    const rateText = rate === null ? `${budget.label}为 0` : `执行率 ${formatPct(rate, { decimals: 2 })}`;
    const band = tooLow ? `低于 ${low.toString()}%` : rate === null ? "无预算安排" : `高于 ${high.toString()}%`;
    const tail = hasReason ? `，说明的原因：${line.reason}` : "，说明中未给出原因";
    return [
      finding(
        rule,
        hasReason ? "info" : "warning",
        `${lineLabel(line)}：${budget.label} ${formatWanUnit(budget.value)}，决算 ${formatWanUnit(actual)}，${rateText}（${band}）${tail}`,
        `${low.toString()}-${high.toString()}`,
        rate === null ? null : rate.toFixed(2),
        at(line.narrativeLocation ?? line.location, line.narrativeLocation ? NARRATIVE : TABLE_05, lineLabel(line), "执行率"),
      ),
    ];
  });
}

/**
 * N.item-rate-vs-T05: a 项's stated 完成率 recomputed from the TABLE 05 决算 and its budget. Items whose completion
 * sentence is already a claim are left to N.completion-recompute and N.item-actual-vs-T05, so one slip gives one finding.
 */
export function checkItemRateVsT05(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "N.item-rate-vs-T05";
  const what = "各项所述完成率";
  const items = linesOfLength(report.gpbExpenditureByFunction, 7).filter((l) => l.statedRatePct !== null && l.statedRatePct !== undefined);
  if (items.length === 0) return [skipped(rule, what, "05表各项的所述完成率")];
  return items.flatMap((line) => {
    if (claimsForItem(report, line).length > 0) return [];
    const budget = budgetOf(line);
    const stated = line.statedRatePct ?? "0";
    const where = at(line.narrativeLocation ?? line.location, NARRATIVE, lineLabel(line), "完成率");
    if (!budget || line.total === null) return [skipped(rule, `${lineLabel(line)} 的完成率`, "决算数或预算数", where)];
    if (budget.value.isZero()) {
      return [finding(rule, "warning", `${lineLabel(line)}：${budget.label}为 0，却称完成 ${formatStatedPct(stated)}（分母为 0 时该比率无意义，措辞或分母有误）`, null, stated, where)];
    }
    const actual = new Decimal(line.total);
    const recomputed = actual.dividedBy(budget.value).times(100);
    const judged = judgePct(ctx, recomputed, stated, ratioRange(ctx, actual, budget.value) ?? undefined);
    if (judged.verdict === "pass") return [];
    const shown = printedPrecision(judged.decimals);
    return [
      finding(
        rule,
        judged.verdict,
        `${lineLabel(line)}：所述完成率 ${formatStatedPct(stated)}，按决算 ${formatWanUnit(actual)} ÷ ${budget.label} ${formatWanUnit(budget.value)} 重算为 ${formatPct(recomputed, { decimals: shown })}` +
          `${judged.verdict === "info" ? "，可能为取整误差" : ""}`,
        recomputed.toFixed(4),
        stated,
        where,
      ),
    ];
  });
}
