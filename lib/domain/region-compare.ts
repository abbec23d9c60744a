import { compareNames } from "../figures/format";

/**
 * 区 vs 区: which regions a comparison shows (`?regions=`) and which of their departments are "the same kind" (every
 * 区's 财政局). Pure, unit-tested; the data layer (lib/queries/compare/get-region-compare.ts) feeds it.
 */
export const MAX_REGIONS = 6;

/** `?regions=990101,990102` (or repeated) → distinct codes of digits, at most six, order kept. */
export function parseRegionCodes(raw: string | string[] | undefined): string[] {
  return requestedRegionCodes(raw).filter((s) => /^\d{2,12}$/.test(s)).slice(0, MAX_REGIONS);
}

/** Every distinct non-empty entry of `?regions=`, well-formed or not: what an unknown code is looked for in. */
export function requestedRegionCodes(raw: string | string[] | undefined): string[] {
  const text = Array.isArray(raw) ? raw.join(",") : raw ?? "";
  return [...new Set(text.split(",").map((s) => s.trim()).filter((s) => s !== ""))];
}

/** Party and front organisations put their prefix before the place (中共示例市甲区委宣传部 → 宣传部 under 中共…委). */
const PREFIXED = /^(中国共产党|中共|共青团)/;

/**
 * A department's kind within its region: its name with the region's full name taken off the front
 * (示例市甲区财政局 in 示例市甲区 → 财政局; 中共上海市普陀区委社会工作部 → 中共委社会工作部). A name that does not start
 * with its region's name is its own kind (it matches only the same name elsewhere).
 */
export function departmentKindKey(name: string, regionFullName: string, regionShortName: string): string {
  const prefix = PREFIXED.exec(name)?.[0] ?? "";
  const rest = name.slice(prefix.length);
  for (const place of [regionFullName, regionShortName]) {
    if (place !== "" && rest.startsWith(place)) {
      const tail = rest.slice(place.length);
      return `${prefix}${tail}`;
    }
  }
  return name;
}

export interface KindMatch {
  kind: string;
  /** One department per region, in the order of `regions`; null where that region has none of this kind. */
  departments: Array<{ id: number; name: string } | null>;
}

/**
 * The kinds of department found in at least two of `regions`, each with its department in every region (the first
 * by name when a region has two). Ordered by how many regions have it, then by kind.
 */
export function matchDepartmentKinds(
  regions: ReadonlyArray<{ code: string; fullName: string; name: string }>,
  departments: ReadonlyArray<{ id: number; name: string; regionCode: string }>,
): KindMatch[] {
  const byKind = new Map<string, Array<{ id: number; name: string } | null>>();
  const sorted = [...departments].sort((a, b) => compareNames(a.name, b.name) || a.id - b.id);
  regions.forEach((region, index) => {
    for (const d of sorted) {
      if (d.regionCode !== region.code) continue;
      const kind = departmentKindKey(d.name, region.fullName, region.name);
      const row = byKind.get(kind) ?? regions.map(() => null);
      row[index] ??= { id: d.id, name: d.name };
      byKind.set(kind, row);
    }
  });
  const present = (row: Array<unknown>) => row.filter((d) => d !== null).length;
  return [...byKind.entries()]
    .filter(([, row]) => present(row) >= 2)
    .sort(([ka, a], [kb, b]) => present(b) - present(a) || compareNames(ka, kb))
    .map(([kind, row]) => ({ kind, departments: row }));
}

/**
 * The region a cross-region department comparison is computed in: the nearest stored region above (or equal to) all
 * of `codes`, taken with its sub-regions; null when they share none (different provinces).
 */
export function commonRegion(codes: ReadonlyArray<string>, parentOf: (code: string) => string | null): string | null {
  const chain = (code: string) => {
    const out: string[] = [];
    for (let at: string | null = code; at !== null; at = parentOf(at)) out.push(at);
    return out;
  };
  const [first, ...rest] = codes;
  if (first === undefined) return null;
  const others = rest.map((c) => new Set(chain(c)));
  return chain(first).find((c) => others.every((set) => set.has(c))) ?? null;
}

/**
 * Where 按地区对比 starts from the region being viewed: its sub-regions (示例市 → 甲区, 乙区), else it and its siblings;
 * `options` is the region picker's depth-first list.
 */
export function defaultRegionSet(code: string | null, options: ReadonlyArray<{ code: string; depth: number }>): string[] {
  const at = options.findIndex((o) => o.code === code);
  if (at < 0) return [];
  const below = (index: number) => {
    const depth = options[index]!.depth;
    const out: string[] = [];
    for (let i = index + 1; i < options.length && options[i]!.depth > depth; i += 1) if (options[i]!.depth === depth + 1) out.push(options[i]!.code);
    return out;
  };
  const children = below(at);
  if (children.length >= 2) return children.slice(0, MAX_REGIONS);
  const depth = options[at]!.depth;
  let parent = at - 1;
  while (parent >= 0 && options[parent]!.depth >= depth) parent -= 1;
  if (parent < 0) return [];
  return below(parent).slice(0, MAX_REGIONS);
}
