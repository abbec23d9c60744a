import { z } from "zod";

/**
 * The parse contract: what every input format (PDF, extracted text, XLSX) turns into, what `fiscal-lens parse --json`
 * prints, what the importer stores and what `GET /api/reports/{id}` returns. It doubles as the golden-fixture format.
 *
 * Amounts are decimal strings in 元 with two decimals ("29079200.00" for 2,907.92 万元), whatever unit the source used.
 * Rates are decimal strings in percent ("96.81"). A value the source does not give is `null`, never 0.
 */
export const Amount = z.string().regex(/^-?\d+\.\d{2}$/, "amount must be a decimal string in 元 with 2 decimals");
export type Amount = z.infer<typeof Amount>;
export const Pct = z.string().regex(/^-?\d+(\.\d+)?$/, "rate must be a decimal string in percent");
export type Pct = z.infer<typeof Pct>;

const amount = Amount.nullable();
const pct = Pct.nullable();
const count = z.number().int().nonnegative().nullable();

/** Where a figure came from: page is 1-based (PDF page, text page by form feed/leading-space break, XLSX sheet index). */
export const Location = z.object({
  page: z.number().int().positive().nullable(),
  line: z.number().int().positive().nullable(),
  table: z.string().nullable().optional(),
  row: z.string().nullable().optional(),
  column: z.string().nullable().optional(),
  sheet: z.string().nullable().optional(),
});
export type Location = z.infer<typeof Location>;

export const FunctionLevel = z.enum(["类", "款", "项"]);
export type FunctionLevel = z.infer<typeof FunctionLevel>;

const lineBase = {
  code: z.string().regex(/^\d{3}(\d{2}){0,2}$/),
  name: z.string(),
  level: FunctionLevel,
  location: Location,
};

/** 公开03表 支出决算表: 合计 = 基本支出 + 项目支出 (+ 上缴上级/经营/对附属单位). */
export const ExpenditureLine = z.object({
  ...lineBase,
  total: amount,
  basic: amount,
  project: amount,
  remitted: amount.optional(),
  operating: amount.optional(),
  subsidiary: amount.optional(),
});
export type ExpenditureLine = z.infer<typeof ExpenditureLine>;

/** 公开05表 一般公共预算财政拨款支出决算表 rows, joined with the narrative's 年初预算 / 全年预算 per 项. */
export const GpbExpenditureLine = ExpenditureLine.extend({
  budgetInitial: amount,
  budgetFull: amount,
  statedRatePct: pct.optional(),
  /** The budget the stated rate is against ("完成年初预算的" → initial, "完成全年/调整预算的" → full); null when unnamed. */
  statedRateBasis: z.enum(["initial", "full"]).nullable().optional(),
  reason: z.string().nullable().optional(),
  /**
   * The 说明's 年初预算 / 全年预算 for this 项 where the 05 table prints its own (the table's is kept in budgetInitial /
   * budgetFull); `statedBudgetCertain`: the 说明 names which budget, and its 项 was joined by code or exact name.
   */
  statedBudgetInitial: amount.optional(),
  statedBudgetFull: amount.optional(),
  statedBudgetCertain: z.boolean().optional(),
  /** The 05 table's own 执行率/完成率 column, as printed (percent), and the budget its header names. */
  printedRatePct: pct.optional(),
  printedRateBasis: z.enum(["initial", "full"]).nullable().optional(),
  narrativeLocation: Location.nullable().optional(),
});
export type GpbExpenditureLine = z.infer<typeof GpbExpenditureLine>;

/** 公开02表 收入决算表 rows. */
export const IncomeLine = z.object({
  ...lineBase,
  total: amount,
  fiscal: amount,
  superior: amount,
  business: amount,
  operating: amount,
  subsidiary: amount,
  other: amount,
});
export type IncomeLine = z.infer<typeof IncomeLine>;

/** 公开06表 lines by economic code (301, 30101 …). */
export const EconomicLine = z.object({
  code: z.string().regex(/^\d{3}(\d{2})?$/),
  name: z.string(),
  category: z.enum(["personnel", "publicUse"]),
  amount: amount,
  location: Location,
});
export type EconomicLine = z.infer<typeof EconomicLine>;

