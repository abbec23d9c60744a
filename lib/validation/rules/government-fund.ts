import type { Finding, ParsedReport } from "@/lib/parsers/contract";
import { Decimal } from "@/lib/money";
import { compareAmounts } from "../amount-finding";
import { at, skipped, type RuleContext } from "../context";
import { NARRATIVE, TABLE_07 } from "../tables";

type Fund = ParsedReport["governmentFundTable"];
type Stated = NonNullable<ParsedReport["governmentFundStated"]>;

const SIDES: ReadonlyArray<{ label: string; table: (t: Fund) => string | null | undefined; stated: (s: Stated | undefined) => string | null | undefined; key: keyof Stated }> = [
  { key: "expenditure", label: "本年支出", table: (t) => t.total, stated: (s) => s?.expenditure },
  { key: "income", label: "本年收入", table: (t) => t.income, stated: (s) => s?.income },
];

/**
 * N.government-fund-vs-T07: the 说明's 政府性基金预算财政拨款 收入/支出 ("本年度无…收入支出" is 0) = 公开07表. Compared
 * only where both sides were read with confidence: the table's figure is null when its 合计 row was doubtful, and the
 * 说明's when it states two different amounts.
 */
export function checkGovernmentFundVsT07(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "N.government-fund-vs-T07";
  const stated = report.governmentFundStated;
  const table = report.governmentFundTable;
  const compared = SIDES.filter((side) => side.stated(stated) != null && side.table(table) != null);
  if (compared.length === 0) {
    const missing = stated?.expenditure == null && stated?.income == null ? "说明中的政府性基金预算财政拨款收支表述" : `${TABLE_07}合计数`;
    return [skipped(rule, `说明中的政府性基金预算财政拨款收支与${TABLE_07}`, missing)];
  }
  return compared.flatMap((side) =>
    compareAmounts(ctx, {
      rule,
      subject: `政府性基金预算财政拨款${side.label}`,
      expectedLabel: table.empty === true ? "07表（空表）" : "07表合计",
      expected: new Decimal(side.table(table) ?? 0),
      actualLabel: "说明所述",
      actual: new Decimal(side.stated(stated) ?? 0),
      addends: 1,
      location: at(report.sources[`governmentFundStated.${side.key}`], NARRATIVE, "政府性基金预算财政拨款", side.label),
    }),
  );
}
