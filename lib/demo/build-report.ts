import { isPayrollCode, PROJECT_SUFFIXES, REASONS } from "./catalogue";
import { CITY, nameInYear, type DepartmentSpec } from "./department-specs";
import { buildEconomic } from "./economic";
import type { Rng } from "./prng";
import { buildSangong } from "./sangong";
import type { DemoItem, DemoProject, DemoReport, DemoYearTotals } from "./types";
import { allocate, sum, wc, type WanCents } from "./units";

export interface BuildContext {
  years: [number, number];
  rng: Rng;
  /** Last year's totals of the same lineage; null only for the hidden year before the first. */
  prior: DemoYearTotals | null;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
/** 0.5 万元: the smallest project spending a 项 shows. */
const MIN_PROJECT = 50;

function buildItems(parts: ReadonlyArray<{ spec: DepartmentSpec; size: WanCents }>, rng: Rng): DemoItem[] {
  const byCode = new Map<string, DemoItem>();
  for (const { spec, size } of parts) {
    const codes = [...spec.weights.keys()];
    const amounts = allocate(size, codes.map((c) => (spec.weights.get(c) ?? 0) * Math.max(0.5, 1 + rng.normal(0, 0.05))));
    const running = spec.template.codes[0];
    const admin = spec.template.kind === "行政";
    codes.forEach((code, i) => {
      const amount = amounts[i] ?? 0;
      const rawProject = clamp(wc(amount * (spec.projectShares.get(code) ?? 0) * (1 + rng.normal(0, 0.05))), 0, amount);
      // Nobody books a 项目 of a few hundred 元 on a running-cost 项; such crumbs also sit inside rounding tolerance.
      const project = rawProject < MIN_PROJECT ? 0 : rawProject;
      const basic = amount - project;
      let nonFiscal = 0;
      let source: DemoItem["nonFiscalSource"] = null;
      if (code === running && spec.businessIncomeShare > 0) {
        nonFiscal = wc(amount * spec.businessIncomeShare);
        source = "business";
      } else if (admin && code === spec.template.codes[1] && rng.chance(0.25)) {
        nonFiscal = Math.min(amount, Math.max(10, wc(amount * rng.range(0.001, 0.01))));
        source = "other";
      }
      const nfBasic = amount === 0 ? 0 : Math.min(basic, Math.round((nonFiscal * basic) / amount));
      const existing = byCode.get(code);
      const item: DemoItem = existing ?? {
        code, basic: 0, project: 0, nonFiscalBasic: 0, nonFiscalProject: 0, nonFiscalSource: null, budgetInitial: 0, reason: null,
      };
      item.basic += basic;
      item.project += project;
      item.nonFiscalBasic += nfBasic;
      item.nonFiscalProject += Math.min(project, nonFiscal - nfBasic);
      item.nonFiscalSource = item.nonFiscalSource ?? source;
      byCode.set(code, item);
    });
  }
  return [...byCode.values()].filter((i) => i.basic + i.project > 0).sort((a, b) => a.code.localeCompare(b.code));
}

/** 年初预算 per 项: execution near 97% with noise; chronically low departments far below. */
function setInitialBudgets(items: DemoItem[], lowExecution: boolean, rng: Rng): void {
  for (const item of items) {
    const gpb = item.basic + item.project - item.nonFiscalBasic - item.nonFiscalProject;
    if (item.basic === 0 && rng.chance(0.05)) {
      item.budgetInitial = 0;
      item.reason = "上年结转资金在本年支出";
      continue;
    }
    const rate = lowExecution ? clamp(rng.normal(0.74, 0.08), 0.5, 0.89) : clamp(rng.normal(0.97, 0.05), 0.82, 1.35);
    item.budgetInitial = Math.max(1, wc(gpb / rate));
    const actualRate = gpb / item.budgetInitial;
    const reasons = isPayrollCode(item.code) ? REASONS.payroll : REASONS.business;
    item.reason = actualRate < 0.9 ? rng.pick(reasons.below) : actualRate > 1.1 ? rng.pick(reasons.above) : null;
  }
}

function buildProjects(shortName: string, gpbProject: WanCents, lowExecution: boolean, rng: Rng): DemoProject[] {
  if (gpbProject <= 0) return [];
  const count = Math.min(rng.int(1, 4), Math.max(1, Math.floor(gpbProject / 100)));
  const suffixes = [...PROJECT_SUFFIXES];
  for (let i = suffixes.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [suffixes[i], suffixes[j]] = [suffixes[j] as string, suffixes[i] as string];
  }
  const covered = wc(gpbProject * rng.range(0.8, 1));
  const actuals = allocate(covered, suffixes.slice(0, count).map(() => rng.range(0.3, 1)));
  return actuals
    .map((actual, i): DemoProject => {
      const rate = lowExecution ? rng.range(0.45, 0.8) : rng.range(0.82, 1);
      const done = rng.int(8, 30);
      return {
        name: `${shortName}${suffixes[i] ?? PROJECT_SUFFIXES[0]}`,
        budget: Math.max(actual, wc(actual / rate)),
        actual,
        indicators: [
          { level1: "产出指标", level2: "数量指标", name: "完成工作任务次数", target: `≥${done - rng.int(0, 5)} 次`, actual: `${done} 次` },
          { level1: "效益指标", level2: "社会效益指标", name: "履职服务保障", target: "有效保障", actual: "有效保障" },
          { level1: "满意度指标", level2: "服务对象满意度指标", name: "服务对象满意度", target: "≥95%", actual: `${rng.int(95, 99)}%` },
        ],
      };
    })
    .filter((p) => p.actual > 0);
}

function changeReason(year: number, department: string, absorbedNames: string[], total: WanCents, prior: DemoYearTotals | null): string {
  if (absorbedNames.length > 0) {
    return `${year} 年度机构改革，原${absorbedNames.join("、")}整体划转至${department}，经费也相应划转`;
  }
  if (prior === null || prior.total === 0) return "新设机构";
  const change = (total - prior.total) / prior.total;
  if (change > 0.1) return "新增重点工作任务，项目支出增加";
  if (change < -0.1) return "部分项目完成，项目支出减少";
  return change >= 0 ? "人员调资及正常增长" : "厉行节约，压减一般性支出";
}

/**
 * 结转结余: last year's 年末 is this year's 年初 (drawn for the first simulated year), and 1–6% of the year's spending
 * is carried out — unfinished projects, funds arriving late. The net change is booked on the 项 with the most general-
 * budget money, which stays positive: the carry-over never exceeds 6% of the total, the largest 项 holds far more.
 */
function carryOver(items: ReadonlyArray<DemoItem>, total: WanCents, prior: DemoYearTotals | null, rng: Rng): DemoReport["carry"] {
  const gpb = (i: DemoItem) => i.basic + i.project - i.nonFiscalBasic - i.nonFiscalProject;
  const largest = [...items].sort((a, b) => gpb(b) - gpb(a) || a.code.localeCompare(b.code))[0];
  const start = prior === null ? wc(total * rng.range(0.01, 0.05)) : prior.carryEnd;
  const end = wc(total * rng.range(0.01, 0.06));
  if (largest === undefined || gpb(largest) + end - start <= 0) return { start, end: start, code: largest?.code ?? "" };
  return { start, end, code: largest.code };
}

/** One department's report for one year, every total derived by summing. */
export function buildReport(spec: DepartmentSpec, absorbed: ReadonlyArray<DepartmentSpec>, year: number, ctx: BuildContext): DemoReport {
  const { rng } = ctx;
  const department = nameInYear(spec, year);
  const parts = [{ spec, size: spec.sizes.get(year) ?? 0 }, ...absorbed.map((a) => ({ spec: a, size: a.sizes.get(year) ?? 0 }))];
  const items = buildItems(parts, rng.fork("items"));
  setInitialBudgets(items, spec.lowExecution, rng.fork("budgets"));
  const total = sum(items.map((i) => i.basic + i.project));
  const admin = spec.template.kind === "行政";
  const sangongPlan = buildSangong(spec, total, year, ctx.years, ctx.prior?.vehicleCount ?? null, rng.fork("sangong"));
  const { lines, sangong: sangongActual } = buildEconomic(items, admin, sangongPlan.actual, rng.fork("economic"));
  const sangong = sangongPlan.finish(sangongActual);
  const publicUse = sum(lines.filter((l) => l.code.length === 3 && l.category === "publicUse").map((l) => l.amount));
  const gpbProject = sum(items.map((i) => i.project - i.nonFiscalProject));
  const misc = rng.fork("misc");
  const procurementTotal = wc(total * misc.range(0.01, 0.08));
  const goods = wc(procurementTotal * misc.range(0.3, 0.6));
  const works = misc.chance(0.15) ? wc((procurementTotal - goods) * misc.range(0, 0.4)) : 0;
  const active = clamp(Math.round(total / 100 / 30), 3, 4000);
  const overallRate = spec.lowExecution ? clamp(misc.normal(0.75, 0.06), 0.55, 0.88) : clamp(misc.normal(0.95, 0.03), 0.85, 1);
  const carry = carryOver(items, total, ctx.prior, rng.fork("carry"));
  const absorbedNames = absorbed.filter((a) => a.lastYear === year - 1).map((a) => nameInYear(a, year - 1));
  const shortName = department.replace(CITY, "");
  return {
    city: CITY,
    lineageId: spec.lineageId,
    department,
    kind: spec.template.kind,
    year,
    fileStem: `${CITY}-${shortName}-${year}`,
    staff: { established: active + misc.int(0, 6), active, retired: Math.round(active * misc.range(0.15, 0.5)) },
    items,
    economic: lines,
    sangong,
    operatingExpenses: publicUse,
    operatingExpensesBudget: wc(publicUse / misc.range(0.85, 1.15)),
    procurement: { goods, works, services: procurementTotal - goods - works, sme: wc(procurementTotal * misc.range(0.7, 1)) },
    overallBudget: Math.max(total, wc(total / overallRate)),
    projects: buildProjects(shortName, gpbProject, spec.lowExecution, rng.fork("projects")),
    prior: ctx.prior ?? { total: 0, fiscal: 0, gpb: 0, sangong: 0, sangongItems: { outbound: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 0 }, operatingExpenses: 0, vehicleCount: 0, income: 0, gpbIncome: 0, grand: 0, carryEnd: 0 },
    changeReason: changeReason(year, department, absorbedNames, total, ctx.prior),
    mistakes: [],
    carry,
  };
}
