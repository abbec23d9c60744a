import { describe, expect, test } from "vitest";
import { unpackFactsRow } from "@/lib/queries/overview/list-department-year-facts";

describe("department-year facts travel as one packed text per row", () => {
  test("every field comes back typed; amounts stay exact text", () => {
    const facts = unpackFactsRow({
      packed: "17|2024|true|301,305|305|3|1|1234567.89|1000000.00|900000.10|-12.50|0.00|||||8000.00|7950.25||",
      name: "示例市教育局",
      kind: "行政单位",
    });
    expect(facts).toEqual({
      departmentId: 17, year: 2024, isDemo: true, reportIds: [301, 305], errorReportId: 305, errorCount: 3, errorReports: 1,
      name: "示例市教育局", kind: "行政单位",
      expenditure: "1234567.89", priorExpenditureStated: "1000000.00", fiscal: "900000.10", basic: "-12.50", project: "0.00",
      operating: null, operatingBudget: null, sangongBudget: null, sangongActual: null,
      execBudget: "8000.00", execActual: "7950.25", execBudgetFull: null, execActualFull: null,
    });
  });

  test("no error report, not demo, no amounts at all: nulls, zero counts, false", () => {
    const facts = unpackFactsRow({ packed: "4|2019|false|12||0|0|||||||||||||", name: "某局", kind: null });
    expect(facts.isDemo).toBe(false);
    expect(facts.errorReportId).toBeNull();
    expect([facts.errorCount, facts.errorReports]).toEqual([0, 0]);
    expect(facts.expenditure).toBeNull();
    expect(facts.execActualFull).toBeNull();
    expect(facts.reportIds).toEqual([12]);
  });
});
