import type { Finding, GpbExpenditureLine, ParsedReport } from "@/lib/parsers/contract";
import { Decimal } from "@/lib/money";
import { compareAmounts } from "../amount-finding";
import { at, skipped, type RuleContext } from "../context";
import { lineLabel } from "../function-lines";
import { NARRATIVE, TABLE_05 } from "../tables";

const RULE = "N.budget-vs-T05";
const BUDGETS = [
  { word: "年初预算", table: (l: GpbExpenditureLine) => l.budgetInitial, stated: (l: GpbExpenditureLine) => l.statedBudgetInitial },
  { word: "全年预算", table: (l: GpbExpenditureLine) => l.budgetFull, stated: (l: GpbExpenditureLine) => l.statedBudgetFull },
] as const;

/** An error only where both figures are certainly the same quantity; otherwise the same gap is a warning. */
function asCertain(findings: Finding[], certain: boolean): Finding[] {
  return certain ? findings : findings.map((f) => (f.severity === "error" ? { ...f, severity: "warning" as const, message: `${f.message}（说明所指的预算或项与表中未必相同）` } : f));
}

function totals(report: ParsedReport, ctx: RuleContext): Finding[] {
  const table = report.gpbBudgetTable;
  if (!table) return [];
  const pairs = [
    { word: "年初预算", own: table.initial, stated: report.gpbBudgetInitialTotal, path: "gpbBudgetInitialTotal" },
    { word: "全年预算", own: table.full, stated: report.gpbBudgetFullTotal, path: "gpbBudgetFullTotal" },
  ];
  // The 说明's total sentence names its budget ("一般公共预算财政拨款支出年初预算为…"): the same quantity as the 05 合计.
  return pairs.flatMap(({ word, own, stated, path }) =>
    own == null || stated == null
      ? []
      : compareAmounts(ctx, {
          rule: RULE,
          subject: `一般公共预算财政拨款支出${word}`,
          expectedLabel: `05表合计行${word}`,
          expected: new Decimal(own),
          actualLabel: `说明所述${word}`,
          actual: new Decimal(stated),
          addends: 1,
          location: at(report.sources[path], NARRATIVE, "一般公共预算财政拨款支出", word),
        }),
  );
}

function items(report: ParsedReport, ctx: RuleContext): Finding[] {
  return report.gpbExpenditureByFunction.flatMap((line) =>
    BUDGETS.flatMap(({ word, table, stated }) => {
      const own = table(line);
      const said = stated(line);
      if (own == null || said == null) return [];
      const compared = compareAmounts(ctx, {
        rule: RULE,
        subject: lineLabel(line),
        expectedLabel: `05表${word}`,
        expected: new Decimal(own),
        actualLabel: `说明所述${word}`,
        actual: new Decimal(said),
        addends: 1,
        location: at(line.narrativeLocation ?? line.location, NARRATIVE, lineLabel(line), word),
      });
      return asCertain(compared, line.statedBudgetCertain === true);
    }),
  );
}

/**
 * N.budget-vs-T05: where the 05 table prints 年初预算 / 全年预算 columns and the 说明 states the same budget (the total
 * or a 项), they agree. An `error` only when both are certainly the same quantity (the 说明 names the budget and its
 * 项 is the table's by code or exact name); a `warning` otherwise.
 */
export function checkBudgetVsT05(report: ParsedReport, ctx: RuleContext): Finding[] {
  const what = `说明中的预算数与${TABLE_05}`;
  if (report.gpbBudgetTable === undefined) return [skipped(RULE, what, "05表的年初预算/全年预算栏")];
  const table = report.gpbBudgetTable;
  const comparable =
    (table.initial != null && report.gpbBudgetInitialTotal != null) ||
    (table.full != null && report.gpbBudgetFullTotal != null) ||
    report.gpbExpenditureByFunction.some((l) => l.statedBudgetInitial != null || l.statedBudgetFull != null);
  if (!comparable) return [skipped(RULE, what, "说明中与预算栏对应的预算数")];
  return [...totals(report, ctx), ...items(report, ctx)];
}
