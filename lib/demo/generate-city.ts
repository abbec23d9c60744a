import { buildReport } from "./build-report";
import { buildDepartmentSpecs, CITY, nameInYear, type DepartmentSpec } from "./department-specs";
import { plantMistakes } from "./mistakes";
import { createRng } from "./prng";
import { yearTotals } from "./report-figures";
import type { DemoCity, DemoDepartmentSummary, DemoReport, DemoYearTotals, GenerateCityOptions } from "./types";

function validate(options: GenerateCityOptions): void {
  const [from, to] = options.years;
  if (!Number.isInteger(options.departments) || options.departments < 1) throw new RangeError("departments must be a positive integer");
  if (!Number.isInteger(from) || !Number.isInteger(to) || to < from) throw new RangeError("years must be [from, to] with from ≤ to");
  if (!Number.isInteger(options.seed)) throw new RangeError("seed must be an integer");
}

/**
 * The reports of one department lineage, oldest first. The year before the first is built too (not returned) so the
 * first report can state prior-year comparisons like every later one.
 */
export function generateDepartmentReports(
  spec: DepartmentSpec,
  specsById: ReadonlyMap<string, DepartmentSpec>,
  years: [number, number],
  seed: number,
): DemoReport[] {
  const reports: DemoReport[] = [];
  let prior: DemoYearTotals | null = null;
  for (let year = years[0] - 1; year <= Math.min(years[1], spec.lastYear); year += 1) {
    const absorbed = spec.absorbs
      .filter((a) => a.year <= year)
      .map((a) => specsById.get(a.lineageId))
      .filter((a): a is DepartmentSpec => a !== undefined);
    const rng = createRng(seed).fork(`${spec.lineageId}-${year}`);
    const report = buildReport(spec, absorbed, year, { years, rng, prior });
    prior = yearTotals(report);
    if (year >= years[0]) reports.push(report);
  }
  return reports;
}

/** A fictional city's reports, deterministic in its options: same seed, same city. */
export function generateCity(options: GenerateCityOptions): DemoCity {
  validate(options);
  const years: [number, number] = [options.years[0], options.years[1]];
  const { specs, events } = buildDepartmentSpecs(options.departments, years, createRng(options.seed).fork("departments"));
  const specsById = new Map(specs.map((s) => [s.lineageId, s]));
  const reports = specs.flatMap((spec) => generateDepartmentReports(spec, specsById, years, options.seed));
  plantMistakes(reports, createRng(options.seed).fork("mistakes"));
  const departments = specs.map((spec): DemoDepartmentSummary => {
    const names: Record<number, string> = {};
    for (let year = years[0]; year <= Math.min(years[1], spec.lastYear); year += 1) names[year] = nameInYear(spec, year);
    return { lineageId: spec.lineageId, kind: spec.template.kind, names, lowExecution: spec.lowExecution, sangongTrend: spec.sangongTrend };
  });
  return { city: CITY, seed: options.seed, years, departments, events, reports };
}
