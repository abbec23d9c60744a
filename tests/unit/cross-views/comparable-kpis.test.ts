import { describe, expect, it } from "vitest";
import { comparableKpis, kpis } from "@/lib/queries/overview/kpis";
import type { DepartmentYearFacts } from "@/lib/queries/overview/list-department-year-facts";

const facts = (departmentId: number, year: number, expenditure: string, execBudget: string | null = null, execActual: string | null = null): DepartmentYearFacts => ({
  departmentId, name: `部门${departmentId}`, kind: "行政", year, isDemo: false, reportIds: [departmentId * 10 + year],
  errorReportId: null, errorCount: 0, errorReports: 0, expenditure, priorExpenditureStated: null, fiscal: expenditure, basic: null, project: null,
  operating: null, operatingBudget: null, sangongBudget: null, sangongActual: null, execBudget, execActual,
  execBudgetFull: null, execActualFull: execActual,
});

describe("overview KPIs", () => {
  it("sums exactly and rates only departments with a stated budget", () => {
    const k = kpis(2024, [facts(1, 2024, "100.10", "50.00", "45.00"), facts(2, 2024, "0.20", null, "9.00")]);
    expect(k?.expenditure).toBe("100.30");
    expect(k?.execActual).toBe("45.00");
    expect(k?.execRatePct).toBe("90.00");
    expect(kpis(2024, [])).toBeNull();
  });

  it("rates against the 全年预算 when asked, and says so", () => {
    const newUnit = { ...facts(3, 2024, "307.82", "0.00", "307.82"), execBudgetFull: "321.02", execActualFull: "307.82" };
    expect(kpis(2024, [newUnit])).toMatchObject({ execBasis: "initial", execRatePct: null });
    expect(kpis(2024, [newUnit], "full")).toMatchObject({ execBasis: "full", execBudget: "321.02", execActual: "307.82", execRatePct: "95.89" });
  });

  it("compares like with like when a department joins or is missing, and not at all when the sets are the same", () => {
    const prior = [facts(1, 2023, "100.00"), facts(2, 2023, "50.00")];
    const current = [facts(1, 2024, "110.00"), facts(3, 2024, "500.00")];
    const same = comparableKpis(2024, current, prior);
    expect(same?.departments).toBe(1);
    expect(same?.current.expenditure).toBe("110.00");
    expect(same?.prior.expenditure).toBe("100.00");
    expect(same?.prior.year).toBe(2023);
    expect(comparableKpis(2024, [facts(1, 2024, "1.00"), facts(2, 2024, "2.00")], prior)).toBeNull();
    expect(comparableKpis(2024, [facts(3, 2024, "1.00")], prior)).toBeNull();
  });
});
