import { describe, expect, test } from "vitest";
import { Finding, type ParsedReport, type Severity } from "@/lib/parsers/contract";
import { RULES, sortFindings, validateReport } from "@/lib/validation";
import { byRule, row, summary } from "./helpers";
import { makeReport, w } from "./make-report";

type Case = [name: string, rule: string, severity: Severity, mutate: (r: ParsedReport) => void];

const lowRate = (reason: string | null) => (r: ParsedReport) => {
  const line = row(r.gpbExpenditureByFunction, "2080506");
  line.budgetInitial = w("80");
  line.reason = reason;
};

const cases: Case[] = [
  ["执行率 62.5% without a reason", "E.execution-rate", "warning", lowRate(null)],
  ["执行率 62.5% with a reason", "E.execution-rate", "info", lowRate("人员异动")],
  ["执行率 125% without a reason", "E.execution-rate", "warning", (r) => { row(r.gpbExpenditureByFunction, "2080506").budgetInitial = w("40"); }],
  ["spending against a 0 budget", "E.execution-rate", "warning", (r) => { row(r.gpbExpenditureByFunction, "2210201").budgetInitial = w("0"); }],
  ["7-digit code with another 项's name", "C.code-name", "warning", (r) => { row(r.expenditureByFunction, "2010302").name = "行政运行"; }],
  ["类 code with another 类's name", "C.code-name", "warning", (r) => { row(r.incomeByFunction, "221").name = "社会保障和就业支出"; }],
  ["款 code with the wrong name", "C.code-name", "warning", (r) => { row(r.gpbExpenditureByFunction, "22102").name = "住房保障事务"; }],
  ["empty 07 without its statement", "D.empty-table-statement", "warning", (r) => { r.governmentFundTable.statement = null; }],
  ["empty 08 with a blank statement", "D.empty-table-statement", "warning", (r) => { r.stateCapitalTable.statement = "  "; }],
  ["07 unread", "D.empty-table-statement", "info", (r) => { r.governmentFundTable.empty = null; }],
  ["接待 without 批次", "D.sangong-counts", "warning", (r) => { r.sangong.counts.receptionBatches = null; }],
  ["出国 without 人次", "D.sangong-counts", "warning", (r) => { r.sangong.counts.outboundPeople = null; }],
  ["parser-flagged placeholder", "P.placeholder", "warning", (r) => {
    r.unread.push({ section: "placeholder", reason: "“202 年度”未填写年份", location: { page: 2, line: 5 } });
  }],
  ["narrative placeholder from the extractor", "P.placeholder", "warning", (r) => {
    r.unread.push({ section: "narrative.placeholder", reason: "模板占位符未替换：“XX 单位”", location: { page: 9, line: 12 } });
  }],
  ["unit slip noted by the extractor", "N.unit-slip", "warning", (r) => {
    r.unread.push({ section: "narrative.unit", reason: "说明中金额“3300元”以元为单位，而表格以万元为单位", location: { page: 9, line: 30 } });
  }],
  ["项目执行率 misprinted", "N.performance-rate", "error", (r) => { r.performance.projects[0]!.ratePct = "96"; }],
  ["整体执行率 against a 0 budget: a meaningless rate (wording or denominator), a warning", "N.performance-rate", "warning", (r) => { r.performance.overall.budget = w("0"); }],
  ["项目执行率 0.005 pp beyond its precision", "N.performance-rate", "info", (r) => {
    Object.assign(r.performance.projects[0]!, { actual: w("199.5"), budget: w("209.9"), ratePct: "95.06" });
  }],
  ["政府采购 parts ≠ total", "N.procurement-sum", "error", (r) => { r.procurement.services = w("55"); }],
  ["XX left in a row name", "P.placeholder", "warning", (r) => { row(r.gpbExpenditureByFunction, "2010302").name = "XX专项业务"; }],
];

