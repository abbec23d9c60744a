import type { Claim, Finding, ParsedReport } from "@/lib/parsers/contract";
import { Decimal } from "@/lib/money";
import { at, finding, skipped, type RuleContext } from "../context";
import { formatPct, formatStatedPct, formatWanUnit } from "@/lib/figures/format";
import { NARRATIVE } from "../tables";
import { subjectName } from "../claim-subject";
import { claimLabel, judgePct, printedPrecision, ratioRange } from "../pct";
import { shareBaseFigure } from "../claim-matching";

const KIND_WORD = { share: "占比", change: "增减幅度", completion: "完成率" } as const;

function claimsOf(report: ParsedReport, kind: Claim["kind"]): Claim[] {
  return report.claims.filter((claim) => claim.kind === kind);
}

function where(claim: Claim) {
  return at(claim.location, NARRATIVE, subjectName(claim.subject), KIND_WORD[claim.kind]);
}

/** One recomputation: numerator/denominator → stated percentage, judged at its printed precision. */
function recompute(ctx: RuleContext, rule: string, claim: Claim, numerator: Decimal, denominator: Decimal, slack = 1): Finding[] {
  const recomputed = numerator.abs().dividedBy(denominator.abs()).times(100);
  const judged = judgePct(ctx, recomputed, claim.statedPct ?? "0", ratioRange(ctx, numerator, denominator, slack) ?? undefined);
  if (judged.verdict === "pass") return [];
  const shown = printedPrecision(judged.decimals);
  const why =
    judged.verdict === "error"
      ? ""
      : judged.byAmountRounding
        ? "，金额取整后无法精确重算，可能为取整误差"
        : "，可能为取整误差";
  const message =
    `${claimLabel(claim)}：说明称${KIND_WORD[claim.kind]} ${formatStatedPct(claim.statedPct ?? "0")}，按 ${formatWanUnit(numerator.abs())} ÷ ${formatWanUnit(denominator.abs())} ` +
    `重算为 ${formatPct(recomputed, { decimals: shown })}，相差 ${judged.diff.toFixed(shown)} 个百分点${why}`;
  return [finding(rule, judged.verdict, message, recomputed.toFixed(4), claim.statedPct, where(claim))];
}

/**
 * A rate stated against a base of 0 ("增长100%" for a new unit, "完成年初预算的95.89%" with 年初预算 0) is meaningless
 * wording or the wrong denominator, not two printed figures contradicting each other: a warning.
 */
function denominatorTrap(rule: string, claim: Claim, baseLabel: string): Finding {
  return finding(
    rule,
    "warning",
    `${claimLabel(claim)}：${baseLabel}为 0，却称${KIND_WORD[claim.kind]} ${formatStatedPct(claim.statedPct ?? "0")}（分母为 0 时该比率无意义，措辞或分母有误）`,
    null,
    claim.statedPct,
    where(claim),
  );
}

function runOver(report: ParsedReport, rule: string, kind: Claim["kind"], perClaim: (claim: Claim) => Finding[]): Finding[] {
  const claims = claimsOf(report, kind).filter((claim) => claim.statedPct !== null);
  if (claims.length === 0) return [skipped(rule, `说明中的${KIND_WORD[kind]}`, `可重算的${KIND_WORD[kind]}表述`)];
  return claims.flatMap(perClaim);
}

/** N.share-recompute: 占比 = amount / base. */
export function checkShareRecompute(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "N.share-recompute";
  return runOver(report, rule, "share", (claim) => {
    // The extractor leaves the base null when the narrative does not restate the denominator: the table has it.
    const base = claim.base !== null ? new Decimal(claim.base) : (shareBaseFigure(report, claim)?.value ?? null);
    if (claim.amount === null || base === null) return [skipped(rule, claimLabel(claim), "金额或分母", where(claim))];
    if (base.isZero()) return [denominatorTrap(rule, claim, "分母")];
    return recompute(ctx, rule, claim, new Decimal(claim.amount), base);
  });
}

