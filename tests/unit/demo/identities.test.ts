import { describe, expect, test } from "vitest";
import { expectedParsed, generateCity, renderReportText, type DemoReport, type ExpectedParsed } from "@/lib/demo";
import { Decimal } from "@/lib/money";

const city = generateCity({ departments: 60, years: [2021, 2024], seed: 2024 });
const clean = city.reports.filter((r) => r.mistakes.length === 0);
const broken = city.reports.filter((r) => r.mistakes.length > 0);

const d = (value: string | null | undefined) => new Decimal(value ?? "0");
const total = (values: ReadonlyArray<string | null | undefined>) => values.reduce((acc, v) => acc.plus(d(v)), new Decimal(0));

type Line = ExpectedParsed["expenditureByFunction"][number];

/** Every 类 row minus the sum of its 款 rows, and every 款 minus its 项, for one amount column. */
function hierarchyGaps(lines: ReadonlyArray<Line>, column: "total" | "basic" | "project"): Array<[string, string]> {
  const gaps: Array<[string, string]> = [];
  for (const parent of lines.filter((l) => l.level !== "项")) {
    const childLength = parent.code.length + 2;
    const children = lines.filter((l) => l.code.length === childLength && l.code.startsWith(parent.code));
    const gap = d(parent[column]).minus(total(children.map((c) => c[column])));
    if (!gap.isZero()) gaps.push([parent.code, gap.toFixed(2)]);
  }
  return gaps;
}

const label = (r: DemoReport) => `${r.department} ${r.year}`;

describe.each(clean.map((r) => [label(r), r] as const))("identities of %s", (_, report) => {
  const e = expectedParsed(report);

  test("tables 03 and 05: 类 = Σ 款 = Σ 项 in every column, 合计 = 基本 + 项目 on every row", () => {
    for (const lines of [e.expenditureByFunction, e.gpbExpenditureByFunction]) {
      for (const column of ["total", "basic", "project"] as const) expect(hierarchyGaps(lines, column)).toEqual([]);
      for (const line of lines) expect(d(line.basic).plus(d(line.project)).toFixed(2)).toBe(d(line.total).toFixed(2));
    }
  });

  test("table 01 totals: expenditure = Σ 类 of table 03 = 基本 + 项目; income = expenditure + 年末 − 年初 结转结余", () => {
    const classes = e.expenditureByFunction.filter((l) => l.level === "类");
    expect(total(classes.map((c) => c.total)).toFixed(2)).toBe(e.totals.expenditure);
    const carried = (report.carry.end - report.carry.start) * 100;
    expect(d(e.totals.income).minus(d(e.totals.expenditure)).toFixed(2)).toBe(new Decimal(carried).toFixed(2));
    expect(report.carry.start).toBeGreaterThan(0);
    expect(report.carry.end).toBeGreaterThan(0);
    expect(d(e.totals.basicExpenditure).plus(d(e.totals.projectExpenditure)).toFixed(2)).toBe(e.totals.expenditure);
  });

  test("table 05 total = fiscal income − the year's net 结转结余; 05 基本支出 = 06 人员经费 + 公用经费; 06 lines sum to their classes", () => {
    const classes = e.gpbExpenditureByFunction.filter((l) => l.level === "类");
    const carried = new Decimal((report.carry.end - report.carry.start) * 100);
    expect(total(classes.map((c) => c.total)).plus(carried).toFixed(2)).toBe(e.totals.fiscalAppropriationIncome);
    expect(total(classes.map((c) => c.basic)).toFixed(2)).toBe(d(e.economic.personnel).plus(d(e.economic.publicUse)).toFixed(2));
    for (const category of ["personnel", "publicUse"] as const) {
      const lines = e.economic.lines.filter((l) => l.category === category);
      const classLines = lines.filter((l) => l.code.length === 3);
      expect(total(classLines.map((l) => l.amount)).toFixed(2)).toBe(e.economic[category]);
      for (const klass of classLines) {
        const members = lines.filter((l) => l.code.length === 5 && l.code.startsWith(klass.code));
        expect(total(members.map((m) => m.amount)).toFixed(2)).toBe(klass.amount);
      }
    }
  });

  test("table 09: 用车小计 = 购置 + 运行, 合计 = 出国 + 用车 + 接待, budget and actual", () => {
    for (const side of [e.sangong.budget, e.sangong.actual]) {
      expect(d(side.vehiclePurchase).plus(d(side.vehicleOperation)).toFixed(2)).toBe(side.vehicleSubtotal);
      expect(d(side.outbound).plus(d(side.vehicleSubtotal)).plus(d(side.reception)).toFixed(2)).toBe(side.total);
    }
  });

  test("narrative completion rates recompute from 决算 / 年初预算", () => {
    for (const line of e.gpbExpenditureByFunction.filter((l) => l.statedRatePct !== null)) {
      const recomputed = d(line.total).dividedBy(d(line.budgetInitial)).times(100).toFixed(2, Decimal.ROUND_HALF_UP);
      expect(d(line.statedRatePct).toFixed(2)).toBe(recomputed);
    }
    expect(total(e.gpbExpenditureByFunction.filter((l) => l.level === "项").map((l) => l.budgetInitial)).toFixed(2)).toBe(e.gpbBudgetInitialTotal);
  });

  test("the rendered text prints the same totals", () => {
    const text = renderReportText(report);
    const wan = (yuan: string | null) => d(yuan).dividedBy(10000).toNumber().toLocaleString("en-US", { minimumFractionDigits: 2 });
    expect(text).toContain(`本年收入合计 27 ${wan(e.totals.income)} 本年支出合计 57 ${wan(e.totals.expenditure)}`);
    expect(text).toContain("演示数据");
    expect(text).toContain(`部门：${report.department}`);
  });
});

