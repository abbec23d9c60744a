import type { Claim, GpbExpenditureLine, Location, ParsedReport } from "@/lib/parsers/contract";
import { Decimal } from "@/lib/money";
import { classSum } from "./rules/cross-tables";
import { vehicleTotal } from "./rules/table-09";
import { linesOfLength, sameName } from "./function-lines";
import { TABLE_01, TABLE_03, TABLE_04, TABLE_05, TABLE_06, TABLE_09 } from "./tables";

/** A table figure a narrative claim's subject refers to. */
export interface TableFigure {
  label: string;
  table: string;
  value: Decimal | null;
  location: Location | null | undefined;
}

type Resolver = { pattern: RegExp; figure: (r: ParsedReport) => TableFigure };

const amountOf = (value: string | null | undefined): Decimal | null => (value === null || value === undefined ? null : new Decimal(value));

/** 三公 subjects, most specific first: 公务用车购置及运行费 must not be taken for 购置费. */
export const SANGONG_RESOLVERS: readonly Resolver[] = [
  { pattern: /三公/, figure: (r) => ({ label: "三公经费合计", table: TABLE_09, value: amountOf(r.sangong.actual.total), location: r.sources["sangong.actual.total"] }) },
  { pattern: /因公出国/, figure: (r) => ({ label: "因公出国(境)费", table: TABLE_09, value: amountOf(r.sangong.actual.outbound), location: r.sources["sangong.actual.outbound"] }) },
  { pattern: /购置及运行/, figure: (r) => ({ label: "公务用车购置及运行费", table: TABLE_09, value: vehicleTotal(r.sangong.actual), location: r.sources["sangong.actual.vehicleSubtotal"] }) },
  { pattern: /公务用车购置/, figure: (r) => ({ label: "公务用车购置费", table: TABLE_09, value: amountOf(r.sangong.actual.vehiclePurchase), location: r.sources["sangong.actual.vehiclePurchase"] }) },
  { pattern: /公务用车运行/, figure: (r) => ({ label: "公务用车运行费", table: TABLE_09, value: amountOf(r.sangong.actual.vehicleOperation), location: r.sources["sangong.actual.vehicleOperation"] }) },
  { pattern: /公务接待/, figure: (r) => ({ label: "公务接待费", table: TABLE_09, value: amountOf(r.sangong.actual.reception), location: r.sources["sangong.actual.reception"] }) },
];

/** The 三公 budget figure for the same subject (completion claims state it as their base). */
export function sangongBudgetFor(report: ParsedReport, subject: string): Decimal | null {
  const b = report.sangong.budget;
  if (/三公/.test(subject)) return amountOf(b.total);
  if (/因公出国/.test(subject)) return amountOf(b.outbound);
  if (/购置及运行/.test(subject)) return vehicleTotal(b);
  if (/公务用车购置/.test(subject)) return amountOf(b.vehiclePurchase);
  if (/公务用车运行/.test(subject)) return amountOf(b.vehicleOperation);
  if (/公务接待/.test(subject)) return amountOf(b.reception);
  return null;
}