describe("review rules", () => {
  test.each(cases)("%s → %s %s", (_name, rule, severity, mutate) => {
    expect(summary(byRule(validateReport(makeReport(mutate)), rule))).toContain(`${rule}:${severity}`);
  });

  test.each([
    ["unknown code", "2019999", "某某专项"],
    ["name wrapped and cut", "20103", "政府办公厅（室）及相关"],
    ["half-width brackets and spaces", "20103", "政府办公厅 (室) 及相关机构事务"],
  ])("no code-name finding for %s", (_name, code, name) => {
    const findings = validateReport(makeReport((r) => {
      r.expenditureByFunction.push({ code, name, level: code.length === 5 ? "款" : "项", location: { page: 3, line: 999 }, total: null, basic: null, project: null });
    }));
    expect(byRule(findings, "C.code-name")).toEqual([]);
  });

  test("zero 接待 spending needs no counts", () => {
    const findings = validateReport(makeReport((r) => {
      r.sangong.actual.reception = w("0");
      r.sangong.actual.total = w("17");
      row(r.economic.lines, "30217").amount = w("0");
      row(r.economic.lines, "30201").amount = w("94");
      r.sangong.counts.receptionBatches = null;
      r.sangong.counts.receptionPeople = null;
      r.claims = r.claims.filter((c) => !c.subject.includes("三公"));
    }));
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("checks that cannot run are reported, never passed silently", () => {
  test.each([
    ["01 收入合计 missing", "T01.income-sum", (r: ParsedReport) => { r.totals.income = null; }],
    ["no 03 rows", "T03.class-equals-sections", (r: ParsedReport) => { r.expenditureByFunction = []; }],
    ["03 without 款/项 rows", "T03.section-equals-items", (r: ParsedReport) => { r.expenditureByFunction = r.expenditureByFunction.filter((l) => l.code.length === 3); }],
    ["06 totals missing", "X.T05-basic-vs-T06", (r: ParsedReport) => { r.economic.personnel = null; }],
    ["09 小计 not printed", "T09.vehicle-subtotal", (r: ParsedReport) => { delete r.sangong.actual.vehicleSubtotal; }],
    ["no narrative claims", "N.share-recompute", (r: ParsedReport) => { r.claims = []; }],
    ["no 年初预算 per 项", "E.execution-rate", (r: ParsedReport) => { r.gpbExpenditureByFunction.forEach((l) => { l.budgetInitial = null; }); }],
    ["a claim without its base", "N.completion-recompute", (r: ParsedReport) => {
      r.claims = [{ kind: "completion", subject: "机关运行经费", amount: w("1"), base: null, statedPct: "50", text: "", location: { page: 1, line: 1 } }];
    }],
  ])("%s → info from %s", (_name, rule, mutate) => {
    const findings = byRule(validateReport(makeReport(mutate)), rule);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.severity).toBe("info");
      expect(f.message).toMatch(/^未能核对：.+缺少.+/);
    }
  });

  test("an empty report: every rule either skips with info or has nothing to say, none throws", () => {
    const findings = validateReport(makeReport((r) => {
      r.totals = { income: null, expenditure: null, fiscalAppropriationIncome: null, basicExpenditure: null, projectExpenditure: null };
      r.incomeBySource = [];
      r.expenditureByClass = [];
      r.incomeByFunction = [];
      r.expenditureByFunction = [];
      r.gpbExpenditureByFunction = [];
      r.fiscalAppropriation = { generalBudget: null, governmentFund: null, stateCapital: null, total: null };
      r.economic = { personnel: null, publicUse: null, lines: [] };
      r.governmentFundTable = { empty: null, statement: null, total: null };
      r.stateCapitalTable = { empty: null, statement: null, total: null };
      const none = { total: null, outbound: null, vehiclePurchase: null, vehicleOperation: null, reception: null };
      r.sangong.budget = { ...none };
      r.sangong.actual = { ...none };
      r.claims = [];
      r.performance = { overall: { budget: null, actual: null, ratePct: null }, projects: [] };
      r.procurement = { total: null, goods: null, works: null, services: null, sme: null, smeSharePct: null };
      r.procurementTotal = null;
      delete r.gpbBudgetInitialTotal;
    }));
    expect(findings.every((f) => f.severity === "info")).toBe(true);
    const silent = RULES.map((rule) => rule.id).filter((id) => !findings.some((f) => f.rule === id));
    // These two only report what the parser flagged; with nothing flagged there is nothing to skip.
    expect(silent).toEqual(["N.unit-slip", "P.placeholder"]);
  });
});

describe("validateReport", () => {
  test("every finding conforms to the contract's Finding schema", () => {
    const findings = validateReport(makeReport((r) => {
      r.totals.income = w("1300");
      r.claims[0]!.statedPct = "30";
      r.governmentFundTable.statement = null;
    }));
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(() => Finding.parse(f)).not.toThrow();
  });

  test("disabledRules switches a rule off", () => {
    const mutate = (r: ParsedReport) => { r.totals.grandTotal = w("1300"); };
    expect(byRule(validateReport(makeReport(mutate)), "T01.grand-total")).not.toEqual([]);
    expect(byRule(validateReport(makeReport(mutate), { disabledRules: ["T01.grand-total"] }), "T01.grand-total")).toEqual([]);
  });

  test("execution-rate thresholds are options", () => {
    const findings = validateReport(makeReport(), { executionRateLow: "98", executionRateHigh: "99" });
    expect(summary(byRule(findings, "E.execution-rate"))).toContain("E.execution-rate:warning");
  });

  test("malformed figures become an info finding for that rule, not an exception", () => {
    const findings = validateReport(makeReport((r) => { r.totals.grandTotal = "not-a-number"; }));
    expect(byRule(findings, "T01.grand-total")).toEqual([
      expect.objectContaining({ severity: "info", message: expect.stringMatching(/^未能核对：/) }),
    ]);
  });

  test("invalid options are rejected", () => {
    expect(() => validateReport(makeReport(), { amountTolerance: "-1" })).toThrow(RangeError);
  });

  test("sortFindings puts errors first and keeps rule order within a severity", () => {
    const findings = validateReport(makeReport((r) => {
      r.incomeBySource[0]!.amount = w("1199.51");
      r.totals.grandTotal = w("1300");
      r.governmentFundTable.statement = null;
    }));
    expect(sortFindings(findings).map((f) => f.severity)).toEqual(
      [...findings.map((f) => f.severity)].sort((a, b) => ["error", "warning", "info"].indexOf(a) - ["error", "warning", "info"].indexOf(b)),
    );
  });

  test("is pure: the report is not mutated and results repeat", () => {
    const report = makeReport((r) => { r.totals.income = w("1300"); });
    const before = JSON.stringify(report);
    expect(validateReport(report)).toEqual(validateReport(report));
    expect(JSON.stringify(report)).toBe(before);
  });
});
