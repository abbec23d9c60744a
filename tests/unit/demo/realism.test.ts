import { describe, expect, test } from "vitest";
import { FUNCTION_CODE_NAMES } from "@/lib/domain/function-codes";
import { generateCity, reportTotals } from "@/lib/demo";
import { inferKind } from "@/lib/ingest/resolve-department";

const city = generateCity({ departments: 200, years: [2019, 2024], seed: 11 });
const lastYear = city.reports.filter((r) => r.year === 2024);

describe("realism of the demo city", () => {
  test("sizes are heavy-tailed: the top 10% of departments spend far more than their share", () => {
    const totals = lastYear.map((r) => reportTotals(r).total).sort((a, b) => b - a);
    const all = totals.reduce((a, b) => a + b, 0);
    const top = totals.slice(0, Math.ceil(totals.length / 10)).reduce((a, b) => a + b, 0);
    const median = totals[Math.floor(totals.length / 2)] ?? 0;
    expect(top / all).toBeGreaterThan(0.3);
    expect((totals[0] ?? 0) / median).toBeGreaterThan(10);
  });

  test("both kinds of department exist", () => {
    const kinds = new Set(city.departments.map((d) => d.kind));
    expect(kinds).toEqual(new Set(["行政", "事业"]));
  });

  test("chronically low-execution departments stay below 90% of the initial budget year after year", () => {
    const low = city.departments.filter((d) => d.lowExecution);
    expect(low.length).toBeGreaterThan(3);
    expect(low.length).toBeLessThan(city.departments.length / 4);
    for (const dep of low) {
      for (const r of city.reports.filter((x) => x.lineageId === dep.lineageId)) {
        const t = reportTotals(r);
        if (t.budgetInitial > 0) expect(t.gpb / t.budgetInitial).toBeLessThan(0.9);
      }
    }
    const normal = lastYear.filter((r) => !low.some((d) => d.lineageId === r.lineageId));
    const rates = normal.map((r) => reportTotals(r)).filter((t) => t.budgetInitial > 0).map((t) => t.gpb / t.budgetInitial);
    expect(rates.filter((x) => x > 0.9).length / rates.length).toBeGreaterThan(0.8);
  });

  test("some departments overrun their 三公 budget or let it grow", () => {
    expect(city.departments.some((d) => d.sangongTrend === "over-budget")).toBe(true);
    expect(city.departments.some((d) => d.sangongTrend === "growing")).toBe(true);
    const overrun = city.reports.filter((r) => {
      const { budget, actual } = r.sangong;
      return actual.reception > budget.reception || actual.vehicleOperation > budget.vehicleOperation;
    });
    expect(overrun.length).toBeGreaterThan(0);
  });

  test("机构改革: merges end a department and its figures move to the absorbing one; renames keep the lineage", () => {
    const merges = city.events.filter((e) => e.kind === "merge");
    expect(merges.length).toBeGreaterThanOrEqual(1);
    expect(merges.length).toBeLessThanOrEqual(2);
    for (const merge of merges) {
      expect(city.reports.some((r) => r.department === merge.from && r.year >= merge.year)).toBe(false);
      const absorbing = city.reports.find((r) => r.department === merge.to && r.year === merge.year);
      expect(absorbing?.changeReason).toContain(`原${merge.from}整体划转至${merge.to}`);
    }
    const rename = city.events.find((e) => e.kind === "rename");
    if (rename === undefined) throw new Error("expected a rename");
    const before = city.reports.find((r) => r.department === rename.from && r.year === rename.year - 1);
    const after = city.reports.find((r) => r.department === rename.to && r.year === rename.year);
    expect(before?.lineageId).toBe(after?.lineageId);
  });

  test("year-to-year drift is smooth for most departments, with occasional jumps", () => {
    const changes = city.reports
      .filter((r) => r.year > 2019 && r.prior.total > 0 && !r.changeReason.includes("机构改革"))
      .map((r) => reportTotals(r).total / r.prior.total - 1);
    const smooth = changes.filter((c) => Math.abs(c) < 0.12).length / changes.length;
    expect(smooth).toBeGreaterThan(0.75);
    expect(changes.some((c) => Math.abs(c) > 0.15)).toBe(true);
  });

  test("prior-year figures equal the previous report of the same lineage", () => {
    for (const r of city.reports.filter((x) => x.year > 2019)) {
      const previous = city.reports.find((x) => x.lineageId === r.lineageId && x.year === r.year - 1);
      if (previous === undefined) continue;
      expect(r.prior.total).toBe(reportTotals(previous).total);
      expect(r.prior.operatingExpenses).toBe(previous.operatingExpenses);
    }
  });

  test("every functional code is a real national code with its catalogue name", () => {
    const codes = new Set(city.reports.flatMap((r) => r.items.map((i) => i.code)));
    for (const code of codes) {
      expect(FUNCTION_CODE_NAMES[code], code).toBeDefined();
      expect(FUNCTION_CODE_NAMES[code.slice(0, 5)], code.slice(0, 5)).toBeDefined();
    }
  });

  test("names are unique within a year and file names carry the city, department and year", () => {
    for (let year = 2019; year <= 2024; year += 1) {
      const names = city.reports.filter((r) => r.year === year).map((r) => r.department);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(city.reports[0]?.fileStem).toMatch(/^示例市-.+-20\d\d$/);
  });

  test("schools spend less than the 教育局 in every year", () => {
    for (let year = 2019; year <= 2024; year += 1) {
      const reports = city.reports.filter((r) => r.year === year);
      const bureau = reports.find((r) => r.department.endsWith("教育局"));
      if (bureau === undefined) throw new Error(`no 教育局 in ${year}`);
      const schools = reports.filter((r) => /(中学|小学|幼儿园)$/.test(r.department));
      expect(schools.length).toBeGreaterThan(10);
      for (const school of schools) expect(reportTotals(school).total, school.department).toBeLessThan(reportTotals(bureau).total);
    }
  });

  test("every department is typed 行政 or 事业, and its name says which", () => {
    for (const d of city.departments) {
      const name = d.names[2024] ?? Object.values(d.names)[0] ?? "";
      expect(inferKind(name), name).toBe(d.kind);
    }
  });

  test("a fleet changes only by the cars bought and disposed of", () => {
    let changed = 0;
    for (const r of city.reports.filter((x) => x.year > 2019 && !x.changeReason.includes("机构改革"))) {
      const previous = city.reports.find((x) => x.lineageId === r.lineageId && x.year === r.year - 1);
      if (previous === undefined) continue;
      const s = r.sangong;
      expect(s.vehicleCount, r.fileStem).toBe(previous.sangong.vehicleCount + s.vehiclesPurchased - s.vehiclesDisposed);
      if (s.vehicleCount !== previous.sangong.vehicleCount) changed += 1;
    }
    expect(changed).toBeGreaterThan(0);
  });

  test("三公 of ordinary departments moves by plausible amounts: running cost per car within ±20% a year", () => {
    const ordinary = new Set(city.departments.filter((d) => d.sangongTrend === "normal").map((d) => d.lineageId));
    const ratios: number[] = [];
    for (const r of city.reports.filter((x) => x.year > 2019 && ordinary.has(x.lineageId))) {
      const previous = city.reports.find((x) => x.lineageId === r.lineageId && x.year === r.year - 1);
      if (previous === undefined || r.sangong.vehicleCount === 0 || previous.sangong.vehicleCount === 0) continue;
      const perCar = (x: typeof r) => x.sangong.actual.vehicleOperation / x.sangong.vehicleCount;
      ratios.push(perCar(r) / perCar(previous) - 1);
    }
    expect(ratios.filter((x) => Math.abs(x) <= 0.2).length / ratios.length).toBeGreaterThan(0.95);
  });
});
