import { carryBooking, functionRows, reportTotals, type FunctionRow, type ReportTotals } from "./report-figures";
import type { DemoItem, DemoReport } from "./types";
import { pct } from "./units";

/**
 * What a report prints, shared by the text and XLSX renderers and by expectedParsed so all three agree: the true
 * figures with the report's planted mistakes applied.
 */
export interface PrintedView {
  report: DemoReport;
  totals: ReportTotals;
  /** Tables 02 (income columns, with the year's net carry-over) and 01 (expenditure by 类): the true rows. */
  rows: FunctionRow[];
  /** Table 03 rows: a class-sum mistake inflates one 类 row's 合计 and 基本支出 alike (so its own row total holds). */
  rows03: FunctionRow[];
  /** Table 05 rows: only lines with general-budget spending. */
  gpbRows: FunctionRow[];
  /** Stated completion percentage per 项 code (narrative), null when the initial budget is 0. */
  completionPct(item: DemoItem): string | null;
  /** Stated change of 收、支总计 (table 01 总计) against last year's (section 一), as printed. */
  totalChangePct: string | null;
}

export function gpbOf(item: DemoItem): number {
  return item.basic + item.project - item.nonFiscalBasic - item.nonFiscalProject;
}

export function printedView(report: DemoReport): PrintedView {
  const totals = reportTotals(report);
  const rows = functionRows(report.items, carryBooking(report));
  const classMistake = report.mistakes.find((m) => m.kind === "class-sum");
  const rows03 = rows.map((row) =>
    classMistake !== undefined && row.level === "类" && row.code === classMistake.code
      ? { ...row, total: row.total + classMistake.delta, basic: row.basic + classMistake.delta }
      : row,
  );
  const rateMistake = report.mistakes.find((m) => m.kind === "completion-rate");
  const changeMistake = report.mistakes.find((m) => m.kind === "change-pct");
  return {
    report,
    totals,
    rows,
    rows03,
    gpbRows: rows.filter((r) => r.gpbTotal > 0),
    completionPct: (item) =>
      rateMistake !== undefined && rateMistake.code === item.code ? rateMistake.statedPct : pct(gpbOf(item), item.budgetInitial),
    totalChangePct: changeMistake?.statedPct ?? pct(Math.abs(totals.grand - report.prior.grand), report.prior.grand),
  };
}