export const SangongItems = z.object({
  total: amount,
  outbound: amount,
  vehicleSubtotal: amount.optional(),
  vehiclePurchase: amount,
  vehicleOperation: amount,
  reception: amount,
});
export type SangongItems = z.infer<typeof SangongItems>;

export const Indicator = z.object({
  level1: z.string().nullable(),
  level2: z.string().nullable(),
  name: z.string(),
  target: z.string().nullable(),
  actual: z.string().nullable(),
  location: Location.nullable().optional(),
});
export type Indicator = z.infer<typeof Indicator>;

export const PerformanceProject = z.object({
  name: z.string(),
  budget: amount,
  actual: amount,
  ratePct: pct,
  score: z.string().nullable().optional(),
  indicators: z.array(Indicator),
  location: Location.nullable().optional(),
});
export type PerformanceProject = z.infer<typeof PerformanceProject>;

export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

export const Finding = z.object({
  rule: z.string(),
  severity: Severity,
  message: z.string(),
  expected: z.string().nullable(),
  actual: z.string().nullable(),
  location: Location.nullable(),
});
export type Finding = z.infer<typeof Finding>;

export const Unread = z.object({
  section: z.string(),
  reason: z.string(),
  location: Location.nullable().optional(),
});
export type Unread = z.infer<typeof Unread>;

/**
 * A figure stated in the narrative (决算情况说明) that the validator recomputes: a share, a change against the prior
 * year, or a completion rate against a budget. Amounts as stated (converted to 元), the percentage as printed.
 */
export const Claim = z.object({
  kind: z.enum(["share", "change", "completion"]),
  subject: z.string(),
  amount: amount,
  base: amount,
  delta: amount.optional(),
  statedPct: pct,
  direction: z.enum(["increase", "decrease", "flat"]).nullable().optional(),
  text: z.string(),
  location: Location,
});
export type Claim = z.infer<typeof Claim>;

/** A place the document names its publisher: cover, part title (TOC/body), table header, 概况, other title, file name. */
export const SeenAt = z.object({
  kind: z.enum(["cover", "partTitle", "tableHeader", "overview", "title", "fileName"]),
  page: z.number().int().positive().nullable(),
  line: z.number().int().positive().nullable(),
});
export type SeenAt = z.infer<typeof SeenAt>;

/** Who published the report, chosen by agreement across the places it is printed; confidence in [0, 1]. */
export const Publisher = z.object({
  name: z.string(),
  /** The name as printed when it differs (traditional characters); `name` is the simplified form used for matching. */
  printedName: z.string().optional(),
  confidence: z.number().min(0).max(1),
  seenAt: z.array(SeenAt),
});
export type Publisher = z.infer<typeof Publisher>;

/** One organisation the accounts cover, from "部门决算单位构成" (本级 and each 所属单位). */
export const ReportUnit = z.object({ name: z.string(), role: z.enum(["本级", "所属单位"]), location: Location });
export type ReportUnit = z.infer<typeof ReportUnit>;

/**
 * Where a located line sits on its PDF page, in points from the page's top-left corner (pdf.js viewport at scale 1):
 * the evidence viewer draws it over the rendered page. Only lines some figure, finding or claim points at are kept.
 */
export const LineBox = z.object({
  page: z.number().int().positive(),
  line: z.number().int().positive(),
  x0: z.number(),
  x1: z.number(),
  top: z.number(),
  bottom: z.number(),
});
export type LineBox = z.infer<typeof LineBox>;

const FundTableFigures = z.object({
  empty: z.boolean().nullable(),
  statement: z.string().nullable(),
  total: amount,
  income: amount.optional(),
});

