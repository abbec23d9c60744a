import { compareAmounts, subtractAmounts } from "../../money";
import { compareNames } from "../../format";
import type { AttentionThresholds } from "../../settings/attention";
import type { DepartmentYearFacts } from "./list-department-year-facts";
import { changePct } from "./rate";
import { rateLabel, rollupRatePct, type ExecutionBasis } from "../../figures/execution";

export type AttentionKind =
  | "executionLow"
  | "executionHigh"
  | "sangongOverBudget"
  | "sangongGrowth"
  | "expenditureGrowth"
  | "auditErrors"
  | "missingReport";

/** One 需关注 entry with the figure that triggered it and a link to the evidence. */
export interface AttentionItem {
  kind: AttentionKind;
  departmentId: number;
  department: string;
  year: number;
  /** Rate or change in percent, or the 元 amount over budget; null for a missing report. */
  value: string | null;
  message: string;
  href: string;
}

export const ATTENTION_LABELS: Record<AttentionKind, string> = {
  executionLow: "执行率偏低",
  executionHigh: "执行率偏高",
  sangongOverBudget: "三公超预算",
  sangongGrowth: "三公增长",
  expenditureGrowth: "支出增长",
  auditErrors: "审核错误",
  missingReport: "缺少报告",
};

const departmentHref = (id: number, year: number) => `/departments/${id}?year=${year}`;
// Rates and changes are two-decimal strings and the thresholds whole or short decimals: Number compares them exactly.
const over = (value: string | null, limit: number) => value !== null && Number(value) > limit;
const under = (value: string | null, limit: number) => value !== null && Number(value) < limit;

/**
 * The 需关注 list: pure over the per-department facts of the year and the year before, so the rules are unit-tested
 * without a database. Order: by kind, then department name.
 */
export function computeAttention(
  year: number,
  current: ReadonlyArray<DepartmentYearFacts>,
  prior: ReadonlyArray<DepartmentYearFacts>,
  thresholds: AttentionThresholds,
  basis: ExecutionBasis = "initial",
): AttentionItem[] {
  const rateName = rateLabel(basis, "预算执行率");
  const items: AttentionItem[] = [];
  const priorById = new Map(prior.map((p) => [p.departmentId, p]));
  for (const f of current) {
    const base = { departmentId: f.departmentId, department: f.name, year: f.year, href: departmentHref(f.departmentId, f.year) };
    const rate = rollupRatePct(f, basis);
    const execution = { ...base, href: `${base.href}&basis=${basis}#execution` };
    if (under(rate, thresholds.executionLowPct)) {
      items.push({ ...execution, kind: "executionLow", value: rate, message: `${rateName} ${rate}%，低于 ${thresholds.executionLowPct}%` });
    } else if (over(rate, thresholds.executionHighPct)) {
      items.push({ ...execution, kind: "executionHigh", value: rate, message: `${rateName} ${rate}%，高于 ${thresholds.executionHighPct}%` });
    }
    if (f.sangongActual !== null && f.sangongBudget !== null && compareAmounts(f.sangongActual, f.sangongBudget) > 0) {
      const excess = subtractAmounts(f.sangongActual, f.sangongBudget);
      items.push({ ...base, kind: "sangongOverBudget", value: excess, message: "三公经费决算数超过预算数" });
    }
    const p = priorById.get(f.departmentId);
    const sangongChange = changePct(f.sangongActual, p?.sangongActual ?? null);
    if (over(sangongChange, thresholds.sangongGrowthPct)) {
      items.push({ ...base, kind: "sangongGrowth", value: sangongChange, message: `三公经费比上年增长 ${sangongChange}%` });
    }
    const spendChange = changePct(f.expenditure, p?.expenditure ?? null);
    if (over(spendChange, thresholds.expenditureGrowthPct)) {
      items.push({ ...base, kind: "expenditureGrowth", value: spendChange, message: `本年支出比上年增长 ${spendChange}%` });
    }
    if (f.errorCount > 0) {
      items.push({
        ...base, kind: "auditErrors", value: String(f.errorCount),
        message: `审核发现 ${f.errorCount} 处错误（勾稽关系不符）`, href: `${base.href}#findings`,
      });
    }
  }
  const reporting = new Set(current.map((f) => f.departmentId));
  for (const p of prior) {
    if (reporting.has(p.departmentId)) continue;
    items.push({
      kind: "missingReport", departmentId: p.departmentId, department: p.name, year, value: null,
      message: `${p.year} 年度有报告，${year} 年度未导入`, href: departmentHref(p.departmentId, p.year),
    });
  }
  const order = Object.keys(ATTENTION_LABELS);
  return items.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || compareNames(a.department, b.department));
}
