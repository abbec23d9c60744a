import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { getPrisma } from "../../db/client";
import type { Viewer } from "../../auth/viewer";
import type { CompareDto } from "../../charts/dto";
import { commonRegion, matchDepartmentKinds, parseRegionCodes, requestedRegionCodes, type KindMatch } from "../../domain/region-compare";
import { pickYear } from "../list-years";
import { listReportYears } from "../overview/list-report-years";
import { listDepartmentYearFacts } from "../overview/list-department-year-facts";
import { findRegionViewer, regionLabel, type RegionViewer } from "../region/region-scope";
import { SANGONG_ITEM_NAMES } from "../sangong/get-sangong-city";
import { countedReportsSql } from "../scope-sql";
import { listDepartmentProfiles } from "./list-department-profiles";
import { shapeRegionCompare, type RegionCompareInput, type RegionCompareRow } from "./shape-region-compare";
import { sharedPerScope } from "../page-data-cache";
import { listStoredRegions } from "../region/stored-regions";

export interface RegionCompareDto {
  years: number[];
  year: number | null;
  /** The regions shown, in URL order; `sub` = each with its sub-regions. */
  codes: string[];
  /** Entries of `?regions=` that name no stored region (the API answers 400, the page says so). */
  unknown: string[];
  sub: boolean;
  isDemo: boolean;
  regions: RegionCompareRow[];
  totals: CompareDto;
  structure: CompareDto;
  sangong: CompareDto;
  /** The same kind of department in each region (every 区's 财政局), from the regions' own departments. */
  kinds: KindMatch[];
  /** The region a department comparison across them is computed in (their nearest common region, with sub-regions). */
  kindRegion: string | null;
}

/** `?regions=a,b&year=&sub=`: 2–6 regions side by side — totals, 类 structure, execution and 三公, each by the counting rule. */
async function loadRegionCompare(
  viewer: Viewer,
  params: { regions?: string | string[]; year?: string | string[]; sub?: string | string[] },
): Promise<RegionCompareDto> {
  const sub = params.sub;
  const asked = parseRegionCodes(params.regions);
  const found = await Promise.all(asked.map((code) => findRegionViewer(viewer, { region: code, sub }, true)));
  const regions = found.filter((r): r is RegionViewer => r !== null && r.region.code !== null);
  // Malformed entries and well-formed codes of no stored region; codes past the sixth are not looked up, so not "unknown".
  const shown = new Set(regions.map((r) => r.region.code));
  const unknown = requestedRegionCodes(params.regions).filter((c) => !shown.has(c) && (asked.includes(c) || !/^\d{2,12}$/.test(c)));
  const years = [...new Set((await Promise.all(regions.map(listReportYears))).flat())].sort((a, b) => b - a);
  const year = pickYear(params.year, years);
  const none: CompareDto = { metrics: [], departments: [] };
  const base: RegionCompareDto = {
    years, year, codes: regions.map((r) => r.region.code!), unknown, sub: regions.some((r) => r.region.sub), isDemo: false,
    regions: [], totals: none, structure: none, sangong: none, kinds: [], kindRegion: null,
  };
  if (year === null || regions.length === 0) return base;
  const inputs = await Promise.all(regions.map((rv) => readRegion(rv, year)));
  const shaped = shapeRegionCompare(year, inputs, SANGONG_ITEM_NAMES);
  // Kinds come from each region's own departments (not its sub-regions): their names start with the region's name.
  const own = await Promise.all(regions.map((rv) => {
    const { code, name, demo } = rv.region;
    return listDepartmentProfiles({ ...rv, region: { code, name, demo, sub: false } }, year);
  }));
  const stored = await listStoredRegions();
  const parent = new Map(stored.map((r) => [r.code, r.parentCode]));
  const kinds = matchDepartmentKinds(
    regions.map((rv) => ({ code: rv.region.code!, fullName: rv.region.name, name: stored.find((s) => s.code === rv.region.code)?.name ?? "" })),
    regions.flatMap((rv, i) => (own[i] ?? []).map((p) => ({ id: p.id, name: p.name, regionCode: rv.region.code! }))),
  );
  return {
    ...base,
    isDemo: inputs.some((r) => r.current.some((f) => f.isDemo)),
    regions: shaped.rows,
    totals: shaped.totals,
    structure: shaped.structure,
    sangong: shaped.sangong,
    kinds,
    kindRegion: commonRegion(base.codes, (code) => parent.get(code) ?? null),
  };
}

async function readRegion(rv: RegionViewer, year: number): Promise<RegionCompareInput> {
  const prisma = await getPrisma();
  const counted = Prisma.sql`${countedReportsSql(rv, "r")} AND r.year = ${year}`;
  const [facts, classes, items] = await Promise.all([
    listDepartmentYearFacts(rv, [year, year - 1]),
    prisma.$queryRaw<RegionCompareInput["classes"]>`
      SELECT f.code, MIN(f.name) AS name, SUM(f.total)::text AS amount
      FROM "FunctionLine" f JOIN "Report" r ON r.id = f."reportId"
      WHERE ${counted} AND f."table" = 'expenditure' AND f.level = '类'
      GROUP BY f.code`,
    prisma.$queryRaw<RegionCompareInput["items"]>`
      SELECT s.item, SUM(s.actual)::text AS actual
      FROM "SangongItem" s JOIN "Report" r ON r.id = s."reportId"
      WHERE ${counted}
      GROUP BY s.item`,
  ]);
  return {
    code: rv.region.code!, name: regionLabel(rv.region),
    current: facts.filter((f) => f.year === year), prior: facts.filter((f) => f.year === year - 1), classes, items,
  };
}

/** getRegionCompare shared by viewers of the same scope until the data changes (lib/queries/page-data-cache.ts). */
export const getRegionCompare = sharedPerScope("region-compare", loadRegionCompare);
