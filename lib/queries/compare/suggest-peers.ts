import { toCents } from "../../money";
import type { DepartmentProfile } from "./list-department-profiles";
import { compareNames } from "../../figures/format";

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
  const size = target.expenditure === null ? null : toCents(target.expenditure);
  if (size === null || target.dominantClass === null || size <= 0n) return [];
  const factor = BigInt(SIZE_BAND_FACTOR);
  // Closeness in size is the ratio larger ÷ smaller (|ln x/size|, without logarithms): only an order, never money.
  const distance = new Map<number, number>();
  const peers: DepartmentProfile[] = [];
  for (const p of all) {
    if (p.id === target.id || p.kind !== target.kind || p.dominantClass !== target.dominantClass) continue;
    const amount = p.expenditure === null ? null : toCents(p.expenditure);
    if (amount === null || amount * factor < size || amount > size * factor) continue;
    const ratio = Number(amount) / Number(size);
    distance.set(p.id, ratio >= 1 ? ratio : 1 / ratio);
    peers.push(p);
  }
  return peers
    .sort((a, b) => (distance.get(a.id) ?? 0) - (distance.get(b.id) ?? 0) || compareNames(a.name, b.name))
    .slice(0, limit);
}
