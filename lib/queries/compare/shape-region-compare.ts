import { sumAmountText } from "../../money";
import type { CompareDto } from "../../charts/dto";
import { kpis } from "../overview/kpis";
import type { DepartmentYearFacts } from "../overview/list-department-year-facts";
import { changePct, ratePct } from "../../figures/rates";

/** One region of a 区 vs 区 comparison, as the data layer read it (counting rule applied per region). */
export interface RegionCompareInput {
  code: string;
  name: string;
  current: DepartmentYearFacts[];
  prior: DepartmentYearFacts[];
  /** Σ 公开03表 类 amounts of the region's counted reports. */
  classes: Array<{ code: string; name: string; amount: string | null }>;
  /** Σ 三公 actuals per item. */
  items: Array<{ item: string; actual: string | null }>;
}

/** The figures a comparison row carries, for a department and for a region alike (exact amounts as text). */
export interface CompareRowFigures {
  expenditure: string | null;
  priorExpenditure: string | null;
  changePct: string | null;
  /** 预算执行率 against the 年初预算, and against the 全年预算 (null where the budget is not stated). */
  execRatePct: string | null;
  execFullRatePct: string | null;
  sangongBudget: string | null;
  sangongActual: string | null;
  sangongRatePct: string | null;
}

export interface RegionCompareRow extends CompareRowFigures {
  code: string;
  name: string;
  departments: number;
}

/**
 * Pure: regions side by side in the shapes department comparison uses (so the same charts draw them): totals
 * (本年/上年/财政拨款/基本/项目), 类 structure and 三公 by item, plus each region's rates. Sums are exact decimal strings.
 */
export function shapeRegionCompare(
  year: number,
  regions: ReadonlyArray<RegionCompareInput>,
  sangongNames: Record<string, string>,
): { rows: RegionCompareRow[]; totals: CompareDto; structure: CompareDto; sangong: CompareDto } {
  const rows = regions.map((r): RegionCompareRow => {
    const cur = kpis(year, r.current, "initial");
    const full = kpis(year, r.current, "full");
    const prior = kpis(year - 1, r.prior, "initial");
    return {
      code: r.code, name: r.name, departments: r.current.length,
      expenditure: cur?.expenditure ?? null, priorExpenditure: prior?.expenditure ?? null,
      changePct: changePct(cur?.expenditure ?? null, prior?.expenditure ?? null),
      execRatePct: cur?.execRatePct ?? null, execFullRatePct: full?.execRatePct ?? null,
      sangongBudget: cur?.sangongBudget ?? null, sangongActual: cur?.sangongActual ?? null,
      sangongRatePct: ratePct(cur?.sangongActual ?? null, cur?.sangongBudget ?? null),
    };
  });
  const label = (r: RegionCompareInput) => ({ id: r.code, name: r.name });
  const sum = (facts: DepartmentYearFacts[], pick: (f: DepartmentYearFacts) => string | null) => sumAmountText(facts.map(pick));
  const totals: CompareDto = {
    metrics: [
      { key: "expenditure", label: "本年支出" }, { key: "priorExpenditure", label: "上年支出" }, { key: "fiscal", label: "财政拨款" },
      { key: "basic", label: "基本支出" }, { key: "project", label: "项目支出" },
    ],
    departments: regions.map((r) => ({
      ...label(r),
      values: {
        expenditure: sum(r.current, (f) => f.expenditure), priorExpenditure: sum(r.prior, (f) => f.expenditure),
        fiscal: sum(r.current, (f) => f.fiscal), basic: sum(r.current, (f) => f.basic), project: sum(r.current, (f) => f.project),
      },
    })),
  };
  const codes = [...new Map(regions.flatMap((r) => r.classes.map((c) => [c.code, c.name] as const))).entries()].sort(([a], [b]) => a.localeCompare(b));
  const structure: CompareDto = {
    metrics: codes.map(([code, name]) => ({ key: code, label: `${code} ${name}` })),
    departments: regions.map((r) => ({
      ...label(r),
      values: Object.fromEntries(codes.map(([code]) => [code, sumAmountText(r.classes.filter((c) => c.code === code).map((c) => c.amount))])),
    })),
  };
  const sangong: CompareDto = {
    metrics: Object.entries(sangongNames).map(([key, name]) => ({ key, label: name })),
    departments: regions.map((r) => ({
      ...label(r),
      values: Object.fromEntries(Object.keys(sangongNames).map((key) => [key, sumAmountText(r.items.filter((i) => i.item === key).map((i) => i.actual))])),
    })),
  };
  return { rows, totals, structure, sangong };
}
