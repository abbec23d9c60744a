import type { Finding, ParsedReport } from "@/lib/parsers/contract";
import { Decimal } from "@/lib/money";
import { compareAmounts } from "../amount-finding";
import { at, skipped, type RuleContext } from "../context";
import { sumColumn } from "../function-lines";
import { TABLE_01 } from "../tables";

/** T01.income-sum: 本年收入合计 = Σ income rows 一…八. */
export function checkIncomeSum(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "T01.income-sum";
  const printed = report.totals.income;
  const rows = report.incomeBySource.filter((row) => row.amount !== null);
  if (printed === null) return [skipped(rule, `${TABLE_01} 本年收入合计`, "本年收入合计")];
  if (rows.length === 0) return [skipped(rule, `${TABLE_01} 本年收入合计`, "各收入来源行")];
  return compareAmounts(ctx, {
    rule,
    subject: `${TABLE_01} 本年收入合计`,
    expectedLabel: "各收入行合计",
    expected: sumColumn(rows, (row) => row.amount).sum,
    actualLabel: "本年收入合计",
    actual: new Decimal(printed),
    addends: rows.length,
    location: at(report.sources["totals.income"], TABLE_01, "本年收入合计", "金额"),
  });
}

/** T01.expenditure-sum: 本年支出合计 = Σ 类 rows. */
export function checkExpenditureSum(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "T01.expenditure-sum";
  const printed = report.totals.expenditure;
  const rows = report.expenditureByClass.filter((row) => row.amount !== null);
  if (printed === null) return [skipped(rule, `${TABLE_01} 本年支出合计`, "本年支出合计")];
  if (rows.length === 0) return [skipped(rule, `${TABLE_01} 本年支出合计`, "各类支出行")];
  return compareAmounts(ctx, {
    rule,
    subject: `${TABLE_01} 本年支出合计`,
    expectedLabel: "各类支出合计",
    expected: sumColumn(rows, (row) => row.amount).sum,
    actualLabel: "本年支出合计",
    actual: new Decimal(printed),
    addends: rows.length,
    location: at(report.sources["totals.expenditure"], TABLE_01, "本年支出合计", "金额"),
  });
}

/**
 * T01.grand-total: 总计 = 本年收入合计 + 年初结转和结余 = 本年支出合计 + 年末结转和结余. The contract carries one 总计
 * (both sides print the same figure), so each side is checked against it. A blank 结转结余 is 0 in these tables.
 */
export function checkGrandTotal(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "T01.grand-total";
  const grand = report.totals.grandTotal;
  if (grand === null || grand === undefined) return [skipped(rule, `${TABLE_01} 总计`, "总计")];
  const sides = [
    { label: "收入方", base: report.totals.income, carry: report.totals.carryForwardStart, carryLabel: "年初结转和结余" },
    { label: "支出方", base: report.totals.expenditure, carry: report.totals.carryForwardEnd, carryLabel: "年末结转和结余" },
  ];
  return sides.flatMap((side) => {
    if (side.base === null) return [skipped(rule, `${TABLE_01} ${side.label}总计`, side.label === "收入方" ? "本年收入合计" : "本年支出合计")];
    const carryBlank = side.carry === null || side.carry === undefined;
    return compareAmounts(ctx, {
      rule,
      subject: `${TABLE_01} ${side.label}总计`,
      expectedLabel: `本年合计 + ${side.carryLabel}`,
      expected: new Decimal(side.base).plus(side.carry ?? 0),
      actualLabel: "总计",
      actual: new Decimal(grand),
      addends: 2,
      location: at(report.sources["totals.grandTotal"], TABLE_01, "总计", side.label),
      note: carryBlank ? `${side.carryLabel}空白，按 0 计` : undefined,
    });
  });
}
