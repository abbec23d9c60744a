import type { Prisma } from "../generated/prisma/client";
import type { Columns } from "./insert-rows";

/**
 * The PostgreSQL type of every column an import writes, per table (insertStatement sends each column as one typed array).
 * Keyed by Prisma's own row types, so a column added to schema.prisma and not here fails to compile.
 */
type Row<T> = Omit<T, "id" | "reportId">;

/**
 * The Report row carries its reserved id, which its lines name in the same statement, and its import time from the
 * app as Prisma would write it (UTC): the column's SQL default would use the server's time zone. Its execYearEntry and
 * countedForAll are written by triggers (from the row's own amounts; from the counting rule).
 */
export type ReportRow = Omit<Prisma.ReportCreateManyInput, "execYearEntry" | "countedForAll"> & { id: number; importedAt: Date };
export type FunctionLineRow = Row<Prisma.FunctionLineCreateManyInput>;
export type EconomicLineRow = Row<Prisma.EconomicLineCreateManyInput>;
export type IncomeSourceRow = Row<Prisma.IncomeSourceCreateManyInput>;
export type SangongItemRow = Row<Prisma.SangongItemCreateManyInput>;
export type NarrativeClaimRow = Row<Prisma.NarrativeClaimCreateManyInput>;
/** Projects likewise carry their reserved id, which their indicators name. */
export type PerformanceProjectRow = Omit<Prisma.PerformanceProjectCreateManyInput, "reportId"> & { id: number };
export type PerformanceIndicatorRow = Omit<Prisma.PerformanceIndicatorCreateManyInput, "id">;
export type FindingRow = Row<Prisma.FindingCreateManyInput>;
export type UnreadSectionRow = Row<Prisma.UnreadSectionCreateManyInput>;
/** The attempt's log rows; the times are the app's (UTC), like every DateTime Prisma writes. */
export type ImportRunRow = Prisma.ImportRunCreateManyInput & { id: number };
export type AuditEventRow = Omit<Prisma.AuditEventCreateManyInput, "id">;

export const REPORT_COLUMNS: Columns<ReportRow> = {
  id: "int4", departmentId: "int4", year: "int4", scope: "text", version: "int4", currentKey: "text", sourceDocumentId: "int4",
  printedDepartmentName: "text", sourceUnit: "text", isDemo: "bool", importedAt: "timestamp", importedBy: "text",
  incomeTotal: "numeric", expenditureTotal: "numeric", fiscalAppropriationIncome: "numeric", basicExpenditure: "numeric",
  projectExpenditure: "numeric", carryForwardStart: "numeric", carryForwardEnd: "numeric",
  fiscalGeneralBudget: "numeric", fiscalGovernmentFund: "numeric", fiscalStateCapital: "numeric", fiscalTotal: "numeric",
  gpbBudgetInitialTotal: "numeric", gpbBudgetFullTotal: "numeric",
  execBudgetInitial: "numeric", execActual: "numeric", execBudgetFull: "numeric", execActualFull: "numeric",
  sangongBudget: "numeric", sangongActual: "numeric", sangongOutboundBudget: "numeric", sangongOutboundActual: "numeric",
  sangongVehiclePurchaseBudget: "numeric", sangongVehiclePurchaseActual: "numeric", sangongVehicleOperationBudget: "numeric",
  sangongVehicleOperationActual: "numeric", sangongReceptionBudget: "numeric", sangongReceptionActual: "numeric",
  personnelExpenses: "numeric", publicUseExpenses: "numeric", operatingExpenses: "numeric", operatingExpensesBudget: "numeric",
  procurementTotal: "numeric", procurementGoods: "numeric", procurementWorks: "numeric", procurementServices: "numeric",
  procurementSme: "numeric", procurementSmeSharePct: "numeric", vehicleCount: "int4",
  outboundGroups: "int4", outboundPeople: "int4", vehiclesPurchased: "int4", receptionBatches: "int4", receptionPeople: "int4",
  perfBudget: "numeric", perfActual: "numeric", perfRatePct: "numeric", perfScore: "text",
  priorIncomeTotal: "numeric", priorExpenditureTotal: "numeric", priorFiscalTotal: "numeric", priorGpbExpenditure: "numeric",
  priorSangongTotal: "numeric", priorOperatingExpenses: "numeric",
  errorCount: "int4", warningCount: "int4", parsed: "jsonb", parsedVersion: "int4",
};

export const FUNCTION_LINE_COLUMNS: Columns<FunctionLineRow> = {
  table: "text", code: "text", classCode: "text", level: "text", name: "text",
  total: "numeric", basic: "numeric", project: "numeric", remitted: "numeric", operating: "numeric", subsidiary: "numeric", fiscal: "numeric",
  superior: "numeric", business: "numeric", other: "numeric", budgetInitial: "numeric", budgetFull: "numeric",
  statedRatePct: "numeric", statedRateBasis: "text", reason: "text", page: "int4", line: "int4", budgetPage: "int4",
};

export const ECONOMIC_LINE_COLUMNS: Columns<EconomicLineRow> = {
  code: "text", name: "text", category: "text", amount: "numeric", page: "int4", line: "int4",
};

export const INCOME_SOURCE_COLUMNS: Columns<IncomeSourceRow> = { key: "text", label: "text", amount: "numeric", page: "int4" };

export const SANGONG_ITEM_COLUMNS: Columns<SangongItemRow> = { item: "text", budget: "numeric", actual: "numeric", page: "int4" };

export const NARRATIVE_CLAIM_COLUMNS: Columns<NarrativeClaimRow> = {
  kind: "text", subject: "text", amount: "numeric", base: "numeric", delta: "numeric", statedPct: "numeric", direction: "text",
  text: "text", page: "int4", line: "int4",
};

export const PERFORMANCE_PROJECT_COLUMNS: Columns<PerformanceProjectRow> = {
  id: "int4", name: "text", budget: "numeric", actual: "numeric", ratePct: "numeric", score: "text", page: "int4",
};

export const PERFORMANCE_INDICATOR_COLUMNS: Columns<PerformanceIndicatorRow> = {
  projectId: "int4", level1: "text", level2: "text", name: "text", target: "text", actual: "text", page: "int4",
};

export const FINDING_COLUMNS: Columns<FindingRow> = {
  rule: "text", severity: "text", message: "text", expected: "text", actual: "text", tableRef: "text", rowRef: "text",
  page: "int4", line: "int4",
};

export const UNREAD_SECTION_COLUMNS: Columns<UnreadSectionRow> = { section: "text", reason: "text", page: "int4" };

export const IMPORT_RUN_COLUMNS: Columns<ImportRunRow> = {
  id: "int4", startedAt: "timestamp", finishedAt: "timestamp", actor: "text", channel: "text", fileName: "text", sha256: "text",
  size: "int4", status: "text", reportId: "int4", sourceDocumentId: "int4", errorCode: "text", message: "text",
  errorCount: "int4", warningCount: "int4", infoCount: "int4",
};

export const AUDIT_EVENT_COLUMNS: Columns<AuditEventRow> = {
  at: "timestamp", actor: "text", action: "text", target: "text", details: "jsonb", ip: "text", departmentId: "int4",
};
