import "server-only";
import type { ParsedReport } from "../parsers/contract";
import { executionRollup } from "./execution-rollup";
import type {
  EconomicLineRow, FindingRow, FunctionLineRow, IncomeSourceRow, NarrativeClaimRow, PerformanceIndicatorRow, PerformanceProjectRow,
  ReportRow, SangongItemRow, UnreadSectionRow,
} from "./import-columns";

/**
 * ParsedReport → the rows the database stores, as plain data (amounts stay decimal strings; the database casts them to
 * numeric). Pure, so the mapping is unit-tested without a database.
 */
function classOf(code: string): string {
  return code.slice(0, 3);
}

export type ReportFields = Omit<ReportRow, "id" | "importedAt" | "departmentId" | "year" | "scope" | "version" | "sourceDocumentId" | "parsed">;

export interface ReportRows {
  report: ReportFields;
  functionLines: FunctionLineRow[];
  economicLines: EconomicLineRow[];
  incomeSources: IncomeSourceRow[];
  sangongItems: SangongItemRow[];
  claims: NarrativeClaimRow[];
  projects: Array<Omit<PerformanceProjectRow, "id"> & { indicators: Array<Omit<PerformanceIndicatorRow, "projectId">> }>;
  findings: FindingRow[];
  unread: UnreadSectionRow[];
}

const SANGONG_ITEMS = ["total", "outbound", "vehicleSubtotal", "vehiclePurchase", "vehicleOperation", "reception"] as const;

