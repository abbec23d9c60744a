import { describe, expect, test } from "vitest";
import { expectedParsed, renderReportText } from "@/lib/demo";
import { DISTRICTS, generateDistricts } from "@/lib/demo/districts";
import { DEFAULT_DEMO } from "@/lib/ingest/load-demo";
import { parseReport } from "@/lib/parsers/parse-report";

const options = { departments: 60, years: [2019, 2024] as [number, number], seed: 2024 };
const districts = generateDistricts(options);
const total = (r: (typeof districts.reports)[number]) => r.items.reduce((s, i) => s + i.basic + i.project, 0);

describe("demo districts 示例市甲区 / 示例市乙区", () => {
  test("are deterministic in the seed and cover the last three demo years", () => {
    expect(generateDistricts(options)).toEqual(districts);
    expect(generateDistricts({ ...options, seed: 7 }).reports[0]).not.toEqual(districts.reports[0]);
    expect(districts.years).toEqual([2022, 2024]);
  });

  test("are loaded on first start by default, so region views have data", () => {
    expect(DEFAULT_DEMO.districts).toBe(true);
  });

  test("each has fifteen 部门 of the same kinds, plus 所属单位 filing 单位决算 under their 部门", () => {
    for (const { name } of DISTRICTS) {
      const names = new Set(districts.reports.filter((r) => r.department.startsWith(name) && r.scope !== "单位").map((r) => r.department));
      expect(names.size).toBe(15);
      expect(names.has(`${name}财政局`)).toBe(true);
    }
    expect(districts.units.length).toBeGreaterThanOrEqual(6);
    for (const { unit, parent } of districts.units) {
      expect(districts.reports.filter((r) => r.department === unit).every((r) => r.scope === "单位" && r.parentDepartment === parent)).toBe(true);
    }
  });

  test("a 部门 with units files 汇总 reports that include its units' spending", () => {
    for (const { parent } of districts.units) {
      for (let year = 2022; year <= 2024; year += 1) {
        const summary = districts.reports.find((r) => r.department === parent && r.year === year);
        const units = districts.reports.filter((r) => r.parentDepartment === parent && r.year === year);
        expect(summary?.scope).toBe("汇总");
        expect(summary?.units).toEqual(units.map((u) => u.department).filter((n, i, all) => all.indexOf(n) === i));
        expect(total(summary!)).toBeGreaterThan(units.reduce((s, u) => s + total(u), 0));
      }
    }
  });

  test.each(["示例市甲区财政局", "示例市甲区第一中学", "示例市乙区统计局"])("%s 2024 reads back with its department, scope and totals", async (name) => {
    const report = districts.reports.find((r) => r.department === name && r.year === 2024)!;
    const parsed = await parseReport({ bytes: new TextEncoder().encode(renderReportText(report)), fileName: `${report.fileStem}.txt` });
    expect(parsed.department).toBe(name);
    expect(parsed.scope).toBe(report.scope ?? null);
    expect(parsed.totals.expenditure).toBe(expectedParsed(report).totals.expenditure);
    const errors = parsed.findings.filter((f) => f.severity === "error").map((f) => f.rule);
    expect(errors).toEqual(report.mistakes.map((m) => m.rule));
  });
});
