import { withRegion } from "../../domain/region-href";
import { regionInfo, type RegionInfo, type RegionViewer } from "../region/region-scope";
import type { HistogramDto, RankingDto } from "../../charts/dto";
import type { AttentionThresholds } from "../../settings/attention";
import { getAttentionSettings } from "../settings/get-attention-thresholds";
import { attachAttentionEvidence } from "./attention-evidence";
import { pickYear } from "../list-years";
import { listReportYears } from "./list-report-years";
import { computeAttention, type AttentionItem } from "./attention";
import { listDepartmentYearFacts } from "./list-department-year-facts";
import { comparableKpis, kpis, type ComparableKpis, type OverviewKpis } from "./kpis";
import { basisCoverage, chooseBasis, rollupRatePct, type ExecutionBasis } from "../../figures/execution";
import type { FigureValue } from "../../figures/figure";
import { overviewFigures } from "../../figures/overview";
import { sharedPerScope } from "../page-data-cache";

export interface OverviewDto {
  years: number[];
  year: number | null;
  isDemo: boolean;
  /** The region the figures are computed in (?region=, or the home region). */
  region: RegionInfo;
  current: OverviewKpis | null;
  /** The year before, when it has reports: the base of every YoY delta. */
  prior: OverviewKpis | null;
  /** 同口径 figures when the two years' department sets differ: the deltas the page shows. */
  comparable: ComparableKpis | null;
  /** Every reporting department by 本年支出合计 (the page shows the top and links to the rest). */
  ranking: RankingDto;
  /** The execution rates' denominator (`?basis=`, else the budget more departments state; ties → 年初预算). */
  basis: ExecutionBasis;
  /** Departments with an execution rate against each budget this year. */
  coverage: Record<ExecutionBasis, number>;
  /** One execution rate per department against `basis` (null = that budget not stated, or 0). */
  rates: HistogramDto;
  /**
   * Every material 需关注 item, biggest first (the page shows it in pages of `thresholds.pageSize`). Each names the report
   * and part that prove it; the page in it is read by attachAttentionEvidence (getOverviewWithEvidence, or the page for
   * the rows it shows) and is null until then.
   */
  attention: AttentionItem[];
  thresholds: AttentionThresholds;
  /** The headline figures as the page's tiles and the deck print them (lib/figures: label, text, change and its scope). */
  figures: FigureValue[];
}

/** 总览 for `?year=`: KPIs with the prior year beside them, the ranking, the rate distribution and 需关注. */
async function loadOverview(viewer: RegionViewer, requestedYear?: string | string[], requestedBasis?: string | null): Promise<OverviewDto> {
  const [years, { thresholds }] = await Promise.all([listReportYears(viewer), getAttentionSettings(viewer)]);
  const year = pickYear(requestedYear, years);
  const empty: OverviewDto = {
    years, year, isDemo: false, region: regionInfo(viewer), current: null, prior: null, comparable: null, ranking: { metricLabel: "本年支出合计", rows: [] },
    basis: chooseBasis(requestedBasis, { initial: 0, full: 0 }), coverage: { initial: 0, full: 0 }, rates: { rates: [] }, attention: [], thresholds, figures: [],
  };
  if (year === null) return empty;
  const facts = await listDepartmentYearFacts(viewer, [year, year - 1]);
  const current = facts.filter((f) => f.year === year);
  const prior = facts.filter((f) => f.year === year - 1);
  const coverage = basisCoverage(current, rollupRatePct);
  const basis = chooseBasis(requestedBasis, coverage);
  const headline = kpis(year, current, basis);
  const before = kpis(year - 1, prior, basis);
  const comparable = comparableKpis(year, current, prior, basis);
  const priorIds = new Set(prior.map((f) => f.departmentId));
  const bothYears = current.filter((f) => priorIds.has(f.departmentId)).length;
  return {
    ...empty,
    isDemo: current.some((f) => f.isDemo),
    basis,
    coverage,
    current: headline,
    prior: before,
    comparable,
    figures: headline === null ? [] : overviewFigures({ year, regionLabel: empty.region.label, current: headline, prior: before, comparable, bothYears, basis, coverage }),
    ranking: {
      metricLabel: "本年支出合计",
      rows: current.map((f) => ({ departmentId: String(f.departmentId), name: f.name, amount: f.expenditure })),
    },
    // Only departments stating the budget have a rate; the others stay null and are counted as such.
    rates: { rates: current.map((f) => rollupRatePct(f, basis)), subjects: current.map((f) => ({ id: String(f.departmentId), name: f.name })) },
    attention: computeAttention(year, current, prior, thresholds, basis).map((a) => ({ ...a, href: withRegion(a.href, viewer.region) })),
  };
}

/**
 * getOverview shared by viewers of the same scope until the data changes (lib/queries/page-data-cache.ts). Its 需关注
 * items' pages are not read yet: the deck and charts need none, the page reads those of the rows it shows.
 */
export const getOverview = sharedPerScope("overview", loadOverview);

/** The overview as the JSON API gives it: every 需关注 item with the page that proves it. */
export const getOverviewWithEvidence = sharedPerScope(
  "overview-evidence",
  async (viewer: RegionViewer, requestedYear?: string | string[], requestedBasis?: string | null): Promise<OverviewDto> => {
    const overview = await getOverview(viewer, requestedYear, requestedBasis);
    return { ...overview, attention: await attachAttentionEvidence(viewer, overview.attention) };
  },
);
