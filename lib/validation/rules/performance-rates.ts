import type { Finding, Location, ParsedReport } from "@/lib/parsers/contract";
import { Decimal } from "@/lib/money";
import { at, finding, skipped, type RuleContext } from "../context";
import { formatPct, formatStatedPct, formatWanUnit } from "@/lib/figures/format";
import { judgePct, printedPrecision, ratioRange } from "../pct";

const TABLE = "绩效自评表";

interface RateRow {
  name: string;
  budget: string | null;
  actual: string | null;
  ratePct: string | null;
  location: Location | null | undefined;
}

/**
 * N.performance-rate: the 执行率 (B/A) printed in the 整体/项目绩效自评表 recomputes from 执行数 (B) and 预算数 (A), at
 * its printed precision; a rate against a 预算数 of 0 is meaningless.
 */
export function checkPerformanceRates(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "N.performance-rate";
  const { overall, projects } = report.performance;
  const rows: RateRow[] = [
    { name: "整体绩效", budget: overall.budget, actual: overall.actual, ratePct: overall.ratePct, location: report.sources["performance.overall"] },
    ...projects.map((p) => ({ name: p.name, budget: p.budget, actual: p.actual, ratePct: p.ratePct, location: p.location })),
  ].filter((row) => row.ratePct !== null);
  if (rows.length === 0) return [skipped(rule, "绩效自评表的执行率", "执行率")];
  return rows.flatMap((row) => {
    const stated = row.ratePct ?? "0";
    const where = at(row.location, TABLE, row.name, "执行率");
    if (row.budget === null || row.actual === null) return [skipped(rule, `${row.name} 的执行率`, "预算数或执行数", where)];
    const budget = new Decimal(row.budget);
    const actual = new Decimal(row.actual);
    if (budget.isZero()) {
      return [finding(rule, "warning", `${TABLE} ${row.name}：预算数为 0，却称执行率 ${formatStatedPct(stated)}（分母为 0 时比率无意义）`, null, stated, where)];
    }
    const recomputed = actual.dividedBy(budget).times(100);
    const judged = judgePct(ctx, recomputed, stated, ratioRange(ctx, actual, budget) ?? undefined);
    if (judged.verdict === "pass") return [];
    const shown = printedPrecision(judged.decimals);
    return [
      finding(
        rule,
        judged.verdict,
        `${TABLE} ${row.name}：执行率 ${formatStatedPct(stated)}，按执行数 ${formatWanUnit(actual)} ÷ 预算数 ${formatWanUnit(budget)} 重算为 ${formatPct(recomputed, { decimals: shown })}，` +
          `相差 ${judged.diff.toFixed(shown)} 个百分点${judged.verdict === "info" ? "，可能为取整误差" : ""}`,
        recomputed.toFixed(4),
        stated,
        where,
      ),
    ];
  });
}
