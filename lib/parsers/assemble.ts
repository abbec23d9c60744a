import type { Amount, Location, ParsedReport, Unread } from "@/lib/parsers/contract";
import type { SourceDoc } from "@/lib/parsers/document";
import { itemsAsLines, joinItemBudgets } from "@/lib/parsers/assemble-items";
import {
  economicLines,
  expenditureLines,
  figureAmount,
  fundTable,
  gpbLines,
  gpbTotalBudget,
  incomeLines,
  money,
  sangongItems,
} from "@/lib/parsers/assemble-tables";
import type { ReportMetadata } from "@/lib/parsers/metadata";
import type { StatedTotalKey } from "@/lib/parsers/narrative/stated-totals";
import type { NarrativeFacts, PerformanceFacts } from "@/lib/parsers/narrative/types";
import { TABLE_NAMES, type TableId } from "@/lib/parsers/tables/find-tables";
import type { Figure } from "@/lib/parsers/tables/overview-tables";
import type { StandardTables } from "@/lib/parsers/tables/read-tables";

export interface AssembleInput {
  format: SourceDoc["format"];
  pageCount: number | null;
  metadata: ReportMetadata;
  tables: StandardTables;
  narrative: NarrativeFacts;
  performance: PerformanceFacts;
}

/** Narrative facts for a document without a 决算情况说明 (or before one is read): everything unknown. */
export function emptyNarrativeFacts(): NarrativeFacts {
  return {
    gpbBudgetInitialTotal: null,
    gpbBudgetFullTotal: null,
    gpbActualTotal: null,
    items: [],
    priorYear: { incomeTotal: null, expenditureTotal: null, fiscalTotal: null, gpbExpenditure: null, sangongTotal: null, operatingExpenses: null },
    sangongBudget: {},
    sangongActual: {},
    sangongCounts: { outboundGroups: null, outboundPeople: null, vehiclesPurchased: null, vehicleCount: null, receptionBatches: null, receptionPeople: null },
    operatingExpenses: null,
    operatingExpensesBudget: null,
    procurement: { total: null, goods: null, works: null, services: null, sme: null, smeSharePct: null },
    vehicleCount: null,
    governmentFund: { income: null, expenditure: null },
    claims: [],
    statedTotals: {},
    sources: {},
    unread: [],
  };
}

export function emptyPerformanceFacts(): PerformanceFacts {
  return { overall: { budget: null, actual: null, ratePct: null }, overallIndicators: [], projects: [], unread: [] };
}

const REQUIRED: ReadonlyArray<TableId> = ["01", "02", "03", "04", "05", "06", "07", "08", "09"];

/** The 05 合计 row's budgets, when the table prints budget columns. */
function tableBudgets(tables: StandardTables, cite: (path: string, figure: Figure | null | undefined) => string | null): Pick<ParsedReport, "gpbBudgetTable"> {
  const has = (key: string): boolean => tables.gpb?.columns.some((c) => c.key === key) ?? false;
  if (!has("budgetInitial") && !has("budgetFull")) return {};
  return {
    gpbBudgetTable: {
      initial: cite("gpbBudgetTable.initial", gpbTotalBudget(tables.gpb, "budgetInitial")),
      full: cite("gpbBudgetTable.full", gpbTotalBudget(tables.gpb, "budgetFull")),
    },
  };
}

