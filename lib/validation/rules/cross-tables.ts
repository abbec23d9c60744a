import type { Finding, ParsedReport } from "@/lib/parsers/contract";
import { Decimal } from "@/lib/money";
import { compareAmounts } from "../amount-finding";
import { at, skipped, type RuleContext } from "../context";
import { lineLabel, linesOfLength, sameName, sumColumn, type AmountGetter, type CodedLine } from "../function-lines";
import { TABLE_01, TABLE_02, TABLE_03 } from "../tables";

/** Σ of a column over the 类 rows, with how many rows carried a figure; null when the table has no 类 rows. */
export function classSum<L extends CodedLine>(lines: readonly L[], get: AmountGetter<L>): { sum: Decimal; present: number } | null {
  const classes = linesOfLength(lines, 3);
  if (classes.length === 0) return null;
  const { sum, present } = sumColumn(classes, get);
  return { sum, present };
}

/** X.T03-vs-T01-total: 03 合计 (Σ 类) = 01 本年支出合计. */
export function checkT03VsT01Total(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "X.T03-vs-T01-total";
  const what = `${TABLE_03} 合计与${TABLE_01} 本年支出合计`;
  const t01 = report.totals.expenditure;
  const t03 = classSum(report.expenditureByFunction, (l) => l.total);
  if (t01 === null) return [skipped(rule, what, "01表本年支出合计")];
  if (t03 === null || t03.present === 0) return [skipped(rule, what, "03表类级行")];
  return compareAmounts(ctx, {
    rule,
    subject: what,
    expectedLabel: "01表本年支出合计",
    expected: new Decimal(t01),
    actualLabel: "03表各类合计",
    actual: t03.sum,
    addends: t03.present,
    location: at(report.sources["totals.expenditure"], TABLE_03, "合计", "合计"),
  });
}

/** X.T02-vs-T01-total: 02 合计 (Σ 类) = 01 本年收入合计. */
export function checkT02VsT01Total(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "X.T02-vs-T01-total";
  const what = `${TABLE_02} 合计与${TABLE_01} 本年收入合计`;
  const t01 = report.totals.income;
  const t02 = classSum(report.incomeByFunction, (l) => l.total);
  if (t01 === null) return [skipped(rule, what, "01表本年收入合计")];
  if (t02 === null || t02.present === 0) return [skipped(rule, what, "02表类级行")];
  return compareAmounts(ctx, {
    rule,
    subject: what,
    expectedLabel: "01表本年收入合计",
    expected: new Decimal(t01),
    actualLabel: "02表各类合计",
    actual: t02.sum,
    addends: t02.present,
    location: at(report.sources["totals.income"], TABLE_02, "合计", "合计"),
  });
}

/** X.T01-classes-vs-T03: each 01 类 row = the same 类 in 03 (by code, else by name). */
export function checkT01ClassesVsT03(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "X.T01-classes-vs-T03";
  const what = `${TABLE_01} 各类支出与${TABLE_03}`;
  const rows = report.expenditureByClass.filter((row) => row.amount !== null);
  const classes = linesOfLength(report.expenditureByFunction, 3);
  if (rows.length === 0) return [skipped(rule, what, "01表各类支出行")];
  if (classes.length === 0) return [skipped(rule, what, "03表类级行")];
  return rows.flatMap((row) => {
    const match = classes.find((c) => (row.code !== null ? c.code === row.code : sameName(c.name, row.name)));
    const label = `${row.code ?? ""} ${row.name}`.trim();
    if (!match) {
      return [skipped(rule, `${TABLE_01} ${label}与${TABLE_03}`, "03表中对应的类行", at(row.location, TABLE_01, label, "金额"))];
    }
    if (match.total === null) return [skipped(rule, `${TABLE_01} ${label}与${TABLE_03}`, "03表该类合计数", at(match.location, TABLE_03, lineLabel(match), "合计"))];
    return compareAmounts(ctx, {
      rule,
      subject: label,
      expectedLabel: "03表合计",
      expected: new Decimal(match.total),
      actualLabel: "01表金额",
      actual: new Decimal(row.amount ?? 0),
      addends: 1,
      location: at(row.location, TABLE_01, label, "金额"),
    });
  });
}

/** X.T03-basic-project-vs-totals: Σ 类 基本支出 / 项目支出 in 03 = the report's 基本支出 / 项目支出 totals. */
export function checkT03BasicProjectTotals(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "X.T03-basic-project-vs-totals";
  const pairs = [
    { label: "基本支出", total: report.totals.basicExpenditure, key: "totals.basicExpenditure", get: (l: ParsedReport["expenditureByFunction"][number]) => l.basic },
    { label: "项目支出", total: report.totals.projectExpenditure, key: "totals.projectExpenditure", get: (l: ParsedReport["expenditureByFunction"][number]) => l.project },
  ];
  return pairs.flatMap((pair) => {
    const what = `${TABLE_03} ${pair.label}合计与各类${pair.label}`;
    const sum = classSum(report.expenditureByFunction, pair.get);
    if (pair.total === null) return [skipped(rule, what, `${pair.label}合计数`)];
    if (sum === null || sum.present === 0) return [skipped(rule, what, `03表类级行的${pair.label}`)];
    return compareAmounts(ctx, {
      rule,
      subject: what,
      expectedLabel: `各类${pair.label}合计`,
      expected: sum.sum,
      actualLabel: `${pair.label}合计`,
      actual: new Decimal(pair.total),
      addends: sum.present,
      location: at(report.sources[pair.key], TABLE_03, "合计", pair.label),
    });
  });
}
