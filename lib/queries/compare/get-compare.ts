import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { getPrisma } from "../../db/client";
import { findRegionViewer, regionInfo, type RegionInfo, type RegionViewer } from "../region/region-scope";
import type { CompareDto, SangongItemKey } from "../../charts/dto";
import { countedReportsSql } from "../scope-sql";
import { pickYear } from "../list-years";
import { listReportYears } from "../overview/list-report-years";
import { effectiveDepartmentSql } from "../overview/cross-sql";
import { listDepartmentYearFacts } from "../overview/list-department-year-facts";
import { changePct, ratePct } from "../../figures/rates";
import { departmentFigures, departmentPrior, PRIOR_REPORT_SCOPE } from "../../figures/department";
import type { FigureValue } from "../../figures/figure";
import { SANGONG_ITEM_NAMES } from "../sangong/get-sangong-city";
import { dominantClassesForPeers, listDepartmentProfiles, withDominantClass, type DepartmentProfile } from "./list-department-profiles";
import { MAX_PEERS, sizeBandCandidates, suggestPeers } from "./suggest-peers";
import { locatePickedDepartments, type LeftOutDepartment, type OutsideDepartment } from "./locate-picked-departments";
import type { CompareRowFigures } from "./shape-region-compare";
import { sharedPerScope } from "../page-data-cache";
import { askedYear, readAhead } from "../read-ahead";
import { listStoredRegions } from "../region/stored-regions";

export const MAX_COMPARE = 6;

export interface CompareDepartment extends CompareRowFigures {
  id: number;
  name: string;
  kind: string | null;
  /** Where priorExpenditure comes from: the prior-year report, or this report's own statement of it (说明口径). */
  priorExpenditureSource: "report" | "narrative" | null;
  /** The row's figures as the page's table and the compare deck print them (lib/figures). */
  figures: FigureValue[];
}

export interface CompareViewDto {
  years: number[];
  year: number | null;
  ids: number[];
  isDemo: boolean;
  /** The region the figures are computed in (?region=, or the home region). */
  region: RegionInfo;
  /** Every department reporting in the year, for the picker. */
  picker: DepartmentProfile[];
  departments: CompareDepartment[];
  /** Compared departments of another region (picked explicitly): counted in their own region, which the page names. */
  outside: OutsideDepartment[];
  /** Picked ids not compared, and why (the page says so). */
  leftOut: LeftOutDepartment[];
  totals: CompareDto;
  structure: CompareDto;
  sangong: CompareDto;
  /**
   * Suggested peers of the first selected department, from its region (`region`) — or, with `?peers=wide`, from the
   * region above it with all its sub-regions. `wider` is the region a widening would use (null at the top).
   */
  peers: { of: DepartmentProfile; suggestions: DepartmentProfile[]; region: RegionInfo; wide: boolean; wider: string | null } | null;
}

/** `?ids=a,b,c` → distinct positive ids, at most six, order kept. */
export function parseIds(raw: string | string[] | undefined): number[] {
  const text = Array.isArray(raw) ? raw.join(",") : raw ?? "";
  const ids = text.split(",").map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0);
  return [...new Set(ids)].slice(0, MAX_COMPARE);
}

interface ClassRow { departmentId: number; code: string; name: string; amount: string | null }
type ItemRow = { departmentId: number } & Record<SangongItemKey, string | null>;

/** 2–6 departments side by side for `?ids=&year=`: totals, 类 structure, execution, 三公 and YoY on shared scales. */
async function loadCompare(
  viewer: RegionViewer,
  params: { ids?: string | string[]; year?: string | string[]; peers?: string | string[] },
): Promise<CompareViewDto> {
  const { years, value } = await readAhead(
    listReportYears(viewer), askedYear(params.year), (known) => pickYear(params.year, known),
    (y) => compareYear(viewer, y, params), (a, b) => a === b,
  );
  return { ...(value ?? emptyCompare(viewer, null)), years };
}

function emptyCompare(viewer: RegionViewer, year: number | null): CompareViewDto {
  const none: CompareDto = { metrics: [], departments: [] };
  return {
    years: [], year, ids: [], isDemo: false, region: regionInfo(viewer), picker: [], departments: [], outside: [], leftOut: [], totals: none, structure: none, sangong: none, peers: null,
  };
}

