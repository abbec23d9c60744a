import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { isParseError } from "@/lib/parsers/errors";
import { parseReport } from "@/lib/parsers/parse-report";

const VARIANTS = path.resolve(import.meta.dirname, "../../fixtures/variants");
const parseVariant = (name: string) => parseReport({ bytes: new Uint8Array(readFileSync(path.join(VARIANTS, name))), fileName: name });

/** Hand-written report variants: who published it, which year, which kind — read from the document, no input. */
describe("report variants: publisher, year and kind", () => {
  test.each([
    ["name-cover-only-2024.txt", "上海市普陀区财政局", ["cover"]],
    ["name-overview-only-2024.txt", "上海市普陀区教育局", ["overview"]],
    ["name-toc-part-title-2024.txt", "上海市普陀区卫生健康委员会", ["partTitle"]],
    ["name-part-heading-trap-2024.txt", "上海市普陀区审计局", ["tableHeader"]],
  ])("%s → %s", async (file, department, kinds) => {
    const report = await parseVariant(file);
    expect(report.department).toBe(department);
    expect(report.year).toBe(2024);
    expect(report.documentKind).toBe("部门决算");
    expect([...new Set(report.publisher?.seenAt.map((s) => s.kind))]).toEqual(kinds);
    expect(report.totals.income).toBe("12100000.00");
    expect(report.totals.expenditure).toBe("12100000.00");
  });

  test("a 预算 document is refused with a clear message, before anything is stored", async () => {
    const error = await parseVariant("kind-budget-2025.txt").catch((e: unknown) => e);
    expect(isParseError(error) && error.code).toBe("budget_document");
    expect((error as Error).message).toContain("部门预算");
    expect((error as Error).message).toContain("不是决算报告");
  });

  test("traditional characters: recognised through simplified, the printed name kept", async () => {
    const report = await parseVariant("script-traditional-2024.txt");
    expect(report).toMatchObject({ department: "上海市普陀区民政局", year: 2024, documentKind: "部门决算", script: "traditional" });
    expect(report.publisher?.printedName).toBe("上海市普陀區民政局");
    expect(report.totals.income).toBe("12100000.00");
    expect(report.sangong.actual.total).toBe("85000.00");
    expect(report.operatingExpenses).toBe("1200000.00");
  });

  test("a document that states two years: year null, the name still read, the conflict noted for the user", async () => {
    const report = await parseVariant("year-disagreement-2024.txt");
    expect(report.year).toBeNull();
    expect(report.department).toBe("上海市普陀区司法局");
    expect(report.unread.find((u) => u.section === "年度")?.reason).toMatch(/2024.*2023|2023.*2024/);
  });
});

describe("a 决算情况说明 published without its tables", () => {
  test("every stated figure is read and the tables are reported unread", async () => {
    const report = await parseVariant("narrative-only-2024.txt");
    expect(report).toMatchObject({ department: "上海市普陀区商务委员会", year: 2024, documentKind: "部门决算", narrativeOnly: true });
    expect(report.totals).toMatchObject({
      income: "12100000.00", expenditure: "12100000.00", fiscalAppropriationIncome: "12034500.00",
      basicExpenditure: "10000000.00", projectExpenditure: "2100000.00", grandTotal: "12100000.00",
    });
    expect(report.sources["totals.basicExpenditure"]?.line).toBeGreaterThan(0);
    expect(report.sangong.actual).toMatchObject({ total: "85000.00", outbound: "30000.00", vehiclePurchase: "0.00", vehicleOperation: "45000.00", reception: "10000.00" });
    expect(report.sangong.counts).toMatchObject({ outboundGroups: 1, outboundPeople: 2, vehicleCount: 2, receptionBatches: 4, receptionPeople: 30 });
    expect(report.operatingExpenses).toBe("1200000.00");
    expect(report.procurementTotal).toBe("500000.00");
    expect(report.gpbExpenditureByFunction.map((l) => [l.code, l.total, l.budgetInitial])).toEqual([
      ["2010601", "10137500.00", "9000000.00"],
      ["2080505", "1204000.00", "1200000.00"],
    ]);
    expect(report.unread.filter((u) => u.reason.includes("未找到该表")).length).toBe(9);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("text that is not a 决算 at all is still refused", async () => {
    const error = await parseReport({ bytes: new TextEncoder().encode("上海市普陀区商务委员会关于举办2024年度招商推介会的通知。各有关单位：为进一步优化营商环境，现将有关事项通知如下。"), fileName: "notice.txt" }).catch((e: unknown) => e);
    expect(isParseError(error) && error.code).toBe("unrelated");
  });
});
