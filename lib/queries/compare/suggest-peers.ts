import { toCents } from "../../money";
import type { DepartmentProfile } from "./list-department-profiles";
import { compareNames } from "../../figures/format";

/** Same size band = within this factor either way of the department's 本年支出合计. */
export const SIZE_BAND_FACTOR = 2;
export const MAX_PEERS = 5;

/** Same kind and size band (no 类 yet): narrows the departments whose dominant 类 has to be looked up. */
export function sizeBandCandidates(target: DepartmentProfile, all: ReadonlyArray<DepartmentProfile>): DepartmentProfile[] {
  return closestInBand(target, all, () => true, Infinity);
}

/**
 * Peers for `target`: same kind (行政/事业), same dominant 类, expenditure within ×½–×2; closest in size first. Pure, so
 * the rule is unit-tested; comparing a hospital with a party office would mislead, hence all three conditions.
 */
export function suggestPeers(target: DepartmentProfile, all: ReadonlyArray<DepartmentProfile>, limit = MAX_PEERS): DepartmentProfile[] {
  if (target.dominantClass === null) return [];
  return closestInBand(target, all, (p) => p.dominantClass === target.dominantClass, limit);
}

/** The departments of `target`'s kind and size band that `alike` accepts, closest in size first, then by name. */
function closestInBand(
  target: DepartmentProfile, all: ReadonlyArray<DepartmentProfile>, alike: (p: DepartmentProfile) => boolean, limit: number,
): DepartmentProfile[] {
  const size = target.expenditure === null ? null : toCents(target.expenditure);
  if (size === null || size <= 0n) return [];
  const factor = BigInt(SIZE_BAND_FACTOR);
  // Closeness in size is the ratio larger ÷ smaller (|ln x/size|, without logarithms): only an order, never money.
  const peers: Array<{ profile: DepartmentProfile; distance: number }> = [];
  for (const p of all) {
    if (p.id === target.id || p.kind !== target.kind || !alike(p)) continue;
    const amount = p.expenditure === null ? null : toCents(p.expenditure);
    if (amount === null || amount * factor < size || amount > size * factor) continue;
    const ratio = Number(amount) / Number(size);
    peers.push({ profile: p, distance: ratio >= 1 ? ratio : 1 / ratio });
  }
  return peers
    .sort((a, b) => a.distance - b.distance || compareNames(a.profile.name, b.profile.name))
    .slice(0, limit)
    .map((p) => p.profile);
}