/** The compare view of one stored year (its `years` filled in by the caller). */
async function compareYear(
  viewer: RegionViewer,
  year: number,
  params: { ids?: string | string[]; peers?: string | string[] },
): Promise<CompareViewDto> {
  const asked = parseIds(params.ids);
  const empty = emptyCompare(viewer, year);
  // The picker, the peer suggestions and the compared figures of the region's departments are read at once: the
  // figures are read for every picked id and kept for the picker's departments (the others have no counted report of
  // the year here, so only last year's facts could come back, which the picker's test drops).
  const pickerRead = listDepartmentProfiles(viewer, year);
  const peersRead = suggestedPeers(viewer, year, asked[0], pickerRead, [params.peers].flat()[0] === "wide");
  const inRegionRead = asked.length === 0 ? null : readFigures(viewer, year, asked);
  // Awaited below unless the picker fails (or, for the figures, shows none of the ids here): a failure then concerns nobody.
  peersRead.catch(() => undefined);
  inRegionRead?.catch(() => undefined);
  const picker = await pickerRead;
  if (asked.length === 0) return { ...empty, picker, peers: await peersRead };
  const visible = new Set(picker.map((p) => p.id));
  // Picked departments of the region are read in it; others each in their own region (the region bounds suggestions only).
  const readAll = async () => {
    const located = await locatePickedDepartments(viewer, asked.filter((id) => !visible.has(id)));
    const own = asked.some((id) => visible.has(id)) ? [keepDepartments(await inRegionRead!, visible)] : [];
    const reads = [...own, ...(await Promise.all(located.groups.map((g) => readFigures(g.viewer, year, g.ids))))];
    return { located, facts: reads.flatMap((r) => r.facts), classes: reads.flatMap((r) => r.classes), items: reads.flatMap((r) => r.items) };
  };
  const [peers, { located, facts, classes, items }] = await Promise.all([peersRead, readAll()]);
  const factOf = new Map(facts.map((f) => [`${f.departmentId}:${f.year}`, f]));
  const current = (id: number) => factOf.get(`${id}:${year}`);
  const priorYear = (id: number) => factOf.get(`${id}:${year - 1}`);
  // The 全年预算 rate is a column only when some compared department states that budget (as on the page).
  const hasFull = asked.some((id) => {
    const f = current(id);
    return f !== undefined && ratePct(f.execActualFull, f.execBudgetFull) !== null;
  });
  const departments = asked.flatMap((id): CompareDepartment[] => {
    const f = current(id);
    if (f === undefined) return [];
    const p = priorYear(id);
    // The department page's rule: last year's report when imported, else the prior year this report states.
    const prior = departmentPrior(year, p?.expenditure ?? null, f.priorExpenditureStated);
    const execRatePct = ratePct(f.execActual, f.execBudget);
    const execFullRatePct = ratePct(f.execActualFull, f.execBudgetFull);
    return [{
      id, name: f.name, kind: f.kind, expenditure: f.expenditure, priorExpenditure: prior?.value ?? null,
      changePct: changePct(f.expenditure, prior?.value ?? null), execRatePct, execFullRatePct,
      sangongBudget: f.sangongBudget, sangongActual: f.sangongActual, sangongRatePct: ratePct(f.sangongActual, f.sangongBudget),
      priorExpenditureSource: prior === null ? null : prior.scope === PRIOR_REPORT_SCOPE ? "report" : "narrative",
      figures: departmentFigures({
        year,
        expenditure: { value: f.expenditure, priorReport: p?.expenditure ?? null, priorStated: f.priorExpenditureStated },
        sangongActual: { value: f.sangongActual, priorReport: null, priorStated: null },
        sangongBudget: f.sangongBudget,
        execution: { basis: "initial", ratePct: execRatePct },
        ...(hasFull ? { executionFull: execFullRatePct } : {}),
      }),
    }];
  });
  const nameOf = new Map(departments.map((d) => [d.id, d.name]));
  const label = (id: number) => ({ id: String(id), name: nameOf.get(id) ?? String(id) });
  const shown = departments.map((d) => d.id);
  const pickerName = new Map(picker.map((p) => [p.id, p.name]));
  const outsideName = new Map(located.outside.map((o) => [o.id, o.name]));
  const notVisible = new Set(located.notVisible.map((n) => n.id));
  const noReport = asked.filter((id) => !nameOf.has(id) && !notVisible.has(id))
    .map((id): LeftOutDepartment => ({ id, name: outsideName.get(id) ?? pickerName.get(id) ?? null, reason: "noReport" }));
  const codes = [...new Map(classes.map((c) => [c.code, c.name])).entries()].sort(([a], [b]) => a.localeCompare(b));
  const amountOf = new Map(classes.map((c) => [`${c.departmentId}:${c.code}`, c.amount]));
  const itemsOf = new Map(items.map((i) => [i.departmentId, i]));
  const totalsMetrics = [
    { key: "expenditure", label: "本年支出", pick: (id: number) => current(id)?.expenditure ?? null },
    { key: "priorExpenditure", label: "上年支出", pick: (id: number) => priorYear(id)?.expenditure ?? null },
    { key: "fiscal", label: "财政拨款", pick: (id: number) => current(id)?.fiscal ?? null },
    { key: "basic", label: "基本支出", pick: (id: number) => current(id)?.basic ?? null },
    { key: "project", label: "项目支出", pick: (id: number) => current(id)?.project ?? null },
  ];
  return {
    ...empty,
    ids: shown,
    isDemo: facts.some((f) => f.isDemo),
    picker,
    peers,
    departments,
    outside: located.outside.filter((o) => nameOf.has(o.id)),
    leftOut: [...located.notVisible, ...noReport],
    totals: {
      metrics: totalsMetrics.map(({ key, label: l }) => ({ key, label: l })),
      departments: shown.map((id) => ({ ...label(id), values: Object.fromEntries(totalsMetrics.map((m) => [m.key, m.pick(id)])) })),
    },
    structure: {
      metrics: codes.map(([code, name]) => ({ key: code, label: `${code} ${name}` })),
      departments: shown.map((id) => ({
        ...label(id),
        values: Object.fromEntries(codes.map(([code]) => [code, amountOf.get(`${id}:${code}`) ?? null])),
      })),
    },
    sangong: {
      metrics: Object.entries(SANGONG_ITEM_NAMES).map(([key, name]) => ({ key, label: name })),
      departments: shown.map((id) => ({
        ...label(id),
        values: Object.fromEntries(Object.keys(SANGONG_ITEM_NAMES).map((key) => [key, itemsOf.get(id)?.[key as SangongItemKey] ?? null])),
      })),
    },
  };
}

