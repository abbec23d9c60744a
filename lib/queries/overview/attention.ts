import { compareAmounts, Decimal } from "../../money";
import { compareNames, formatAmount, formatPct } from "../../figures/format";
import type { AttentionThresholds } from "../../settings/attention";
import type { DepartmentYearFacts } from "./list-department-year-facts";
import { changePct, percentOf } from "../../figures/rates";
import { BASIS_BUDGET_LABEL, rateLabel, rollupRatePct, rollupSides, type ExecutionBasis } from "../../figures/execution";

export type AttentionKind =
  | "executionLow"
  | "executionHigh"
  | "sangongOverBudget"
  | "sangongGrowth"
  | "expenditureGrowth"
  | "auditErrors"
  | "missingReport";

export type AttentionSeverity = "high" | "medium" | "low";

/** Which part of the report proves an item: the evidence link opens that table's page (or the first error). */
export type EvidencePart = "execution" | "sangong" | "expenditure" | "finding" | "report";

export interface AttentionEvidence {
  reportId: number;
  part: EvidencePart;
  /** Filled from the stored lines by the query (null = the report's first page). */
  page: number | null;
  finding: number | null;
}

/** One 需关注 entry: one sentence with the figures that triggered it, how much it matters, and its evidence. */
export interface AttentionItem {
  kind: AttentionKind;
  departmentId: number;
  department: string;
  year: number;
  /** Rate or change in percent, the 元 amount over budget, or the error count; null for a missing report. */
  value: string | null;
  message: string;
  /** The department page's section that shows the figures. */
  href: string;
  severity: AttentionSeverity;
  /** 0–100, biggest first: the severity's band (高 70, 中 40, 低 10; 审核错误 100) plus up to 29.9 by the 万元 at stake. */
  score: number;
  /** 元 at stake (unspent or overspent budget, the increase, the prior year's spending); null for 审核错误. */
  stake: string | null;
  evidence: AttentionEvidence | null;
}

export const ATTENTION_LABELS: Record<AttentionKind, string> = {
  auditErrors: "审核错误",
  sangongOverBudget: "三公超预算",
  executionLow: "执行率偏低",
  executionHigh: "执行率偏高",
  sangongGrowth: "三公增长",
  expenditureGrowth: "支出增长",
  missingReport: "缺少报告",
};

export const SEVERITY_LABELS: Record<AttentionSeverity, string> = { high: "高", medium: "中", low: "低" };

const SEVERITY_BASE: Record<AttentionSeverity, number> = { high: 70, medium: 40, low: 10 };
const WAN = new Decimal(10000);

const departmentHref = (id: number, year: number) => `/departments/${id}?year=${year}`;
const dec = (value: string | null | undefined): Decimal | null => (value === null || value === undefined ? null : new Decimal(value));
const wanToYuan = (wan: number) => new Decimal(wan).times(WAN);
/**
 * A float reading of a decimal string, only to rule a department out before the exact Decimal test: every pre-test
 * below rejects only with a margin far beyond float error (or on a strict float order, which exact order implies), so
 * it never drops an item the exact test would keep. At 1,000 departments it made 需关注 20 ms → a few.
 */
const rough = (value: string | null | undefined) => (value === null || value === undefined ? Number.NaN : Number(value));
/** Percentage points of slack around a threshold for the float pre-tests (rates are printed to 0.01). */
const SLACK_PCT = 0.5;

/** Band base plus 10 × log10(1 + 万元 at stake), capped so a band never overtakes the one above it. */
export function attentionScore(severity: AttentionSeverity, stakeYuan: Decimal | null): number {
  const wan = stakeYuan === null ? 0 : Math.max(0, stakeYuan.dividedBy(WAN).toNumber());
  return Math.round((SEVERITY_BASE[severity] + Math.min(29.9, 10 * Math.log10(1 + wan))) * 10) / 10;
}

type Draft = Omit<AttentionItem, "score" | "stake" | "departmentId" | "department" | "year" | "evidence"> & {
  stake: Decimal | null;
  part: EvidencePart;
};