describe("planted mistakes", () => {
  test("about 4% of reports carry exactly one, each naming its rule", () => {
    expect(broken.length).toBeGreaterThanOrEqual(Math.floor(city.reports.length * 0.03));
    expect(broken.length).toBeLessThanOrEqual(Math.ceil(city.reports.length * 0.05));
    for (const r of broken) expect(r.mistakes).toHaveLength(1);
    expect(new Set(broken.flatMap((r) => r.mistakes.map((m) => m.rule)))).toEqual(
      new Set(["T03.class-equals-sections", "N.completion-recompute", "N.change-recompute"]),
    );
  });

  test.each(broken.map((r) => [label(r), r] as const))("%s breaks the identity it says it breaks", (_, report) => {
    const e = expectedParsed(report);
    const mistake = report.mistakes[0];
    if (mistake === undefined) throw new Error("expected a mistake");
    if (mistake.kind === "class-sum") {
      expect(hierarchyGaps(e.expenditureByFunction, "total")).toEqual([[mistake.code, new Decimal(mistake.delta).times(100).toFixed(2)]]);
      expect(hierarchyGaps(e.gpbExpenditureByFunction, "total")).toEqual([]);
    } else if (mistake.kind === "completion-rate") {
      const line = e.gpbExpenditureByFunction.find((l) => l.code === mistake.code);
      const recomputed = d(line?.total).dividedBy(d(line?.budgetInitial)).times(100);
      expect(recomputed.minus(d(line?.statedRatePct)).abs().toNumber()).toBeGreaterThanOrEqual(2.99);
    } else {
      const text = renderReportText(report);
      expect(text).toContain(`${Number(mistake.statedPct)}%，主要原因是`);
      const prior = d(String(report.prior.total));
      const recomputed = d(String(Math.abs(Number(e.totals.income) / 100 - report.prior.total))).dividedBy(prior).times(100);
      expect(recomputed.minus(d(mistake.statedPct)).abs().toNumber()).toBeGreaterThanOrEqual(2.99);
    }
  });
});

describe("结转结余 across years", () => {
  test("this year's 年初 is last year's 年末, and income differs from expenditure in most reports", () => {
    let differs = 0;
    for (const r of city.reports) {
      const previous = city.reports.find((x) => x.lineageId === r.lineageId && x.year === r.year - 1);
      if (previous !== undefined) expect(r.carry.start, label(r)).toBe(previous.carry.end);
      const e = expectedParsed(r);
      if (e.totals.income !== e.totals.expenditure) differs += 1;
    }
    expect(differs / city.reports.length).toBeGreaterThan(0.9);
  });
});
