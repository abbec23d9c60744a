import type { Claim, ExpenditureLine, GpbExpenditureLine, IncomeLine, Location, ParsedReport } from "@/lib/parsers/contract";
import { Decimal } from "@/lib/money";

/** 万元 as printed → contract 元 string: w("1,881.37") = "18813700.00". */
export function w(wan: string): string {
  return new Decimal(wan.replace(/,/g, "")).times(10000).toFixed(2);
}

const loc = (table: string, line: number): Location => ({ page: 3, line, table });

type Row = [code: string, name: string, total: string | null, basic: string | null, project: string | null];

const EXPENDITURE_ROWS: Row[] = [
  ["201", "一般公共服务支出", "1000", "800", "200"],
  ["20103", "政府办公厅（室）及相关机构事务", "1000", "800", "200"],
  ["2010301", "行政运行", "800", "800", null],
  ["2010302", "一般行政管理事务", "200", null, "200"],
  ["208", "社会保障和就业支出", "150", "150", null],
  ["20805", "行政事业单位养老支出", "150", "150", null],
  ["2080505", "机关事业单位基本养老保险缴费支出", "100", "100", null],
  ["2080506", "机关事业单位职业年金缴费支出", "50", "50", null],
  ["221", "住房保障支出", "50", "50", null],
  ["22102", "住房改革支出", "50", "50", null],
  ["2210201", "住房公积金", "50", "50", null],
];

const levelOf = (code: string) => (code.length === 3 ? "类" : code.length === 5 ? "款" : "项") as "类" | "款" | "项";
const opt = (v: string | null) => (v === null ? null : w(v));

/** 0.50 万元 of 其他收入 sits in 2010302; everything else is 一般公共预算 money. */
const OTHER_INCOME_CODES = new Set(["201", "20103", "2010302"]);

const BUDGETS: Record<string, [initial: string, statedPct: string]> = {
  "2010301": ["820", "97.56"],
  "2010302": ["210", "95"],
  "2080505": ["100", "100"],
  "2080506": ["50", "100"],
  "2210201": ["52", "96.15"],
};

function expenditureLines(): ExpenditureLine[] {
  return EXPENDITURE_ROWS.map(([code, name, total, basic, project], i) => ({
    code, name, level: levelOf(code), location: loc("公开03表", 100 + i), total: opt(total), basic: opt(basic), project: opt(project),
  }));
}

function incomeLines(): IncomeLine[] {
  return EXPENDITURE_ROWS.map(([code, name, total], i) => {
    const other = OTHER_INCOME_CODES.has(code) ? "0.5" : null;
    const fiscal = new Decimal(total ?? "0").minus(other ?? "0").toString();
    return {
      code, name, level: levelOf(code), location: loc("公开02表", 60 + i), total: opt(total), fiscal: w(fiscal),
      superior: null, business: null, operating: null, subsidiary: null, other: opt(other),
    };
  });
}

function gpbLines(): GpbExpenditureLine[] {
  return EXPENDITURE_ROWS.map(([code, name, total, basic, project], i) => {
    const less = OTHER_INCOME_CODES.has(code) ? "0.5" : "0";
    const budget = BUDGETS[code];
    return {
      code, name, level: levelOf(code), location: loc("公开05表", 200 + i),
      total: opt(new Decimal(total ?? "0").minus(less).toString()),
      basic: opt(basic),
      project: project === null ? null : w(new Decimal(project).minus(less).toString()),
      budgetInitial: budget ? w(budget[0]) : null,
      budgetFull: null,
      statedRatePct: budget ? budget[1] : null,
      reason: null,
      narrativeLocation: budget ? { page: 9, line: 400 + i } : null,
      // One row of a 05 printed with an 执行率 column: 50.00 ÷ 52.00.
      ...(code === "2210201" ? { printedRatePct: "96.15", printedRateBasis: "initial" as const } : {}),
    };
  });
}

function claim(kind: Claim["kind"], subject: string, amount: string | null, base: string | null, statedPct: string, extra: Partial<Claim> = {}): Claim {
  return { kind, subject, amount: opt(amount), base: opt(base), statedPct, text: `${subject} …`, location: { page: 8, line: 300 }, ...extra };
}

/** The narrative of the minimal report: every percentage recomputes, every amount matches a table. */
export function baseClaims(): Claim[] {
  return [
    claim("change", "收入合计", "1200", "1000", "20", { delta: w("200"), direction: "increase" }),
    claim("share", "财政拨款收入", "1199.5", "1200", "99.96"),
    claim("share", "基本支出", "1000", "1200", "83.33"),
    claim("share", "一般公共服务（类）", "999.5", "1199.5", "83.33"),
    claim("completion", "一般公共预算财政拨款支出", "1199.5", "1232", "97.36"),
    claim("completion", "行政运行（项）", "800", "820", "97.56", { location: { page: 9, line: 402 } }),
    claim("completion", "“三公”经费", "20", "30", "66.67"),
    claim("change", "“三公”经费", "20", "25", "20", { delta: w("5"), direction: "decrease" }),
  ];
}

