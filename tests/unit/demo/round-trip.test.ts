import { describe, expect, test } from "vitest";
import { expectedParsed, generateCity, renderReportText, renderReportXlsx, type DemoReport, type ExpectedParsed } from "@/lib/demo";
import type { ParsedReport } from "@/lib/parsers/contract";
import { parseReport } from "@/lib/parsers/parse-report";

const city = generateCity({ departments: 40, years: [2022, 2024], seed: 3 });
const sample = city.reports.filter((r, i) => r.mistakes.length === 0 && i % 9 === 0);
const broken = generateCity({ departments: 120, years: [2023, 2024], seed: 5 }).reports.filter((r) => r.mistakes.length > 0).slice(0, 6);

async function parse(report: DemoReport, format: "text" | "xlsx"): Promise<ParsedReport> {
  const bytes = format === "text" ? new TextEncoder().encode(renderReportText(report)) : await renderReportXlsx(report);
  return parseReport({ bytes, fileName: `${report.fileStem}.${format === "text" ? "txt" : "xlsx"}` });
}

/** The parsed report cut down to the shape of ExpectedParsed. A blank cell is null and a printed 0.00 is "0.00": they differ. */
function comparable(p: ParsedReport, e: ExpectedParsed): unknown {
  const byCode = <T extends { code: string }>(lines: readonly T[], code: string) => lines.find((l) => l.code === code);
  return {
    department: p.department,
    year: p.year,
    sourceUnit: p.sourceUnit,
    totals: {
      income: p.totals.income,
      expenditure: p.totals.expenditure,
      fiscalAppropriationIncome: p.totals.fiscalAppropriationIncome,
      basicExpenditure: p.totals.basicExpenditure,
      projectExpenditure: p.totals.projectExpenditure,
    },
    expenditureByFunction: p.expenditureByFunction.map((l) => ({
      code: l.code, name: l.name, level: l.level, total: l.total, basic: l.basic, project: l.project,
    })),
    gpbExpenditureByFunction: p.gpbExpenditureByFunction.map((l) => ({
      code: l.code, name: l.name, level: l.level, total: l.total, basic: l.basic, project: l.project,
      budgetInitial: l.budgetInitial, statedRatePct: l.statedRatePct ?? null,
    })),
    gpbBudgetInitialTotal: p.gpbBudgetInitialTotal,
    sangong: { budget: p.sangong.budget, actual: p.sangong.actual, counts: p.sangong.counts },
    economic: {
      personnel: p.economic.personnel,
      publicUse: p.economic.publicUse,
      lines: e.economic.lines.map((l) => {
        const q = byCode(p.economic.lines, l.code);
        return q === undefined ? null : { code: q.code, name: q.name, category: q.category, amount: q.amount };
      }),
    },
    operatingExpenses: p.operatingExpenses,
    procurementTotal: p.procurementTotal,
    performance: {
      overall: { budget: p.performance.overall.budget, actual: p.performance.overall.actual, ratePct: p.performance.overall.ratePct },
      projects: p.performance.projects.map((x) => ({ name: x.name, budget: x.budget, actual: x.actual, ratePct: x.ratePct })),
    },
  };
}

describe.each(["text", "xlsx"] as const)("round trip through parseReport (%s)", (format) => {
  test.each(sample.map((r) => [r.fileStem, r] as const))("%s reads back exactly as generated, with no errors", async (_, report) => {
    const parsed = await parse(report, format);
    const expected = expectedParsed(report);
    expect(comparable(parsed, expected)).toEqual(expected);
    expect(parsed.format).toBe(format);
    expect(parsed.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test.each(broken.map((r) => [r.fileStem, r.mistakes[0]?.rule ?? "", r] as const))(
    "%s: the planted mistake triggers %s",
    async (_, rule, report) => {
      const parsed = await parse(report, format);
      expect(comparable(parsed, expectedParsed(report))).toEqual(expectedParsed(report));
      expect(parsed.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toContain(rule);
    },
  );
});
