import type { Claim, GpbExpenditureLine, Location, ParsedReport } from "@/lib/parsers/contract";
import { Decimal } from "@/lib/money";
import { readSubject } from "./claim-subject";
import { classSum } from "./rules/cross-tables";
import { vehicleTotal } from "./rules/table-09";
import { linesOfLength, sameName } from "./function-lines";
import { TABLE_01, TABLE_03, TABLE_04, TABLE_05, TABLE_06, TABLE_09, NARRATIVE } from "./tables";

/** A table figure a narrative claim's subject refers to. */
export interface TableFigure {
  label: string;
  table: string;
  value: Decimal | null;
  location: Location | null | undefined;
}

type FigureOf = (r: ParsedReport) => TableFigure;

const amountOf = (value: string | null | undefined): Decimal | null => (value === null || value === undefined ? null : new Decimal(value));

/** A blank fund column of table 04 is 0 once the table itself was read (its 合计 is there). */
const fundOf = (r: ParsedReport, value: string | null): Decimal | null =>
  value !== null ? new Decimal(value) : r.fiscalAppropriation.total !== null ? new Decimal(0) : null;

const SANGONG_ITEMS = ["total", "outbound", "vehicleSubtotal", "vehiclePurchase", "vehicleOperation", "reception"] as const;
type SangongItem = (typeof SANGONG_ITEMS)[number];
const SANGONG_LABEL: Record<SangongItem, string> = {
  total: "三公经费合计",
  outbound: "因公出国(境)费",
  vehicleSubtotal: "公务用车购置及运行费",
  vehiclePurchase: "公务用车购置费",
  vehicleOperation: "公务用车运行费",
  reception: "公务接待费",
};

/** Plain-word 三公 subjects, most specific first: 公务用车购置及运行费 is not 购置费, and any item mentions 三公. */
const SANGONG_WORDS: Array<[RegExp, SangongItem]> = [
  [/因公出国/, "outbound"],
  [/购置及运行|购置和运行/, "vehicleSubtotal"],
  [/公务用车购置/, "vehiclePurchase"],
  [/公务用车运行/, "vehicleOperation"],
  [/公务接待/, "reception"],
  [/三公/, "total"],
];

/** The 三公 item a claim is about, or null when it is about something else. */
export function sangongItemOf(claim: Claim): SangongItem | null {
  const topic = readSubject(claim.subject);
  const keyed = /^sangong\.(\w+)$/.exec(topic.key ?? "")?.[1];
  if (keyed) return (SANGONG_ITEMS as readonly string[]).includes(keyed) ? (keyed as SangongItem) : null;
  if (topic.key !== null || topic.item !== null) return null;
  return SANGONG_WORDS.find(([pattern]) => pattern.test(topic.label))?.[1] ?? null;
}

export function sangongFigure(r: ParsedReport, item: SangongItem, side: "actual" | "budget"): TableFigure {
  const items = r.sangong[side];
  const value = item === "vehicleSubtotal" ? vehicleTotal(items) : amountOf(items[item]);
  const suffix = side === "budget" ? "预算数" : "决算数";
  return { label: `09表${SANGONG_LABEL[item]}${suffix}`, table: TABLE_09, value, location: r.sources[`sangong.${side}.${item}`] };
}

