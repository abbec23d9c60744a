import type { Finding, GpbExpenditureLine, ParsedReport, Severity } from "@/lib/parsers/contract";
import { Decimal } from "@/lib/money";
import { formatPct, formatStatedPct, formatWanUnit } from "@/lib/figures/format";
import { at, finding, skipped, type RuleContext, type Verdict } from "../context";
import { lineLabel } from "../function-lines";
import { judgePct, printedPrecision, ratioRange } from "../pct";
import { TABLE_05 } from "../tables";

const RULE = "T05.printed-rate";
const RANK: Record<Verdict, number> = { pass: 0, info: 1, warning: 2, error: 3 };

function bases(line: GpbExpenditureLine): Array<{ label: string; value: Decimal }> {
  const all = [
    { basis: "initial", label: "年初预算", value: line.budgetInitial },
    { basis: "full", label: "全年预算", value: line.budgetFull },
  ] as const;
  return all
    .filter((b) => (line.printedRateBasis == null || b.basis === line.printedRateBasis) && b.value !== null && !new Decimal(b.value).isZero())
    .map((b) => ({ label: b.label, value: new Decimal(b.value ?? 0) }));
}

/**
 * T05.printed-rate: a 05 table's own 执行率/完成率 column = 决算合计 ÷ the budget its header names × 100, at the printed
 * precision. When the header does not name the budget, either budget may be meant: the closest reading counts, and a
 * rate neither explains is a warning (the denominator is unclear), not an error.
 */
export function checkT05PrintedRate(report: ParsedReport, ctx: RuleContext): Finding[] {
  const lines = report.gpbExpenditureByFunction.filter((l) => l.printedRatePct != null && l.total !== null);
  if (lines.length === 0) return [skipped(RULE, `${TABLE_05}的执行率栏`, "表中印出的执行率")];
  return lines.flatMap((line) => {
    const stated = line.printedRatePct ?? "0";
    const actual = new Decimal(line.total ?? 0);
    const judged = bases(line).map((base) => {
      const recomputed = actual.dividedBy(base.value).times(100);
      return { base, recomputed, judged: judgePct(ctx, recomputed, stated, ratioRange(ctx, actual, base.value) ?? undefined) };
    });
    const best = judged.sort((a, b) => RANK[a.judged.verdict] - RANK[b.judged.verdict])[0];
    if (!best || best.judged.verdict === "pass") return [];
    const named = line.printedRateBasis != null;
    const verdict: Severity = best.judged.verdict === "error" && !named ? "warning" : best.judged.verdict;
    const shown = printedPrecision(best.judged.decimals);
    const tail = verdict === "info" ? "，可能为取整误差" : named ? "" : "（表头未标明执行率所对的预算）";
    return [
      finding(
        RULE,
        verdict,
        `${lineLabel(line)}：表中执行率 ${formatStatedPct(stated)}，按决算 ${formatWanUnit(actual)} ÷ ${best.base.label} ${formatWanUnit(best.base.value)} 重算为 ${formatPct(best.recomputed, { decimals: shown })}${tail}`,
        best.recomputed.toFixed(4),
        stated,
        at(line.location, TABLE_05, lineLabel(line), "执行率"),
      ),
    ];
  });
}
