import { Decimal } from "@/lib/money";
import { formatPct, formatPp, formatWanUnit, toDecimal } from "@/lib/figures/format";
import { percentOf } from "@/lib/figures/rates";

/**
 * Clause builders shared by the narrative sentences. Every number they print is computed here from the inputs;
 * a missing input yields null so the caller drops the clause instead of writing a guess.
 */

/** Amount in 元 or rate in percent as the contract carries it (decimal string); null/undefined = not known. */
export type FigureInput = string | number | null | undefined;

export function figure(value: FigureInput): Decimal | null {
  return toDecimal(value ?? null);
}

/** "与上年持平" / "比上年增加X万元" / "比上年（Y万元）减少X万元". */
export function amountChangeClause(current: Decimal, reference: Decimal, label: string): string {
  const change = current.minus(reference);
  if (change.isZero()) return `与${label}持平`;
  return `比${label}${change.isPositive() ? "增加" : "减少"}${formatWanUnit(change.abs())}`;
}

/** "增长27.71%" / "下降5.00%"; null when the reference is zero (growth from nothing has no rate). */
export function growthPhrase(current: Decimal, reference: Decimal): string | null {
  if (reference.isZero()) return null;
  const change = current.minus(reference);
  if (change.isZero()) return null;
  const rate = percentOf(change.abs(), reference.abs());
  return rate === null ? null : `${change.isPositive() ? "增长" : "下降"}${formatPct(rate)}`;
}

/** "低于全市平均（95.20%）2.10个百分点" / "高于…" / "与全市平均（95.20%）持平". */
export function ppComparison(value: Decimal, reference: Decimal, label: string): string {
  const diff = value.minus(reference);
  const anchor = `${label}（${formatPct(reference)}）`;
  if (diff.isZero()) return `与${anchor}持平`;
  return `${diff.isPositive() ? "高于" : "低于"}${anchor}${formatPp(diff.abs(), { signed: false })}`;
}

/** Joins clause groups: "，" inside a group, "；" between groups, "。" at the end; "" when nothing is left. */
export function sentence(prefix: string, groups: ReadonlyArray<ReadonlyArray<string | null>>): string {
  const parts = groups
    .map((group) => group.filter((clause): clause is string => clause !== null && clause !== "").join("，"))
    .filter((part) => part !== "");
  return parts.length === 0 ? "" : `${prefix}${parts.join("；")}。`;
}

export function yearPrefix(year: number | null | undefined): string {
  return year === null || year === undefined ? "" : `${year}年`;
}

/** Lists "A（x）、B（y）" and, past `limit` names, "等N个" so a long tail does not swamp a slide. */
export function nameList(entries: ReadonlyArray<{ name: string; shown: string }>, limit: number): string {
  const named = entries.slice(0, limit).map((entry) => `${entry.name}（${entry.shown}）`).join("、");
  return entries.length > limit ? `${named}等` : named;
}
