import type { Finding, ParsedReport } from "@/lib/parsers/contract";
import { Decimal } from "@/lib/money";
import { compareAmounts } from "../amount-finding";
import { at, skipped, type RuleContext } from "../context";
import { sumColumn } from "../function-lines";
import { TABLE_01, TABLE_04, TABLE_05, TABLE_06, TABLE_07, TABLE_08 } from "../tables";
import { classSum } from "./cross-tables";

const FISCAL_INCOME_KEYS = ["generalBudget", "governmentFund", "stateCapital"];

/** T04.total-sum: 财政拨款合计 = 一般公共预算 + 政府性基金 + 国有资本经营 (blank funds are 0). */
export function checkT04TotalSum(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "T04.total-sum";
  const fa = report.fiscalAppropriation;
  const what = `${TABLE_04} 合计`;
  if (fa.total === null) return [skipped(rule, what, "财政拨款合计数")];
  const parts = [fa.generalBudget, fa.governmentFund, fa.stateCapital];
  const { sum, present } = sumColumn(parts, (v) => v);
  if (present === 0) return [skipped(rule, what, "一般公共预算/政府性基金/国有资本经营各栏")];
  return compareAmounts(ctx, {
    rule,
    subject: what,
    expectedLabel: "一般公共预算+政府性基金+国有资本经营",
    expected: sum,
    actualLabel: "合计",
    actual: new Decimal(fa.total),
    addends: present,
    location: at(report.sources["fiscalAppropriation.total"], TABLE_04, "合计", "合计"),
  });
}

/** X.T04-vs-T01-fiscal: 财政拨款收入 = 01 rows 一、二、三 (一般公共预算 + 政府性基金 + 国有资本经营 财政拨款收入). */
export function checkT04VsT01Fiscal(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "X.T04-vs-T01-fiscal";
  const what = `${TABLE_04} 财政拨款收入与${TABLE_01}`;
  const printed = report.totals.fiscalAppropriationIncome;
  const rows = report.incomeBySource.filter((row) => FISCAL_INCOME_KEYS.includes(row.key) && row.amount !== null);
  if (printed === null) return [skipped(rule, what, "财政拨款收入合计")];
  if (rows.length === 0) return [skipped(rule, what, "01表财政拨款收入行")];
  return compareAmounts(ctx, {
    rule,
    subject: what,
    expectedLabel: "01表财政拨款收入各行合计",
    expected: sumColumn(rows, (row) => row.amount).sum,
    actualLabel: "财政拨款收入",
    actual: new Decimal(printed),
    addends: rows.length,
    location: at(report.sources["totals.fiscalAppropriationIncome"], TABLE_04, "财政拨款收入", "合计"),
  });
}

/** X.T05-vs-T04-general: 05 合计 (Σ 类) = 04 一般公共预算. */
export function checkT05VsT04General(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "X.T05-vs-T04-general";
  const what = `${TABLE_05} 合计与${TABLE_04} 一般公共预算`;
  const general = report.fiscalAppropriation.generalBudget;
  const t05 = classSum(report.gpbExpenditureByFunction, (l) => l.total);
  if (general === null) return [skipped(rule, what, "04表一般公共预算数")];
  if (t05 === null || t05.present === 0) return [skipped(rule, what, "05表类级行")];
  return compareAmounts(ctx, {
    rule,
    subject: what,
    expectedLabel: "04表一般公共预算",
    expected: new Decimal(general),
    actualLabel: "05表各类合计",
    actual: t05.sum,
    addends: t05.present,
    location: at(report.sources["fiscalAppropriation.generalBudget"], TABLE_05, "合计", "小计"),
  });
}

/** X.T05-basic-vs-T06: 05 基本支出 = 06 人员经费 + 公用经费. */
export function checkT05BasicVsT06(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "X.T05-basic-vs-T06";
  const what = `${TABLE_05} 基本支出与${TABLE_06}`;
  const { personnel, publicUse } = report.economic;
  const basic = classSum(report.gpbExpenditureByFunction, (l) => l.basic);
  if (personnel === null || publicUse === null) return [skipped(rule, what, "06表人员经费或公用经费合计")];
  if (basic === null || basic.present === 0) return [skipped(rule, what, "05表类级行的基本支出")];
  return compareAmounts(ctx, {
    rule,
    subject: what,
    expectedLabel: "06表人员经费+公用经费",
    expected: new Decimal(personnel).plus(publicUse),
    actualLabel: "05表基本支出",
    actual: basic.sum,
    addends: Math.max(basic.present, 2),
    location: at(report.sources["economic.personnel"], TABLE_06, "合计", "人员经费+公用经费"),
  });
}

/**
 * T06.category-sum: 人员经费 / 公用经费 = Σ their 3-digit lines (301, 303 / 302, 310 …); when the table only prints
 * 5-digit lines, Σ those.
 */
export function checkT06CategorySums(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "T06.category-sum";
  const categories = [
    { key: "personnel" as const, label: "人员经费", total: report.economic.personnel },
    { key: "publicUse" as const, label: "公用经费", total: report.economic.publicUse },
  ];
  return categories.flatMap((category) => {
    const what = `${TABLE_06} ${category.label}合计`;
    const lines = report.economic.lines.filter((l) => l.category === category.key);
    const groups = lines.filter((l) => l.code.length === 3);
    const addends = groups.length > 0 ? groups : lines.filter((l) => l.code.length === 5);
    if (category.total === null) return [skipped(rule, what, `${category.label}合计数`)];
    if (addends.length === 0) return [skipped(rule, what, `${category.label}明细行`)];
    const { sum, present } = sumColumn(addends, (l) => l.amount);
    if (present === 0) return [skipped(rule, what, `${category.label}明细金额`)];
    return compareAmounts(ctx, {
      rule,
      subject: what,
      expectedLabel: "明细合计",
      expected: sum,
      actualLabel: `${category.label}合计`,
      actual: new Decimal(category.total),
      addends: present,
      location: at(report.sources[`economic.${category.key}`], TABLE_06, `${category.label}合计`, "决算数"),
    });
  });
}

/** X.T07-T08-vs-T04: the 政府性基金 / 国有资本经营 tables agree with the fund columns of 04 (an empty table means 0). */
export function checkFundTablesVsT04(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "X.T07-T08-vs-T04";
  const funds = [
    { name: TABLE_07, table: report.governmentFundTable, t04: report.fiscalAppropriation.governmentFund, label: "政府性基金预算" },
    { name: TABLE_08, table: report.stateCapitalTable, t04: report.fiscalAppropriation.stateCapital, label: "国有资本经营预算" },
  ];
  return funds.flatMap((fund) => {
    const what = `${fund.name} 与${TABLE_04} ${fund.label}`;
    const own = fund.table.total ?? (fund.table.empty === true ? "0.00" : null);
    if (own === null) return [skipped(rule, what, `${fund.name}合计数`)];
    const t04 = fund.t04 ?? "0.00";
    return compareAmounts(ctx, {
      rule,
      subject: what,
      expectedLabel: `04表${fund.label}`,
      expected: new Decimal(t04),
      actualLabel: fund.table.empty === true ? "本表（空表）" : "本表合计",
      actual: new Decimal(own),
      addends: 1,
      location: at(null, fund.name, "合计", null),
      note: fund.t04 === null ? "04表该栏空白，按 0 计" : undefined,
    });
  });
}