function executionItem(f: DepartmentYearFacts, t: AttentionThresholds, basis: ExecutionBasis, href: string): Draft | null {
  const sides = rollupSides(f, basis);
  const roughBudget = rough(sides.budget);
  if (roughBudget < t.executionMinBudgetWan * 10000 - 1) return null;
  const roughRate = (rough(sides.actual) / roughBudget) * 100;
  if (roughRate > t.executionLowPct + SLACK_PCT && roughRate < t.executionHighPct - SLACK_PCT) return null;
  const rate = rollupRatePct(f, basis);
  const budget = dec(sides.budget);
  const actual = dec(sides.actual);
  if (rate === null || budget === null || actual === null || budget.lessThan(wanToYuan(t.executionMinBudgetWan))) return null;
  const r = new Decimal(rate);
  const low = r.lessThan(t.executionLowPct);
  if (!low && !r.greaterThan(t.executionHighPct)) return null;
  const gap = actual.minus(budget).abs();
  const severe = low ? r.lessThan(100 - 2 * (100 - t.executionLowPct)) : r.greaterThan(100 + 2 * (t.executionHighPct - 100));
  const budgetName = BASIS_BUDGET_LABEL[basis];
  const side = low ? `低于 ${t.executionLowPct}%` : `高于 ${t.executionHighPct}%`;
  const gapText = low ? `未执行 ${formatAmount(gap.toFixed(2))}` : `超出 ${formatAmount(gap.toFixed(2))}`;
  return {
    kind: low ? "executionLow" : "executionHigh", value: rate, severity: severe ? "high" : "medium", stake: gap, part: "execution",
    href: `${href}&basis=${basis}#execution`,
    message: `${rateLabel(basis, "预算执行率")}${formatPct(rate)}，${side}：${budgetName} ${formatAmount(sides.budget)}，决算 ${formatAmount(sides.actual)}，${gapText}。`,
  };
}

function sangongOverBudget(f: DepartmentYearFacts, t: AttentionThresholds, href: string): Draft | null {
  if (rough(f.sangongActual) < rough(f.sangongBudget)) return null;
  const budget = dec(f.sangongBudget);
  const actual = dec(f.sangongActual);
  if (budget === null || actual === null) return null;
  const excess = actual.minus(budget);
  if (excess.lessThanOrEqualTo(0) || excess.lessThan(wanToYuan(t.sangongOverBudgetMinWan))) return null;
  const pct = percentOf(excess, budget);
  const severe = pct === null || pct.greaterThanOrEqualTo(t.sangongOverBudgetHighPct);
  const share = pct === null ? "预算为 0" : `超出预算的 ${formatPct(pct.toFixed(2))}`;
  return {
    kind: "sangongOverBudget", value: excess.toFixed(2), severity: severe ? "high" : "medium", stake: excess, part: "sangong",
    href: `${href}#sangong`,
    message: `三公经费决算 ${formatAmount(f.sangongActual)}，超过预算 ${formatAmount(f.sangongBudget)} 共 ${formatAmount(excess.toFixed(2))}（${share}）。`,
  };
}

/** A growth that is material: at least `minPct` and at least `floorYuan`; severity steps up from `moreAt` percent. */
interface GrowthRule {
  kind: "sangongGrowth" | "expenditureGrowth";
  label: string;
  minPct: number;
  floorYuan: Decimal;
  moreAt: number;
  part: EvidencePart;
  anchor: string;
}

/**
 * False only when `current` is clearly no growth of `minPct` and `floorYuan` on a positive `prior` (the exact test
 * decides the rest; a float 1 元 below the floor is still far beyond float error at these sizes).
 */
function mayGrow(current: string | null, prior: string | null | undefined, minPct: number, floorYuan: number): boolean {
  const before = rough(prior);
  const now = rough(current);
  return !(before > 0 && (now < before || (now / before - 1) * 100 < minPct - SLACK_PCT || now - before < floorYuan - 1));
}

function growthItem(current: string | null, prior: string | null | undefined, rule: GrowthRule, href: string): Draft | null {
  const change = changePct(current, prior ?? null);
  const now = dec(current);
  const before = dec(prior);
  if (change === null || now === null || before === null) return null;
  const increase = now.minus(before);
  if (new Decimal(change).lessThan(rule.minPct) || increase.lessThanOrEqualTo(0) || increase.lessThan(rule.floorYuan)) return null;
  return {
    kind: rule.kind, value: change, severity: new Decimal(change).greaterThanOrEqualTo(rule.moreAt) ? "medium" : "low",
    stake: increase, part: rule.part, href: `${href}#${rule.anchor}`,
    message: `${rule.label} ${formatAmount(current)}，比上年 ${formatAmount(prior)} 增加 ${formatAmount(increase.toFixed(2))}（${formatPct(change, { signed: true })}）。`,
  };
}

/** 三公 growth: the floor is N 万元 or N ‰ of the department's spending, whichever is larger. */
function sangongGrowth(f: DepartmentYearFacts, p: DepartmentYearFacts | undefined, t: AttentionThresholds, href: string): Draft | null {
  const roughFloor = Math.max(t.sangongGrowthMinWan * 10000, (rough(f.expenditure) * t.sangongGrowthPerMille) / 1000);
  if (!mayGrow(f.sangongActual, p?.sangongActual, t.sangongGrowthPct, Number.isNaN(roughFloor) ? 0 : roughFloor)) return null;
  const sizeFloor = (dec(f.expenditure) ?? new Decimal(0)).times(t.sangongGrowthPerMille).dividedBy(1000);
  return growthItem(f.sangongActual, p?.sangongActual, {
    kind: "sangongGrowth", label: "三公经费决算", minPct: t.sangongGrowthPct, floorYuan: Decimal.max(wanToYuan(t.sangongGrowthMinWan), sizeFloor),
    moreAt: 3 * t.sangongGrowthPct, part: "sangong", anchor: "sangong",
  }, href);
}

