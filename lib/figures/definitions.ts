/**
 * One definition per figure a leader sees: its Chinese label, unit, formula, where its stored value comes from, how
 * and its printed precision; where it is computed (the region, 同口径 or every department) travels with each value. Pages, API answers (`figures`), exports and deck
 * narratives name a figure by id and take label and text from here, so one figure has one meaning everywhere.
 */
export type FigureKind = "amount" | "rate" | "count";

export interface FigureDefinition {
  id: string;
  label: string;
  kind: FigureKind;
  /** The unit printed after the value: 万元 (亿元 from 1 亿元 up), %, 个, 份. */
  unit: string;
  formula: string;
  /** The stored summary it is read from (one stored source per figure). */
  stored: string;
  /** Decimals printed. */
  precision: number;
}

const amount = (id: string, label: string, formula: string, stored: string): FigureDefinition => ({
  id, label, kind: "amount", unit: "万元", formula, stored, precision: 2,
});

export const FIGURES = {
  departments: { id: "departments", label: "报告部门数", kind: "count", unit: "个", formula: "本年有计入报告的部门", stored: "Report（计数口径：countedReportsSql）", precision: 0 },
  reports: { id: "reports", label: "报告数", kind: "count", unit: "份", formula: "计入的当前版本报告", stored: "Report", precision: 0 },
  expenditure: amount("expenditure", "支出合计", "Σ 本年支出合计（公开01表）", "Report.expenditureTotal"),
  income: amount("income", "收入合计", "本年收入合计（公开01表）", "Report.incomeTotal"),
  fiscal: amount("fiscal", "财政拨款", "Σ 财政拨款收入（公开01表；缺失时取收入合计中的财政拨款）", "Report.fiscalTotal ?? Report.fiscalAppropriationIncome"),
  basic: amount("basic", "基本支出", "基本支出（公开03表合计行）", "Report.basicExpenditure"),
  project: amount("project", "项目支出", "项目支出（公开03表合计行）", "Report.projectExpenditure"),
  execRate: { id: "execRate", label: "预算执行率", kind: "rate", unit: "%", formula: "Σ 决算数 ÷ Σ 预算数（一般公共预算各项，只计列出该预算的项）", stored: "Report.execBudgetInitial/execActual 或 execBudgetFull/execActualFull", precision: 2 },
  sangongActual: amount("sangongActual", "“三公”经费决算", "“三公”经费合计决算数（公开09表）", "Report.sangongActual"),
  sangongBudget: amount("sangongBudget", "“三公”经费预算", "“三公”经费合计预算数（公开09表）", "Report.sangongBudget"),
  sangongRate: { id: "sangongRate", label: "“三公”经费执行率", kind: "rate", unit: "%", formula: "“三公”决算 ÷ “三公”预算", stored: "Report.sangongActual ÷ Report.sangongBudget", precision: 2 },
  operatingExpenses: amount("operatingExpenses", "机关运行经费", "机关运行经费支出（决算情况说明）", "Report.operatingExpenses"),
  performanceRate: { id: "performanceRate", label: "绩效自评执行率", kind: "rate", unit: "%", formula: "整体绩效自评表 执行数 ÷ 预算数（不是预算执行率）", stored: "Report.perfRatePct", precision: 2 },
  reportsWithErrors: { id: "reportsWithErrors", label: "有审核错误的报告", kind: "count", unit: "份", formula: "有 error 级审核结果的报告", stored: "Report.errorCount > 0", precision: 0 },
} as const satisfies Record<string, FigureDefinition>;

export type FigureId = keyof typeof FIGURES;
