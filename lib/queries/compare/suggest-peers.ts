import { Decimal } from "../../money";
import type { DepartmentProfile } from "./list-department-profiles";
import { compareNames } from "../../format";

/** Same size band = within this factor either way of the department's 本年支出合计. */
export const SIZE_BAND_FACTOR = 2;
export const MAX_PEERS = 5;

/** Same kind and size band (no 类 yet): narrows the departments whose dominant 类 has to be looked up. */
export function sizeBandCandidates(target: DepartmentProfile, all: ReadonlyArray<DepartmentProfile>): DepartmentProfile[] {
  return suggestPeers({ ...target, dominantClass: "" }, all.map((p) => ({ ...p, dominantClass: "" })), Infinity);
}

/**
 * Peers for `target`: same kind (行政/事业), same dominant 类, expenditure within ×½–×2; closest in size first. Pure, so
 * the rule is unit-tested; comparing a hospital with a party office would mislead, hence all three conditions.
 */
export function suggestPeers(target: DepartmentProfile, all: ReadonlyArray<DepartmentProfile>, limit = MAX_PEERS): DepartmentProfile[] {
  if (target.expenditure === null || target.dominantClass === null) return [];
  const size = new Decimal(target.expenditure);
  if (!size.greaterThan(0)) return [];
  const lower = size.dividedBy(SIZE_BAND_FACTOR);
  const upper = size.times(SIZE_BAND_FACTOR);
  const distance = (p: DepartmentProfile) => Decimal.ln(new Decimal(p.expenditure ?? 1).dividedBy(size)).abs();
  return all
    .filter((p) => p.id !== target.id && p.kind === target.kind && p.dominantClass === target.dominantClass)
    .filter((p) => p.expenditure !== null && new Decimal(p.expenditure).greaterThanOrEqualTo(lower) && new Decimal(p.expenditure).lessThanOrEqualTo(upper))
    .sort((a, b) => distance(a).comparedTo(distance(b)) || compareNames(a.name, b.name))
    .slice(0, limit);
}
