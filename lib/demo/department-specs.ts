import { DEPARTMENT_TEMPLATES, PAYROLL_CODES, chineseNumeral, type DepartmentTemplate } from "./catalogue";
import type { Rng } from "./prng";
import type { DemoEvent } from "./types";
import type { WanCents } from "./units";

export const CITY = "示例市";

/** Everything about one department that does not change from year to year. */
export interface DepartmentSpec {
  lineageId: string;
  template: DepartmentTemplate;
  name: string;
  formerName: string | null;
  renameYear: number | null;
  /** Last year with a report of its own (a merge ends the lineage). */
  lastYear: number;
  /** Lineages folded into this one, from the given year. */
  absorbs: Array<{ lineageId: string; year: number }>;
  /** 项 code → relative weight in the department's spending. */
  weights: Map<string, number>;
  /** 项 code → share of project spending in it. */
  projectShares: Map<string, number>;
  /** Share of the running-cost item paid from 事业收入 (事业 units only). */
  businessIncomeShare: number;
  lowExecution: boolean;
  sangongTrend: "normal" | "over-budget" | "growing";
  hasOutbound: boolean;
  /** 三公 habits that hold from year to year: running cost per car (万元), reception scale, a usual trip budget (万元). */
  sangongHabits: { perVehicleWan: number; receptionFactor: number; outboundWan: number };
  /** Size per simulated year (one year before the first rendered, for prior-year comparisons). */
  sizes: Map<number, WanCents>;
}

/** 1,000 万元 (in 万元 hundredths): a department whose budget lines are material on their own. */
const LARGE = 100_000;

function unitOrder(count: number): DepartmentTemplate[] {
  const singles = DEPARTMENT_TEMPLATES.filter((t) => t.numbered !== true);
  const numbered = DEPARTMENT_TEMPLATES.filter((t) => t.numbered === true);
  // 地方金融工作局 goes second so even a tiny city has the 机构改革 merge into 人民政府办公室.
  const finance = singles.findIndex((t) => t.name === "地方金融工作局");
  const [financeTemplate] = singles.splice(finance, 1);
  if (financeTemplate !== undefined) singles.splice(1, 0, financeTemplate);
  const order: DepartmentTemplate[] = [];
  let n = 0;
  for (const single of singles) {
    order.push(single);
    if (order.length % 4 === 3) order.push(numbered[n++ % numbered.length] as DepartmentTemplate);
  }
  while (order.length < count) order.push(numbered[n++ % numbered.length] as DepartmentTemplate);
  return order.slice(0, count);
}

function itemWeights(template: DepartmentTemplate, rng: Rng): { weights: Map<string, number>; projectShares: Map<string, number> } {
  const weights = new Map<string, number>();
  const projectShares = new Map<string, number>();
  template.codes.forEach((code, index) => {
    weights.set(code, index === 0 ? rng.range(0.45, 0.6) : rng.range(0.04, 0.18));
    // Running costs (行政运行, 事业运行 "…50") are mostly basic spending with a little project money (every unit has
    // some); the other 项 of a department are mostly projects.
    const running = index === 0 || code.endsWith("50");
    projectShares.set(code, running ? rng.range(0.02, 0.08) : rng.range(0.55, 1));
  });
  const admin = template.kind === "行政";
  const payroll: Array<[string, number]> = [
    [PAYROLL_CODES.pension, rng.range(0.07, 0.09)],
    [PAYROLL_CODES.annuity, rng.range(0.03, 0.04)],
    [admin ? PAYROLL_CODES.medicalAdmin : PAYROLL_CODES.medicalInstitution, rng.range(0.025, 0.035)],
    [PAYROLL_CODES.housingFund, rng.range(0.06, 0.075)],
  ];
  if (admin) payroll.push([PAYROLL_CODES.civilServantMedical, rng.range(0.003, 0.006)]);
  if (admin && rng.chance(0.6)) payroll.push([PAYROLL_CODES.rentSubsidy, rng.range(0.008, 0.014)]);
  if (!admin && rng.chance(0.5)) payroll.push([PAYROLL_CODES.housePurchase, rng.range(0.005, 0.012)]);
  for (const [code, weight] of payroll) {
    weights.set(code, weight);
    projectShares.set(code, 0);
  }
  return { weights, projectShares };
}

function simulateSizes(base: number, years: [number, number], rng: Rng): Map<number, WanCents> {
  const sizes = new Map<number, WanCents>();
  let size = base;
  for (let year = years[0] - 1; year <= years[1]; year += 1) {
    sizes.set(year, Math.max(1000, Math.round(size)));
    const jump = rng.chance(0.06) ? rng.pick([-1, 1]) * rng.range(0.15, 0.35) : 0;
    size *= 1 + rng.normal(0.03, 0.035) + jump;
  }
  return sizes;
}

/**
 * One department's fixed traits drawn from its own stream `own` (after its size was drawn), in a fixed order so a
 * department does not change when others are added.
 */
