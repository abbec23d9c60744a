import Decimal from "decimal.js";
import type { Rng } from "./prng";
import { functionName, reportTotals } from "./report-figures";
import type { DemoMistake, DemoReport, MistakeKind } from "./types";
import { pct, wanProse } from "./units";

/** Share of reports that carry one planted error: enough to see the validator work, few enough to look real. */
const MISTAKE_SHARE = 0.04;
const KINDS: ReadonlyArray<MistakeKind> = ["class-sum", "completion-rate", "change-pct"];

function shifted(truePct: string, rng: Rng): string {
  const shift = new Decimal(rng.int(300, 1500)).dividedBy(100).times(rng.chance(0.5) ? 1 : -1);
  const value = new Decimal(truePct).plus(shift);
  return (value.isNegative() ? new Decimal(truePct).plus(shift.abs()) : value).toFixed(2);
}

function mistakeFor(report: DemoReport, kind: MistakeKind, rng: Rng): DemoMistake | null {
  if (kind === "class-sum") {
    const classes = [...new Set(report.items.map((i) => i.code.slice(0, 3)))];
    const code = rng.pick(classes);
    const delta = rng.int(100, 5000);
    return {
      kind,
      rule: "T03.class-equals-sections",
      code,
      delta,
      statedPct: null,
      description: `公开03表 ${code} ${functionName(code)} 类行合计与基本支出多计 ${wanProse(delta)} 万元，不等于其款、项之和`,
    };
  }
  if (kind === "completion-rate") {
    const candidates = report.items.filter((i) => i.budgetInitial > 0 && i.basic + i.project - i.nonFiscalBasic - i.nonFiscalProject > 0);
    if (candidates.length === 0) return null;
    const item = rng.pick(candidates);
    const truePct = pct(item.basic + item.project - item.nonFiscalBasic - item.nonFiscalProject, item.budgetInitial);
    if (truePct === null) return null;
    const statedPct = shifted(truePct, rng);
    return {
      kind,
      rule: "N.completion-recompute",
      code: item.code,
      delta: 0,
      statedPct,
      description: `${item.code} ${functionName(item.code)} 完成年初预算的比例写为 ${statedPct}%，按金额应为 ${truePct}%`,
    };
  }
  const grand = reportTotals(report).grand;
  const truePct = pct(Math.abs(grand - report.prior.grand), report.prior.grand);
  if (truePct === null) return null;
  const statedPct = shifted(truePct, rng);
  return {
    kind,
    rule: "N.change-recompute",
    code: null,
    delta: 0,
    statedPct,
    description: `收、支总计较上年变动比例写为 ${statedPct}%，按金额应为 ${truePct}%`,
  };
}

/** Plants one deliberate error in a small share of reports and records it on the report. */
export function plantMistakes(reports: DemoReport[], rng: Rng): void {
  if (reports.length === 0) return;
  const count = Math.max(reports.length >= 6 ? 1 : 0, Math.round(reports.length * MISTAKE_SHARE));
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, reports.length)) chosen.add(rng.int(0, reports.length - 1));
  [...chosen].sort((a, b) => a - b).forEach((index, n) => {
    const report = reports[index];
    if (report === undefined) return;
    const mistake = mistakeFor(report, KINDS[n % KINDS.length] ?? "class-sum", rng) ?? mistakeFor(report, "class-sum", rng);
    if (mistake !== null) report.mistakes.push(mistake);
  });
}