const gpbTotal: FigureOf = (r) => ({
  label: "05表一般公共预算财政拨款支出合计",
  table: TABLE_05,
  value: classSum(r.gpbExpenditureByFunction, (l) => l.total)?.sum ?? amountOf(r.fiscalAppropriation.generalBudget),
  location: r.sources["fiscalAppropriation.generalBudget"],
});
const incomeTotal: FigureOf = (r) => ({ label: "01表本年收入合计", table: TABLE_01, value: amountOf(r.totals.income), location: r.sources["totals.income"] });
const expenditureTotal: FigureOf = (r) => ({ label: "01表本年支出合计", table: TABLE_01, value: amountOf(r.totals.expenditure), location: r.sources["totals.expenditure"] });
const grandTotal: FigureOf = (r) => ({ label: "01表总计", table: TABLE_01, value: amountOf(r.totals.grandTotal ?? r.totals.income), location: r.sources["totals.grandTotal"] });
const fiscalTotal: FigureOf = (r) => ({ label: "04表财政拨款合计", table: TABLE_04, value: amountOf(r.fiscalAppropriation.total), location: r.sources["fiscalAppropriation.total"] });
const fiscalIncome: FigureOf = (r) => ({
  label: "01表财政拨款收入",
  table: TABLE_01,
  value: amountOf(r.totals.fiscalAppropriationIncome) ?? amountOf(r.fiscalAppropriation.total),
  location: r.sources["totals.fiscalAppropriationIncome"] ?? r.sources["fiscalAppropriation.total"],
});
const gpbIncome: FigureOf = (r) => {
  const row = r.incomeBySource.find((x) => x.key === "generalBudget");
  return { label: "01表一般公共预算财政拨款收入", table: TABLE_01, value: amountOf(row?.amount), location: row?.location };
};
const governmentFund: FigureOf = (r) => ({ label: "04表政府性基金预算", table: TABLE_04, value: fundOf(r, r.fiscalAppropriation.governmentFund), location: r.sources["fiscalAppropriation.governmentFund"] });
const stateCapital: FigureOf = (r) => ({ label: "04表国有资本经营预算", table: TABLE_04, value: fundOf(r, r.fiscalAppropriation.stateCapital), location: r.sources["fiscalAppropriation.stateCapital"] });
const basicExpenditure: FigureOf = (r) => ({ label: "基本支出合计", table: TABLE_03, value: amountOf(r.totals.basicExpenditure), location: r.sources["totals.basicExpenditure"] });
const projectExpenditure: FigureOf = (r) => ({ label: "项目支出合计", table: TABLE_03, value: amountOf(r.totals.projectExpenditure), location: r.sources["totals.projectExpenditure"] });
const gpbProjectExpenditure: FigureOf = (r) => ({ label: "05表项目支出合计", table: TABLE_05, value: classSum(r.gpbExpenditureByFunction, (l) => l.project)?.sum ?? null, location: null });

/** Figures by the extractor's keys (amount keys of change/completion claims, denominator keys of shares). */
const BY_KEY: Record<string, FigureOf> = {
  incomeTotal,
  expenditureTotal,
  grandTotal,
  fiscalTotal,
  gpbExpenditure: gpbTotal,
  gpbIncome,
  governmentFund,
  stateCapital,
  basicExpenditure,
  projectExpenditure: gpbProjectExpenditure,
  sangongTotal: (r) => sangongFigure(r, "total", "actual"),
  procurementTotal: (r) => ({ label: "政府采购支出总额", table: NARRATIVE, value: amountOf(r.procurement.total), location: r.sources["procurement.total"] }),
  procurementSme: (r) => ({ label: "授予中小企业合同金额", table: NARRATIVE, value: amountOf(r.procurement.sme), location: r.sources["procurement.sme"] }),
};

/** Plain-word totals, most specific first: "一般公共预算财政拨款支出" before "财政拨款" before "支出合计". */
const BY_WORDS: Array<[RegExp, FigureOf]> = [
  [/一般公共预算财政拨款基本支出/, (r) => ({ label: "05表基本支出合计", table: TABLE_05, value: classSum(r.gpbExpenditureByFunction, (l) => l.basic)?.sum ?? null, location: null })],
  [/^人员经费/, (r) => ({ label: "06表人员经费合计", table: TABLE_06, value: amountOf(r.economic.personnel), location: r.sources["economic.personnel"] })],
  [/^公用经费/, (r) => ({ label: "06表公用经费合计", table: TABLE_06, value: amountOf(r.economic.publicUse), location: r.sources["economic.publicUse"] })],
  [/一般公共预算财政拨款支出/, gpbTotal],
  [/一般公共预算财政拨款收入/, gpbIncome],
  [/政府性基金/, governmentFund],
  [/国有资本经营/, stateCapital],
  // Income is compared with income: with 结转结余 the year's 财政拨款收入 differs from the 04 table's spending.
  [/^财政拨款收入$/, fiscalIncome],
  [/^财政拨款(收[、，]?支总计)?$/, fiscalTotal],
  [/^(本年)?基本支出$/, basicExpenditure],
  [/^(本年)?项目支出$/, projectExpenditure],
  [/^(本年)?(收入合计|收入总计)$/, incomeTotal],
  [/^(本年)?(支出合计|支出总计)$/, expenditureTotal],
  [/^收[、，]?支总计$/, grandTotal],
];