/** N.change-recompute: 增长/下降 % = (amount − base) / base, base being the prior-year (or budget) figure. */
export function checkChangeRecompute(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "N.change-recompute";
  return runOver(report, rule, "change", (claim) => {
    if (claim.base === null) return [skipped(rule, claimLabel(claim), "上年数（比较基数）", where(claim))];
    const base = new Decimal(claim.base);
    const delta =
      claim.amount !== null ? new Decimal(claim.amount).minus(base) : claim.delta !== null && claim.delta !== undefined ? new Decimal(claim.delta) : null;
    if (delta === null) return [skipped(rule, claimLabel(claim), "本年数或增减额", where(claim))];
    const stated = new Decimal(claim.statedPct ?? "0");
    if (base.isZero()) return delta.isZero() && stated.isZero() ? [] : [denominatorTrap(rule, claim, "上年数")];
    // A delta computed from two rounded amounts carries twice their rounding.
    return recompute(ctx, rule, claim, delta, base, claim.amount !== null ? 2 : 1);
  });
}

/** N.completion-recompute: 完成预算 % = 决算 / 预算; a budget of 0 cannot be "completed" to any percentage. */
export function checkCompletionRecompute(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "N.completion-recompute";
  return runOver(report, rule, "completion", (claim) => {
    if (claim.amount === null || claim.base === null) return [skipped(rule, claimLabel(claim), "决算数或预算数", where(claim))];
    const base = new Decimal(claim.base);
    if (base.isZero()) return [denominatorTrap(rule, claim, "预算数")];
    return recompute(ctx, rule, claim, new Decimal(claim.amount), base);
  });
}

/** N.change-delta: a stated 增减额 equals the difference of the two stated amounts. */
export function checkChangeDelta(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "N.change-delta";
  const claims = report.claims.filter((c) => c.delta !== null && c.delta !== undefined && c.amount !== null && c.base !== null);
  if (claims.length === 0) return [skipped(rule, "说明中的增减额", "同时列出本年数、比较基数和增减额的表述")];
  return claims.flatMap((claim) => {
    const difference = new Decimal(claim.amount ?? 0).minus(claim.base ?? 0).abs();
    const stated = new Decimal(claim.delta ?? 0).abs();
    const diff = difference.minus(stated).abs();
    if (diff.isZero()) return [];
    const tolerance = new Decimal(ctx.options.perAddendTolerance).times(3).times(ctx.unitFactor);
    const severity = diff.lte(Decimal.max(tolerance, new Decimal(ctx.options.amountTolerance).times(ctx.unitFactor))) ? "info" : "error";
    return [
      finding(
        rule,
        severity,
        `${claimLabel(claim)}：增减额 ${formatWanUnit(stated)}，但 ${formatWanUnit(claim.amount ?? "0")} 与 ${formatWanUnit(claim.base ?? "0")} 相差 ${formatWanUnit(difference)}${severity === "info" ? "，可能为取整误差" : ""}`,
        difference.toFixed(2),
        stated.toFixed(2),
        where(claim),
      ),
    ];
  });
}

const DIRECTION_WORD = { increase: "增加/增长/大于", decrease: "减少/下降/小于", flat: "持平/等于" } as const;

/**
 * N.direction-word: 增加/减少/持平 agree with the sign of (amount − base). "减少为 0" when the base was already 0 is a
 * contradiction; "与上年持平" with 0 both years is fine. Only an independent sign counts: a delta that the parser
 * signed from the direction word itself proves nothing.
 */
export function checkDirectionWord(report: ParsedReport, _ctx: RuleContext): Finding[] {
  const rule = "N.direction-word";
  const claims = report.claims.filter((c) => c.kind !== "share" && c.direction !== null && c.direction !== undefined);
  if (claims.length === 0) return [skipped(rule, "说明中的增减方向用语", "带有增加/减少/持平表述的比较")];
  return claims.flatMap((claim) => {
    const direction = claim.direction;
    if (direction === null || direction === undefined) return [];
    let sign: number | null = null;
    if (claim.amount !== null && claim.base !== null) sign = new Decimal(claim.amount).minus(claim.base).comparedTo(0);
    else if (claim.delta !== null && claim.delta !== undefined && new Decimal(claim.delta).isNegative()) sign = -1;
    if (sign === null) return [skipped(rule, claimLabel(claim), "本年数与比较基数", where(claim))];
    const expected = sign > 0 ? "increase" : sign < 0 ? "decrease" : "flat";
    if (expected === direction) return [];
    const facts = claim.amount !== null && claim.base !== null ? `本年 ${formatWanUnit(claim.amount)}，比较基数 ${formatWanUnit(claim.base)}` : `增减额为负`;
    return [
      finding(
        rule,
        "error",
        `${claimLabel(claim)}：用语为“${DIRECTION_WORD[direction]}”，但${facts}，应为“${DIRECTION_WORD[expected]}”`,
        expected,
        direction,
        where(claim),
      ),
    ];
  });
}