export function specFor(template: DepartmentTemplate, name: string, lineageId: string, base: number, years: [number, number], own: Rng): DepartmentSpec {
  const { weights, projectShares } = itemWeights(template, own);
  const large = base >= LARGE;
  return {
    lineageId,
    template,
    name,
    formerName: null,
    renameYear: null,
    lastYear: years[1],
    absorbs: [],
    weights,
    projectShares,
    businessIncomeShare: template.kind === "事业" ? own.range(0.1, 0.35) : 0,
    // The deliberate outliers (chronic under-execution, a 三公 overrun or steady growth) fall mostly on departments large
    // enough for the 需关注 list to flag them; small units get them rarely, as noise below its materiality.
    lowExecution: own.chance(large ? 0.15 : 0.05),
    sangongTrend: own.chance(large ? 0.12 : 0.03) ? "over-budget" : own.chance(large ? 0.1 : 0.02) ? "growing" : "normal",
    hasOutbound: template.kind === "行政" && own.chance(0.35),
    sizes: simulateSizes(base, years, own),
    // Drawn last, so adding them left every earlier trait of a department unchanged.
    sangongHabits: { perVehicleWan: own.range(1.6, 2.8), receptionFactor: own.range(0.08, 0.3), outboundWan: own.range(4, 18) },
  };
}

/** 150 万元 minimum and tail index 1.16: the 80/20 shape of city budgets, capped so one outlier cannot dwarf all. */
export function drawBase(template: DepartmentTemplate, own: Rng, scale = 1): number {
  return Math.min(template.weight * scale * own.pareto(150, 1.16), 60000) * 100;
}

/** The departments of the city, sizes heavy-tailed (Pareto), plus the 机构改革 merges and renames between them. */
export function buildDepartmentSpecs(count: number, years: [number, number], rng: Rng): { specs: DepartmentSpec[]; events: DemoEvent[] } {
  const numberedSeen = new Map<string, number>();
  const specs = unitOrder(count).map((template, index): DepartmentSpec => {
    const own = rng.fork(`department-${index}`);
    const k = (numberedSeen.get(template.name) ?? 0) + 1;
    if (template.numbered === true) numberedSeen.set(template.name, k);
    const name = template.numbered === true ? `${CITY}第${chineseNumeral(k)}${template.name}` : `${CITY}${template.name}`;
    return specFor(template, name, `d${String(index + 1).padStart(5, "0")}`, drawBase(template, own), years, own);
  });
  keepSchoolsBelowBureau(specs);
  return { specs, events: planReforms(specs, years) };
}

/** A school spends at most this share of its 教育局's own (本级) accounts in any year. */
const SCHOOL_CAP = 0.6;

/**
 * Schools are drawn from the same heavy tail as everyone else, so one could outspend the 教育局 that runs it. A
 * school's whole size path is scaled down (keeping its year-to-year shape) until it stays below SCHOOL_CAP of the
 * bureau's in every year.
 */
function keepSchoolsBelowBureau(specs: DepartmentSpec[]): void {
  const bureau = specs.find((s) => s.template.name === "教育局");
  if (bureau === undefined) return;
  for (const school of specs.filter((s) => s.template.numbered === true)) {
    let factor = 1;
    for (const [year, size] of school.sizes) factor = Math.min(factor, (SCHOOL_CAP * (bureau.sizes.get(year) ?? size)) / size);
    if (factor < 1) for (const [year, size] of school.sizes) school.sizes.set(year, Math.max(1000, Math.round(size * factor)));
  }
}

function planReforms(specs: DepartmentSpec[], years: [number, number]): DemoEvent[] {
  const events: DemoEvent[] = [];
  if (years[1] <= years[0]) return events;
  const reformYear = years[0] + Math.ceil((years[1] - years[0]) / 2);
  const byTemplate = (name: string) => specs.find((s) => s.template.name === name);
  const merges: Array<[string, string]> = [
    ["地方金融工作局", "人民政府办公室"],
    ["社会保险服务中心", "人力资源和社会保障局"],
  ];
  for (const [fromName, toName] of merges) {
    const from = byTemplate(fromName);
    const to = byTemplate(toName);
    if (from === undefined || to === undefined) continue;
    from.lastYear = reformYear - 1;
    to.absorbs.push({ lineageId: from.lineageId, year: reformYear });
    events.push({ kind: "merge", year: reformYear, from: from.name, to: to.name });
  }
  for (const spec of specs) {
    if (spec.template.formerName === undefined) continue;
    spec.formerName = `${CITY}${spec.template.formerName}`;
    spec.renameYear = reformYear;
    events.push({ kind: "rename", year: reformYear, from: spec.formerName, to: spec.name });
  }
  return events;
}

/** The name a department reports under in a year. */
export function nameInYear(spec: DepartmentSpec, year: number): string {
  return spec.formerName !== null && spec.renameYear !== null && year < spec.renameYear ? spec.formerName : spec.name;
}