/** A 类 ("一般公共服务（类）支出") against the same 类 in table 05. */
function classFigure(report: ParsedReport, label: string): TableFigure | null {
  if (!/（类）|\(类\)/.test(label) || /（[款项]）|\([款项]\)/.test(label)) return null;
  const name = label.split(/（类）|\(类\)/)[0] ?? "";
  const line = linesOfLength(report.gpbExpenditureByFunction, 3).find((l) => sameName(l.name, name));
  if (!line) return null;
  return { label: `05表 ${line.code} ${line.name}`, table: TABLE_05, value: amountOf(line.total), location: line.location };
}

/** The table figure a non-三公, non-项 claim's amount should equal; null when the subject names none the tables hold. */
export function totalFigureFor(report: ParsedReport, claim: Claim): TableFigure | null {
  if (sangongItemOf(claim) !== null) return null;
  const topic = readSubject(claim.subject);
  if (topic.item !== null) return null;
  if (topic.key !== null) return BY_KEY[topic.key]?.(report) ?? null;
  const label = topic.label.replace(/\s/g, "");
  return classFigure(report, label) ?? BY_WORDS.find(([pattern]) => pattern.test(label))?.[1](report) ?? null;
}

/** The table figure a share's denominator should be, by the extractor's denominator key. */
export function shareBaseFigure(report: ParsedReport, claim: Claim): TableFigure | null {
  const key = readSubject(claim.subject).baseKey;
  return key === null ? null : (BY_KEY[key]?.(report) ?? null);
}

const sameLocation = (a: Location | null | undefined, b: Location | null | undefined): boolean =>
  !!a && !!b && a.page !== null && a.page === b.page && a.line !== null && a.line === b.line;

/**
 * The 05 项 a completion claim speaks about: by its code ("item:2010301"), by the same narrative location, else the one
 * 项 whose budget equals the claim's base (narrowed by name when several share it). Names alone are not enough: half
 * of all 项 are "行政运行".
 */
export function itemForClaim(report: ParsedReport, claim: Claim): GpbExpenditureLine | null {
  if (claim.kind !== "completion") return null;
  const topic = readSubject(claim.subject);
  const items = linesOfLength(report.gpbExpenditureByFunction, 7);
  if (topic.item !== null && /^\d{7}$/.test(topic.item)) return items.find((l) => l.code === topic.item) ?? null;
  if (topic.key !== null || sangongItemOf(claim) !== null) return null;
  const byLocation = items.filter((l) => sameLocation(l.narrativeLocation, claim.location));
  if (byLocation.length === 1) return byLocation[0] ?? null;
  if (claim.base === null) return null;
  const base = new Decimal(claim.base);
  const byBudget = items.filter((l) => [l.budgetInitial, l.budgetFull].some((b) => b !== null && base.equals(b)));
  if (byBudget.length === 1) return byBudget[0] ?? null;
  const words = topic.label.replace(/\s/g, "");
  const byName = byBudget.filter((l) => words.includes(l.name.replace(/\s/g, "")));
  return byName.length === 1 ? (byName[0] ?? null) : null;
}

export function claimsForItem(report: ParsedReport, line: GpbExpenditureLine): Claim[] {
  return report.claims.filter((c) => c.kind === "completion" && itemForClaim(report, c) === line);
}

/** Whether a claim refers to a 项 at all (so an unmatched one is worth reporting). */
export function isItemClaim(claim: Claim): boolean {
  const topic = readSubject(claim.subject);
  return topic.item !== null || /（项）|\(项\)/.test(topic.label);
}