function expenditureGrowth(f: DepartmentYearFacts, p: DepartmentYearFacts | undefined, t: AttentionThresholds, href: string): Draft | null {
  if (!mayGrow(f.expenditure, p?.expenditure, t.expenditureGrowthPct, t.expenditureGrowthMinWan * 10000)) return null;
  return growthItem(f.expenditure, p?.expenditure, {
    kind: "expenditureGrowth", label: "本年支出合计", minPct: t.expenditureGrowthPct, floorYuan: wanToYuan(t.expenditureGrowthMinWan),
    moreAt: 2 * t.expenditureGrowthPct, part: "expenditure", anchor: "yoy",
  }, href);
}

function auditErrors(f: DepartmentYearFacts, href: string): Draft | null {
  if (f.errorCount <= 0) return null;
  const reports = f.errorReports > 1 ? `（${f.errorReports} 份报告）` : "";
  return {
    kind: "auditErrors", value: String(f.errorCount), severity: "high", stake: null, part: "finding", href: `${href}#findings`,
    message: `审核发现 ${f.errorCount} 处错误${reports}：报告所印数字相互矛盾，超出取整误差。`,
  };
}

/**
 * The 需关注 list: pure over the per-department facts of the year and the year before, so the rules are unit-tested
 * without a database. Only material items are listed (lib/settings/attention.ts); order: score, then 万元 at stake.
 */
export function computeAttention(
  year: number,
  current: ReadonlyArray<DepartmentYearFacts>,
  prior: ReadonlyArray<DepartmentYearFacts>,
  thresholds: AttentionThresholds,
  basis: ExecutionBasis = "initial",
): AttentionItem[] {
  const items: AttentionItem[] = [];
  const priorById = new Map(prior.map((p) => [p.departmentId, p]));
  // Written out, not `{ ...rest }` of the draft: drafts of five shapes made the copy V8's slow path, 6 µs an item.
  const add = (f: DepartmentYearFacts, draft: Draft | null, reportId: number | null) => {
    if (draft === null) return;
    const { kind, value, severity, href, message, stake, part } = draft;
    items.push({
      kind, value, severity, href, message, departmentId: f.departmentId, department: f.name, year,
      score: kind === "auditErrors" ? 100 : attentionScore(severity, stake),
      stake: stake === null ? null : stake.toFixed(2),
      evidence: reportId === null ? null : { reportId, part, page: null, finding: null },
    });
  };
  for (const f of current) {
    const href = departmentHref(f.departmentId, f.year);
    const p = priorById.get(f.departmentId);
    const reportId = f.reportIds[0] ?? null;
    add(f, auditErrors(f, href), f.errorReportId);
    add(f, sangongOverBudget(f, thresholds, href), reportId);
    add(f, executionItem(f, thresholds, basis, href), reportId);
    add(f, sangongGrowth(f, p, thresholds, href), reportId);
    add(f, expenditureGrowth(f, p, thresholds, href), reportId);
  }
  const reporting = new Set(current.map((f) => f.departmentId));
  for (const p of prior) {
    if (reporting.has(p.departmentId)) continue;
    const stake = dec(p.expenditure);
    add(p, {
      kind: "missingReport", value: null, severity: "medium", stake, part: "report", href: departmentHref(p.departmentId, p.year),
      message: `${p.year} 年度有报告（支出合计 ${formatAmount(p.expenditure)}），${year} 年度未导入。`,
    }, p.reportIds[0] ?? null);
  }
  const order = Object.keys(ATTENTION_LABELS);
  return items.sort(
    (a, b) =>
      b.score - a.score ||
      compareAmounts(b.stake ?? b.value ?? "0", a.stake ?? a.value ?? "0") ||
      order.indexOf(a.kind) - order.indexOf(b.kind) ||
      compareNames(a.department, b.department),
  );
}

/** Count per kind, in the labels' order (the chips above the list). */
export function countByKind(items: ReadonlyArray<AttentionItem>): Array<{ kind: AttentionKind; count: number }> {
  return (Object.keys(ATTENTION_LABELS) as AttentionKind[])
    .map((kind) => ({ kind, count: items.filter((i) => i.kind === kind).length }))
    .filter((c) => c.count > 0);
}
