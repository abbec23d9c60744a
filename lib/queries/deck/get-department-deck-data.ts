import type { RegionViewer } from "../region/region-scope";
import type { RankingDto } from "../../charts/dto";
import { getDepartmentView, type DepartmentView } from "../department/get-department-view";
import { listDepartmentYearFacts, type DepartmentYearFacts } from "../overview/list-department-year-facts";
import { ratePct } from "../../figures/rates";
import { rollupSides, type ExecutionBasis } from "../../figures/execution";
import { sumAmounts, toAmountString } from "../../money";

const total = (values: Array<string | null>): string | null => {
  const sum = sumAmounts(values);
  return sum === null ? null : toAmountString(sum);
};

/** The departments the viewer may see, for placing one department among them ("全市平均", rank). */
export interface CityContext {
  departments: number;
  /** Σ 决算 / Σ 预算 over departments stating that budget (the overview's 预算执行率 on the same basis). */
  execRatePct: string | null;
  execBasis: ExecutionBasis;
  ranking: RankingDto;
}

export interface DepartmentDeckData {
  view: DepartmentView & { year: number };
  /** The department's own row of the city facts: its 预算执行率 as the overview computes it. */
  facts: DepartmentYearFacts | null;
  city: CityContext;
}

export function cityContext(facts: readonly DepartmentYearFacts[], basis: ExecutionBasis = "initial"): CityContext {
  const withBudget = facts.map((f) => rollupSides(f, basis)).filter((s) => s.budget !== null);
  const budget = withBudget.map((s) => s.budget);
  const actual = withBudget.map((s) => s.actual);
  return {
    departments: facts.length,
    execRatePct: ratePct(total(actual), total(budget)),
    execBasis: basis,
    ranking: {
      metricLabel: "本年支出合计",
      rows: facts.map((f) => ({ departmentId: String(f.departmentId), name: f.name, amount: f.expenditure })),
    },
  };
}

/**
 * What a department briefing shows: the department page's own view (same query functions) for the year, plus the
 * city facts of that year within the viewer's scope. null when the department or year is not visible to the viewer.
 */
export async function getDepartmentDeckData(viewer: RegionViewer, departmentId: number, year: number): Promise<DepartmentDeckData | null> {
  const view = await getDepartmentView(viewer, departmentId, { year });
  if (view === null || view.year !== year || view.summary === null) return null;
  const facts = await listDepartmentYearFacts(viewer, [year]);
  return {
    view: { ...view, year },
    facts: facts.find((f) => f.departmentId === departmentId) ?? null,
    // The city average on the department's own basis, so the two rates compare like with like.
    city: cityContext(facts, view.execution?.basis ?? "initial"),
  };
}
