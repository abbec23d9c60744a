import type { Claim, Finding, ParsedReport } from "@/lib/parsers/contract";
import { Decimal } from "@/lib/money";
import { compareAmounts } from "../amount-finding";
import { at, skipped, type RuleContext } from "../context";
import { isItemClaim, itemForClaim, sangongFigure, sangongItemOf, shareBaseFigure, totalFigureFor, type TableFigure } from "../claim-matching";
import { readSubject, subjectName } from "../claim-subject";
import { lineLabel } from "../function-lines";
import { claimLabel } from "../pct";
import { NARRATIVE, TABLE_05, TABLE_09 } from "../tables";

interface Pairing {
  claim: Claim;
  figure: TableFigure;
  stated: Decimal;
  statedLabel: string;
}

/** Compares each distinct (table figure, stated amount) once: the same total is often restated in several sentences. */
function comparePairings(ctx: RuleContext, rule: string, pairings: readonly Pairing[]): Finding[] {
  const seen = new Set<string>();
  return pairings.flatMap(({ claim, figure, stated, statedLabel }) => {
    if (figure.value === null) return [];
    const key = `${figure.label}|${stated.toFixed(2)}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return compareAmounts(ctx, {
      rule,
      subject: claimLabel(claim),
      expectedLabel: figure.label,
      expected: figure.value,
      actualLabel: statedLabel,
      actual: stated,
      addends: 1,
      location: at(claim.location, NARRATIVE, subjectName(claim.subject), "金额"),
    });
  });
}

function missingFigures(rule: string, what: string, pairings: readonly Pairing[]): Finding[] {
  const missing = [...new Set(pairings.filter((p) => p.figure.value === null).map((p) => p.figure.label))];
  return missing.length === 0 ? [] : [skipped(rule, what, `表中的${missing.join("、")}`)];
}

/**
 * N.totals-vs-tables: totals the narrative states (收支总计, 财政拨款, 一般公共预算支出, 基本/项目支出, 类, and the
 * denominators of its shares) = the tables'.
 */
export function checkTotalsVsTables(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "N.totals-vs-tables";
  const what = "说明中的总额与表中数";
  const pairings: Pairing[] = report.claims.flatMap((claim) => {
    const out: Pairing[] = [];
    const figure = totalFigureFor(report, claim);
    if (figure && claim.amount !== null) out.push({ claim, figure, stated: new Decimal(claim.amount), statedLabel: "说明所述" });
    const base = claim.kind === "share" ? shareBaseFigure(report, claim) : null;
    if (base && claim.base !== null) out.push({ claim, figure: base, stated: new Decimal(claim.base), statedLabel: "说明所用分母" });
    return out;
  });
  if (pairings.length === 0) return [skipped(rule, what, "可对应到表中合计数的说明表述")];
  return [...comparePairings(ctx, rule, pairings), ...missingFigures(rule, what, pairings)];
}

/** N.sangong-vs-T09: 三公 figures in the narrative (决算, and the 预算 a completion is measured against) = table 09. */
export function checkSangongVsT09(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "N.sangong-vs-T09";
  const what = `说明中的“三公”经费与${TABLE_09}`;
  const pairings: Pairing[] = report.claims.flatMap((claim) => {
    const item = sangongItemOf(claim);
    if (item === null) return [];
    const out: Pairing[] = [];
    if (claim.amount !== null) out.push({ claim, figure: sangongFigure(report, item, "actual"), stated: new Decimal(claim.amount), statedLabel: "说明所述决算" });
    const againstBudget = claim.kind === "completion" || readSubject(claim.subject).vsBudget;
    if (againstBudget && claim.base !== null) {
      out.push({ claim, figure: sangongFigure(report, item, "budget"), stated: new Decimal(claim.base), statedLabel: "说明所述预算" });
    }
    return out;
  });
  if (pairings.length === 0) return [skipped(rule, what, "说明中的“三公”经费表述")];
  return [...comparePairings(ctx, rule, pairings), ...missingFigures(rule, what, pairings)];
}

/** N.item-actual-vs-T05: each 项's 决算 as the narrative states it (完成年初预算 sentences) = its row in table 05. */
export function checkItemActualVsT05(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "N.item-actual-vs-T05";
  const what = `说明中各项的支出决算与${TABLE_05}`;
  const claims = report.claims.filter((c) => c.kind === "completion" && c.amount !== null);
  if (claims.length === 0) return [skipped(rule, what, "说明中的各项完成率表述")];
  const unmatched: string[] = [];
  const findings = claims.flatMap((claim) => {
    const line = itemForClaim(report, claim);
    if (!line) {
      if (isItemClaim(claim)) unmatched.push(readSubject(claim.subject).label);
      return [];
    }
    if (line.total === null) return [skipped(rule, `${lineLabel(line)} 的支出决算`, "05表该项决算数", at(line.location, TABLE_05, lineLabel(line), "小计"))];
    return compareAmounts(ctx, {
      rule,
      subject: `${lineLabel(line)}`,
      expectedLabel: "05表决算",
      expected: new Decimal(line.total),
      actualLabel: "说明所述决算",
      actual: new Decimal(claim.amount ?? 0),
      addends: 1,
      location: at(claim.location, NARRATIVE, lineLabel(line), "支出决算"),
    });
  });
  const unmatchedNote = unmatched.length === 0 ? [] : [skipped(rule, `${unmatched.join("；")} 的支出决算`, "05表中可对应的项")];
  return [...findings, ...unmatchedNote];
}

/**
 * N.budget-initial-sum: the narrative's 年初预算 total = Σ of the 项 年初预算 it lists; only when every 05 项 has one,
 * since a partial list cannot add up.
 */
export function checkBudgetInitialSum(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "N.budget-initial-sum";
  const what = "一般公共预算财政拨款支出年初预算合计";
  const total = report.gpbBudgetInitialTotal;
  const items = report.gpbExpenditureByFunction.filter((l) => l.code.length === 7);
  if (total === null || total === undefined) return [skipped(rule, what, "说明中的年初预算总数")];
  if (items.length === 0) return [skipped(rule, what, "05表的项级行")];
  const missing = items.filter((l) => l.budgetInitial === null);
  if (missing.length > 0) return [skipped(rule, what, `${missing.map(lineLabel).join("、")}的年初预算`)];
  const sum = items.reduce((acc, l) => acc.plus(l.budgetInitial ?? 0), new Decimal(0));
  return compareAmounts(ctx, {
    rule,
    subject: what,
    expectedLabel: "各项年初预算合计",
    expected: sum,
    actualLabel: "说明所述年初预算",
    actual: new Decimal(total),
    addends: items.length,
    location: at(report.sources["gpbBudgetInitialTotal"], NARRATIVE, what, "年初预算"),
  });
}