/** A fully valid minimal report (all identities hold exactly, all narrative figures recompute). */
export function baseReport(): ParsedReport {
  return {
    format: "text",
    department: "示例市测试局",
    year: 2024,
    sourceUnit: "万元",
    scope: "本级",
    pageCount: 20,
    totals: {
      income: w("1200"),
      expenditure: w("1200"),
      fiscalAppropriationIncome: w("1199.5"),
      basicExpenditure: w("1000"),
      projectExpenditure: w("200"),
      grandTotal: w("1200"),
    },
    incomeBySource: [
      { key: "generalBudget", label: "一般公共预算财政拨款收入", amount: w("1199.5"), location: loc("公开01表", 20) },
      { key: "governmentFund", label: "政府性基金预算财政拨款收入", amount: null, location: loc("公开01表", 21) },
      { key: "other", label: "其他收入", amount: w("0.5"), location: loc("公开01表", 27) },
    ],
    expenditureByClass: [
      { code: "201", name: "一般公共服务支出", amount: w("1000"), location: loc("公开01表", 20) },
      { code: "208", name: "社会保障和就业支出", amount: w("150"), location: loc("公开01表", 27) },
      { code: "221", name: "住房保障支出", amount: w("50"), location: loc("公开01表", 38) },
    ],
    incomeByFunction: incomeLines(),
    expenditureByFunction: expenditureLines(),
    fiscalAppropriation: { generalBudget: w("1199.5"), governmentFund: null, stateCapital: null, total: w("1199.5") },
    gpbExpenditureByFunction: gpbLines(),
    gpbBudgetInitialTotal: w("1232"),
    gpbBudgetTable: { initial: w("1232"), full: null },
    economic: {
      personnel: w("900"),
      publicUse: w("100"),
      lines: [
        { code: "301", name: "工资福利支出", category: "personnel", amount: w("850"), location: loc("公开06表", 300) },
        { code: "30101", name: "基本工资", category: "personnel", amount: w("850"), location: loc("公开06表", 301) },
        { code: "303", name: "对个人和家庭的补助", category: "personnel", amount: w("50"), location: loc("公开06表", 302) },
        { code: "302", name: "商品和服务支出", category: "publicUse", amount: w("100"), location: loc("公开06表", 303) },
        { code: "30201", name: "办公费", category: "publicUse", amount: w("92"), location: loc("公开06表", 304) },
        { code: "30217", name: "公务接待费", category: "publicUse", amount: w("2"), location: loc("公开06表", 305) },
        { code: "30231", name: "公务用车运行维护费", category: "publicUse", amount: w("6"), location: loc("公开06表", 306) },
      ],
    },
    governmentFundTable: { empty: true, statement: "本部门当年无政府性基金预算财政拨款收入支出", total: "0.00", income: "0.00" },
    governmentFundStated: { income: "0.00", expenditure: "0.00" },
    stateCapitalTable: { empty: true, statement: "本部门当年无国有资本经营预算财政拨款支出", total: null },
    sangong: {
      budget: { total: w("30"), outbound: w("10"), vehicleSubtotal: w("15"), vehiclePurchase: w("5"), vehicleOperation: w("10"), reception: w("5") },
      actual: { total: w("20"), outbound: w("5"), vehicleSubtotal: w("12"), vehiclePurchase: w("4"), vehicleOperation: w("8"), reception: w("3") },
      counts: {
        outboundGroups: 1, outboundPeople: 2, vehiclesPurchased: 1, vehicleCount: 5, receptionBatches: 4, receptionPeople: 20,
      },
    },
    operatingExpenses: w("100"),
    procurement: { total: w("60"), goods: w("10"), works: null, services: w("50"), sme: w("60"), smeSharePct: "100" },
    procurementTotal: w("60"),
    vehicleCount: 5,
    performance: {
      overall: { budget: w("1232"), actual: w("1199.5"), ratePct: "97.36" },
      projects: [{ name: "示例专项经费", budget: w("210"), actual: w("199.5"), ratePct: "95", indicators: [], location: { page: 30, line: 900 } }],
    },
    priorYear: { incomeTotal: w("1000"), expenditureTotal: w("1000"), fiscalTotal: null, gpbExpenditure: null, sangongTotal: w("25"), operatingExpenses: null },
    claims: baseClaims(),
    sources: {},
    findings: [],
    unread: [],
  };
}

/**
 * A valid report with overrides: top-level fields (`makeReport({ claims: [] })`) or an in-place edit of one figure
 * (`makeReport((r) => { r.totals.income = w("1201"); })`).
 */
export function makeReport(overrides: Partial<ParsedReport> | ((report: ParsedReport) => void) = {}): ParsedReport {
  const report = baseReport();
  if (typeof overrides === "function") {
    overrides(report);
    return report;
  }
  return { ...report, ...overrides };
}