/** Department totals, most specific first: "一般公共预算财政拨款支出" before "财政拨款" before "支出合计". */
export const TOTAL_RESOLVERS: readonly Resolver[] = [
  {
    pattern: /一般公共预算财政拨款基本支出/,
    figure: (r) => ({ label: "05表基本支出合计", table: TABLE_05, value: classSum(r.gpbExpenditureByFunction, (l) => l.basic)?.sum ?? null, location: r.sources["economic.personnel"] }),
  },
  { pattern: /人员经费/, figure: (r) => ({ label: "06表人员经费合计", table: TABLE_06, value: amountOf(r.economic.personnel), location: r.sources["economic.personnel"] }) },
  { pattern: /公用经费/, figure: (r) => ({ label: "06表公用经费合计", table: TABLE_06, value: amountOf(r.economic.publicUse), location: r.sources["economic.publicUse"] }) },
  {
    pattern: /一般公共预算财政拨款(支出|收入)?(?!.*基本)/,
    figure: (r) => ({ label: "05表一般公共预算财政拨款支出合计", table: TABLE_05, value: classSum(r.gpbExpenditureByFunction, (l) => l.total)?.sum ?? null, location: r.sources["fiscalAppropriation.generalBudget"] }),
  },
  { pattern: /财政拨款/, figure: (r) => ({ label: "04表财政拨款合计", table: TABLE_04, value: amountOf(r.fiscalAppropriation.total), location: r.sources["fiscalAppropriation.total"] }) },
  { pattern: /基本支出/, figure: (r) => ({ label: "基本支出合计", table: TABLE_03, value: amountOf(r.totals.basicExpenditure), location: r.sources["totals.basicExpenditure"] }) },
  { pattern: /项目支出/, figure: (r) => ({ label: "项目支出合计", table: TABLE_03, value: amountOf(r.totals.projectExpenditure), location: r.sources["totals.projectExpenditure"] }) },
  { pattern: /收[、，]?支总计|收入合计|收入总计|本年收入/, figure: (r) => ({ label: "01表本年收入合计", table: TABLE_01, value: amountOf(r.totals.income), location: r.sources["totals.income"] }) },
  { pattern: /支出合计|支出总计|本年支出/, figure: (r) => ({ label: "01表本年支出合计", table: TABLE_01, value: amountOf(r.totals.expenditure), location: r.sources["totals.expenditure"] }) },
];

/** A 类 share/amount ("一般公共服务（类）支出") against the same 类 in table 05. */
export function classFigure(report: ParsedReport, subject: string): TableFigure | null {
  if (!/（类）|\(类\)/.test(subject) || /（[款项]）|\([款项]\)/.test(subject)) return null;
  const name = subject.split(/（类）|\(类\)/)[0] ?? "";
  const line = linesOfLength(report.gpbExpenditureByFunction, 3).find((l) => sameName(l.name, name));
  if (!line) return null;
  return { label: `05表 ${line.code} ${line.name}`, table: TABLE_05, value: amountOf(line.total), location: line.location };
}

export function resolveFigure(resolvers: readonly Resolver[], report: ParsedReport, subject: string): TableFigure | null {
  const resolver = resolvers.find((r) => r.pattern.test(subject));
  return resolver ? resolver.figure(report) : null;
}

const sameLocation = (a: Location | null | undefined, b: Location | null | undefined): boolean =>
  !!a && !!b && a.page !== null && a.page === b.page && a.line !== null && a.line === b.line;

/**
 * The 05 项 a completion claim speaks about: same narrative location, else the one 项 whose budget equals the claim's
 * base (narrowed by name when several share a budget). Names alone are not enough: half of all 项 are "行政运行".
 */
export function itemForClaim(report: ParsedReport, claim: Claim): GpbExpenditureLine | null {
  const items = linesOfLength(report.gpbExpenditureByFunction, 7);
  const byLocation = items.filter((l) => sameLocation(l.narrativeLocation, claim.location));
  if (byLocation.length === 1) return byLocation[0] ?? null;
  if (claim.base === null) return null;
  const base = new Decimal(claim.base);
  const byBudget = items.filter((l) => [l.budgetInitial, l.budgetFull].some((b) => b !== null && base.equals(b)));
  if (byBudget.length === 1) return byBudget[0] ?? null;
  const byName = byBudget.filter((l) => claim.subject.replace(/\s/g, "").includes(l.name.replace(/\s/g, "")));
  return byName.length === 1 ? (byName[0] ?? null) : null;
}

export function claimsForItem(report: ParsedReport, line: GpbExpenditureLine): Claim[] {
  return report.claims.filter((c) => c.kind === "completion" && itemForClaim(report, c) === line);
}