/**
 * Suggested peers of the first picked department (when the picker lists it) in the viewed region, or with `wide` in
 * the region above it (when there is one). The dominant 类 are read for the candidates the suggestions need only.
 */
async function suggestedPeers(
  viewer: RegionViewer, year: number, firstId: number | undefined, pickerRead: Promise<DepartmentProfile[]>, askedWide: boolean,
): Promise<CompareViewDto["peers"]> {
  if (firstId === undefined) return null;
  const widerRead = widerRegion(viewer);
  const wider = askedWide ? await widerRead : null;
  const scope = wider ?? viewer;
  // Awaited below unless the picker lacks the department: its failure then concerns nobody.
  widerRead.catch(() => undefined);
  const first = (await pickerRead).find((p) => p.id === firstId);
  if (first === undefined) return null;
  const [pool, widerCode] = await Promise.all([
    wider === null ? pickerRead : listDepartmentProfiles(wider, year),
    widerRead.then((w) => w?.region.code ?? null),
  ]);
  const ranked = sizeBandCandidates(first, pool);
  const classes = await dominantClassesForPeers(scope, year, first, ranked, MAX_PEERS);
  const [target, ...candidates] = withDominantClass([first, ...ranked], classes);
  return { of: target!, suggestions: suggestPeers(target!, candidates), region: regionInfo(scope), wide: wider !== null, wider: widerCode };
}

type Figures = Awaited<ReturnType<typeof readFigures>>;

/** One region's figures, kept for the departments in `ids`. */
function keepDepartments(read: Figures, ids: Set<number>): Figures {
  const keep = <T extends { departmentId: number }>(rows: T[]) => rows.filter((r) => ids.has(r.departmentId));
  return { facts: keep(read.facts), classes: keep(read.classes), items: keep(read.items) };
}

/** The compared figures of `ids` (departments of `viewer`'s region), by the counting rule of that region. */
async function readFigures(viewer: RegionViewer, year: number, ids: number[]) {
  const prisma = await getPrisma();
  const dept = effectiveDepartmentSql("d");
  const scoped = Prisma.sql`${countedReportsSql(viewer, "r")} AND r.year = ${year} AND ${dept} IN (${Prisma.join(ids)})`;
  const [facts, classes, items] = await Promise.all([
    listDepartmentYearFacts(viewer, [year, year - 1], ids),
    prisma.$queryRaw<ClassRow[]>`
      SELECT ${dept} AS "departmentId", f.code, MIN(f.name) AS name, SUM(f.total)::text AS amount
      FROM "FunctionLine" f JOIN "Report" r ON r.id = f."reportId" JOIN "Department" d ON d.id = r."departmentId"
      WHERE ${scoped} AND f."table" = 'expenditure' AND f.level = '类'
      GROUP BY ${dept}, f.code`,
    // 三公 items from the Report columns, the one stored source every 三公 figure is read from (copied from 公开09表).
    prisma.$queryRaw<ItemRow[]>`
      SELECT ${dept} AS "departmentId", SUM(r."sangongOutboundActual")::text AS outbound,
             SUM(r."sangongVehiclePurchaseActual")::text AS "vehiclePurchase", SUM(r."sangongVehicleOperationActual")::text AS "vehicleOperation",
             SUM(r."sangongReceptionActual")::text AS reception
      FROM "Report" r JOIN "Department" d ON d.id = r."departmentId"
      WHERE ${scoped}
      GROUP BY ${dept}`,
  ]);
  return { facts, classes, items };
}

/** The region above the viewed one, with all its sub-regions (甲区 → 示例市（含下辖区县）); null at the top or for 未归属. */
async function widerRegion(viewer: RegionViewer): Promise<RegionViewer | null> {
  if (viewer.region.code === null) return null;
  const row = (await listStoredRegions()).find((r) => r.code === viewer.region.code);
  if (row?.parentCode === null || row?.parentCode === undefined) return null;
  return findRegionViewer(viewer, { region: row.parentCode, sub: "1" }, true);
}

/** getCompare shared by viewers of the same scope until the data changes (lib/queries/page-data-cache.ts). */
export const getCompare = sharedPerScope("compare", loadCompare);