export function toReportRows(parsed: ParsedReport): ReportRows {
  const { totals, fiscalAppropriation: fa, procurement: pr, performance: perf, priorYear: py, sangong } = parsed;
  const severity = (s: string) => parsed.findings.filter((f) => f.severity === s).length;
  const report: ReportFields = {
    printedDepartmentName: parsed.department,
    sourceUnit: parsed.sourceUnit,
    incomeTotal: totals.income,
    expenditureTotal: totals.expenditure,
    fiscalAppropriationIncome: totals.fiscalAppropriationIncome,
    basicExpenditure: totals.basicExpenditure,
    projectExpenditure: totals.projectExpenditure,
    carryForwardStart: totals.carryForwardStart ?? null,
    carryForwardEnd: totals.carryForwardEnd ?? null,
    fiscalGeneralBudget: fa.generalBudget,
    fiscalGovernmentFund: fa.governmentFund,
    fiscalStateCapital: fa.stateCapital,
    fiscalTotal: fa.total,
    gpbBudgetInitialTotal: parsed.gpbBudgetInitialTotal ?? null,
    gpbBudgetFullTotal: parsed.gpbBudgetFullTotal ?? null,
    ...executionRollup(parsed.gpbExpenditureByFunction),
    sangongBudget: sangong.budget.total ?? null,
    sangongActual: sangong.actual.total ?? null,
    sangongOutboundBudget: sangong.budget.outbound ?? null,
    sangongOutboundActual: sangong.actual.outbound ?? null,
    sangongVehiclePurchaseBudget: sangong.budget.vehiclePurchase ?? null,
    sangongVehiclePurchaseActual: sangong.actual.vehiclePurchase ?? null,
    sangongVehicleOperationBudget: sangong.budget.vehicleOperation ?? null,
    sangongVehicleOperationActual: sangong.actual.vehicleOperation ?? null,
    sangongReceptionBudget: sangong.budget.reception ?? null,
    sangongReceptionActual: sangong.actual.reception ?? null,
    personnelExpenses: parsed.economic.personnel,
    publicUseExpenses: parsed.economic.publicUse,
    operatingExpenses: parsed.operatingExpenses,
    operatingExpensesBudget: parsed.operatingExpensesBudget ?? null,
    procurementTotal: pr.total ?? parsed.procurementTotal,
    procurementGoods: pr.goods,
    procurementWorks: pr.works,
    procurementServices: pr.services,
    procurementSme: pr.sme,
    procurementSmeSharePct: pr.smeSharePct,
    vehicleCount: parsed.vehicleCount ?? sangong.counts.vehicleCount,
    outboundGroups: sangong.counts.outboundGroups,
    outboundPeople: sangong.counts.outboundPeople,
    vehiclesPurchased: sangong.counts.vehiclesPurchased,
    receptionBatches: sangong.counts.receptionBatches,
    receptionPeople: sangong.counts.receptionPeople,
    perfBudget: perf.overall.budget,
    perfActual: perf.overall.actual,
    perfRatePct: perf.overall.ratePct,
    perfScore: perf.overall.score ?? null,
    priorIncomeTotal: py.incomeTotal,
    priorExpenditureTotal: py.expenditureTotal,
    priorFiscalTotal: py.fiscalTotal,
    priorGpbExpenditure: py.gpbExpenditure,
    priorSangongTotal: py.sangongTotal,
    priorOperatingExpenses: py.operatingExpenses,
    errorCount: severity("error"),
    warningCount: severity("warning"),
  };

  const functionLines: ReportRows["functionLines"] = [
    ...parsed.incomeByFunction.map((l) => ({
      table: "income", code: l.code, classCode: classOf(l.code), level: l.level, name: l.name, total: l.total,
      fiscal: l.fiscal, superior: l.superior, business: l.business, operating: l.operating, subsidiary: l.subsidiary,
      other: l.other, page: l.location.page, line: l.location.line,
    })),
    ...parsed.expenditureByFunction.map((l) => ({
      table: "expenditure", code: l.code, classCode: classOf(l.code), level: l.level, name: l.name, total: l.total,
      basic: l.basic, project: l.project, remitted: l.remitted ?? null, operating: l.operating ?? null,
      subsidiary: l.subsidiary ?? null, page: l.location.page, line: l.location.line,
    })),
    ...parsed.gpbExpenditureByFunction.map((l) => ({
      table: "gpb", code: l.code, classCode: classOf(l.code), level: l.level, name: l.name, total: l.total,
      basic: l.basic, project: l.project, budgetInitial: l.budgetInitial, budgetFull: l.budgetFull,
      statedRatePct: l.statedRatePct ?? null, statedRateBasis: l.statedRateBasis ?? null, reason: l.reason ?? null, page: l.location.page, line: l.location.line,
      budgetPage: l.narrativeLocation?.page ?? null,
    })),
  ];

  return {
    report,
    functionLines,
    economicLines: parsed.economic.lines.map((l) => ({
      code: l.code, name: l.name, category: l.category, amount: l.amount, page: l.location.page, line: l.location.line,
    })),
    incomeSources: parsed.incomeBySource.map((s) => ({ key: s.key, label: s.label, amount: s.amount, page: s.location.page })),
    sangongItems: SANGONG_ITEMS.map((item) => ({
      item,
      budget: sangong.budget[item] ?? null,
      actual: sangong.actual[item] ?? null,
      page: parsed.sources[`sangong.actual.${item}`]?.page ?? parsed.sources["sangong.actual"]?.page ?? parsed.sources["sangong"]?.page ?? null,
    })).filter((r) => r.budget !== null || r.actual !== null),
    claims: parsed.claims.map((c) => ({
      kind: c.kind, subject: c.subject, amount: c.amount, base: c.base, delta: c.delta ?? null, statedPct: c.statedPct,
      direction: c.direction ?? null, text: c.text, page: c.location.page, line: c.location.line,
    })),
    projects: perf.projects.map((p) => ({
      name: p.name, budget: p.budget, actual: p.actual, ratePct: p.ratePct, score: p.score ?? null,
      page: p.location?.page ?? null,
      indicators: p.indicators.map((i) => ({
        level1: i.level1, level2: i.level2, name: i.name, target: i.target, actual: i.actual, page: i.location?.page ?? null,
      })),
    })),
    findings: parsed.findings.map((f) => ({
      rule: f.rule, severity: f.severity, message: f.message, expected: f.expected, actual: f.actual,
      tableRef: f.location?.table ?? null, rowRef: f.location?.row ?? null, page: f.location?.page ?? null,
      line: f.location?.line ?? null,
    })),
    unread: parsed.unread.map((u) => ({ section: u.section, reason: u.reason, page: u.location?.page ?? null })),
  };
}