export const ParsedReport = z.object({
  format: z.enum(["pdf", "text", "xlsx"]),
  department: z.string().nullable(),
  year: z.number().int().nullable(),
  sourceUnit: z.enum(["万元", "元"]).nullable(),
  scope: z.enum(["本级", "汇总", "单位"]).nullable(),
  publisher: Publisher.nullable().optional(),
  documentKind: z.enum(["部门决算", "单位决算", "部门预算", "单位预算"]).nullable().optional(),
  units: z.array(ReportUnit).optional(),
  /** "traditional" when the document is printed in 繁體: recognised through a simplified copy, names as printed kept. */
  script: z.enum(["simplified", "traditional"]).optional(),
  /** A document of 决算 tables unread (a 决算情况说明 alone, e.g. a web page): figures come from its sentences only. */
  narrativeOnly: z.boolean().optional(),
  pageCount: z.number().int().nonnegative().nullable(),
  totals: z.object({
    income: amount,
    expenditure: amount,
    fiscalAppropriationIncome: amount,
    basicExpenditure: amount,
    projectExpenditure: amount,
    carryForwardStart: amount.optional(),
    carryForwardEnd: amount.optional(),
    grandTotal: amount.optional(),
  }),
  /** 公开01表 income rows (一般公共预算财政拨款收入 …) by their standard key. */
  incomeBySource: z.array(z.object({ key: z.string(), label: z.string(), amount: amount, location: Location })),
  /** 公开01表 expenditure 类 rows. */
  expenditureByClass: z.array(z.object({ code: z.string().nullable(), name: z.string(), amount: amount, location: Location })),
  incomeByFunction: z.array(IncomeLine),
  expenditureByFunction: z.array(ExpenditureLine),
  /** 公开04表 财政拨款收入支出决算总表: 一般公共预算 / 政府性基金 / 国有资本经营 totals. */
  fiscalAppropriation: z.object({
    generalBudget: amount,
    governmentFund: amount,
    stateCapital: amount,
    total: amount,
  }),
  gpbExpenditureByFunction: z.array(GpbExpenditureLine),
  gpbBudgetInitialTotal: amount.optional(),
  /** 全年预算 (调整预算) of the 一般公共预算财政拨款支出, where the narrative or the 05 table prints it. */
  gpbBudgetFullTotal: amount.optional(),
  /** The 05 合计 row's printed budgets where the table has budget columns (the totals above prefer the 说明's). */
  gpbBudgetTable: z.object({ initial: amount, full: amount }).optional(),
  economic: z.object({ personnel: amount, publicUse: amount, lines: z.array(EconomicLine) }),
  /** 公开07表 / 公开08表: `total` is 本年支出; `income` (本年收入) where the table prints it (07 with 年初结转 columns). */
  governmentFundTable: FundTableFigures,
  /** 政府性基金预算财政拨款 收入/支出 as the 说明 states them ("本年度无…收入支出" → 0); null when not stated or unclear. */
  governmentFundStated: z.object({ income: amount, expenditure: amount }).optional(),
  stateCapitalTable: FundTableFigures,
  sangong: z.object({
    budget: SangongItems,
    actual: SangongItems,
    counts: z.object({
      outboundGroups: count,
      outboundPeople: count,
      vehiclesPurchased: count,
      vehicleCount: count,
      receptionBatches: count,
      receptionPeople: count,
      foreignReceptionBatches: count.optional(),
      foreignReceptionPeople: count.optional(),
    }),
  }),
  operatingExpenses: amount,
  operatingExpensesBudget: amount.optional(),
  procurement: z.object({
    total: amount,
    goods: amount,
    works: amount,
    services: amount,
    sme: amount,
    smeSharePct: pct,
  }),
  procurementTotal: amount,
  vehicleCount: count,
  performance: z.object({
    overall: z.object({ budget: amount, actual: amount, ratePct: pct, score: z.string().nullable().optional() }),
    projects: z.array(PerformanceProject),
  }),
  priorYear: z.object({
    incomeTotal: amount,
    expenditureTotal: amount,
    fiscalTotal: amount,
    gpbExpenditure: amount,
    sangongTotal: amount,
    operatingExpenses: amount,
  }),
  claims: z.array(Claim),
  /** Where each top-level figure came from, by its JSON path ("totals.income" → page 3 line 12). */
  sources: z.record(z.string(), Location),
  findings: z.array(Finding),
  unread: z.array(Unread),
  /** PDF input only: the boxes of the located lines (glyph positions kept at parse time). */
  layout: z.object({ boxes: z.array(LineBox) }).optional(),
});
export type ParsedReport = z.infer<typeof ParsedReport>;