/** Tables + narrative + performance → the contract. Findings are the validator's; this leaves them empty. */
export function assembleReport(input: AssembleInput): ParsedReport {
  const { tables, narrative, performance, metadata } = input;
  const { overview, fiscal, expenditure, economic, sangong } = tables;
  const sources: Record<string, Location> = { ...metadata.sources };
  const unread: Unread[] = [];
  for (const id of REQUIRED) {
    if (!tables.found.includes(id)) unread.push({ section: `公开${id}表 ${TABLE_NAMES[id]}`, reason: "文档中未找到该表（按表名识别）" });
  }
  unread.push(...tables.unread);

  const cite = (path: string, figure: Figure | null | undefined): string | null => {
    if (figure && figure.amount !== null) sources[path] = figure.location;
    return figureAmount(figure);
  };
  /** A table figure, else the 说明's own statement of it (a 说明 published without its tables). */
  const orStated = (path: string, key: StatedTotalKey, fromTable: Amount | null): Amount | null => {
    const stated = narrative.statedTotals[key];
    if (fromTable !== null || !stated) return fromTable;
    sources[path] = stated.location;
    return stated.value;
  };
  const total03 = expenditure?.total ?? null;
  const totalRowFigure = (key: string): Figure | null =>
    total03
      ? {
          amount: total03.values[key] ?? null,
          location: { ...total03.location, column: expenditure?.columns.find((c) => c.key === key)?.label ?? key },
        }
      : null;

  const gpbRows = gpbLines(tables.gpb);
  const joined = gpbRows.length === 0 && !tables.found.includes("05") ? itemsAsLines(narrative.items) : joinItemBudgets(gpbRows, narrative.items);
  const budget = sangongItems(sangong?.budget ?? null, narrative.sangongBudget);
  const actual = sangongItems(sangong?.actual ?? null, narrative.sangongActual);
  if (sangong?.budget.location) sources["sangong.budget"] = sangong.budget.location;
  if (sangong?.actual.location) sources["sangong.actual"] = sangong.actual.location;
  for (const [side, picked] of [["budget", budget], ["actual", actual]] as const) {
    for (const key of picked.fromNarrative) {
      const stated = narrative.sources[`sangong.${side}.${key}`];
      if (stated) sources[`sangong.${side}.${key}`] = stated;
    }
  }
  for (const [path, location] of Object.entries(narrative.sources)) {
    if (!path.startsWith("sangong.budget") && !path.startsWith("sangong.actual")) sources[path] ??= location;
  }
  if (tables.governmentFund?.location) sources.governmentFundTable = tables.governmentFund.location;
  if (tables.stateCapital?.location) sources.stateCapitalTable = tables.stateCapital.location;

  return {
    format: input.format,
    department: metadata.department,
    year: metadata.year,
    sourceUnit: tables.unit ?? metadata.unit,
    scope: metadata.scope,
    publisher: metadata.publisher,
    documentKind: metadata.documentKind,
    units: metadata.units.map((u) => ({ name: u.name, role: u.role, location: { page: u.page, line: u.line } })),
    ...(metadata.traditional ? { script: "traditional" as const } : {}),
    pageCount: input.pageCount,
    totals: {
      income: orStated("totals.income", "income", cite("totals.income", overview?.incomeTotal)),
      expenditure: orStated("totals.expenditure", "expenditure", cite("totals.expenditure", overview?.expenditureTotal)),
      fiscalAppropriationIncome: orStated("totals.fiscalAppropriationIncome", "fiscalAppropriationIncome", cite("totals.fiscalAppropriationIncome", fiscal?.incomeTotal)),
      basicExpenditure: orStated("totals.basicExpenditure", "basicExpenditure", cite("totals.basicExpenditure", totalRowFigure("basic"))),
      projectExpenditure: orStated("totals.projectExpenditure", "projectExpenditure", cite("totals.projectExpenditure", totalRowFigure("project"))),
      carryForwardStart: cite("totals.carryForwardStart", overview?.carryForwardStart),
      carryForwardEnd: cite("totals.carryForwardEnd", overview?.carryForwardEnd),
      grandTotal: orStated("totals.grandTotal", "grandTotal", cite("totals.grandTotal", overview?.grandTotalIncome)),
    },
    incomeBySource: (overview?.income ?? []).map((f) => ({ key: f.key, label: f.label, amount: money(f.amount), location: f.location })),
    expenditureByClass: (overview?.expenditure ?? []).map((f) => ({ code: f.code, name: f.name, amount: money(f.amount), location: f.location })),
    incomeByFunction: incomeLines(tables.income),
    expenditureByFunction: expenditureLines(expenditure),
    fiscalAppropriation: {
      generalBudget: cite("fiscalAppropriation.generalBudget", fiscal?.expenditure.generalBudget),
      governmentFund: cite("fiscalAppropriation.governmentFund", fiscal?.expenditure.governmentFund),
      stateCapital: cite("fiscalAppropriation.stateCapital", fiscal?.expenditure.stateCapital),
      total: cite("fiscalAppropriation.total", fiscal?.expenditure.total),
    },
    gpbExpenditureByFunction: joined.rows,
    gpbBudgetInitialTotal: narrative.gpbBudgetInitialTotal ?? cite("gpbBudgetInitialTotal", gpbTotalBudget(tables.gpb, "budgetInitial")),
    gpbBudgetFullTotal: narrative.gpbBudgetFullTotal ?? cite("gpbBudgetFullTotal", gpbTotalBudget(tables.gpb, "budgetFull")),
    ...tableBudgets(tables, cite),
    economic: {
      personnel: cite("economic.personnel", economic?.personnel),
      publicUse: cite("economic.publicUse", economic?.publicUse),
      lines: economicLines(economic?.rows ?? []),
    },
    governmentFundTable: fundTable(tables.governmentFund),
    governmentFundStated: { income: narrative.governmentFund.income?.value ?? null, expenditure: narrative.governmentFund.expenditure?.value ?? null },
    stateCapitalTable: fundTable(tables.stateCapital),
    sangong: { budget: budget.items, actual: actual.items, counts: narrative.sangongCounts },
    operatingExpenses: narrative.operatingExpenses,
    operatingExpensesBudget: narrative.operatingExpensesBudget,
    procurement: narrative.procurement,
    procurementTotal: narrative.procurement.total,
    vehicleCount: narrative.vehicleCount,
    performance: { overall: performance.overall, projects: performance.projects },
    priorYear: narrative.priorYear,
    claims: narrative.claims,
    sources,
    findings: [],
    unread: [...unread, ...joined.unread, ...narrative.unread, ...performance.unread],
  };
}
