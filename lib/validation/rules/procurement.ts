import type { Finding, ParsedReport } from "@/lib/parsers/contract";
import { Decimal } from "@/lib/money";
import { compareAmounts } from "../amount-finding";
import { at, skipped, type RuleContext } from "../context";
import { sumColumn } from "../function-lines";
import { NARRATIVE } from "../tables";

/** N.procurement-sum: 政府采购支出总额 = 货物 + 工程 + 服务 (a category the narrative does not mention is 0). */
export function checkProcurementSum(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "N.procurement-sum";
  const what = "政府采购支出总额";
  const { total, goods, works, services } = report.procurement;
  const printed = total ?? report.procurementTotal;
  if (printed === null) return [skipped(rule, what, "政府采购支出总额")];
  const { sum, present } = sumColumn([goods, works, services], (v) => v);
  if (present === 0) return [skipped(rule, what, "货物/工程/服务采购金额")];
  return compareAmounts(ctx, {
    rule,
    subject: what,
    expectedLabel: "货物+工程+服务",
    expected: sum,
    actualLabel: "总额",
    actual: new Decimal(printed),
    addends: present,
    location: at(report.sources["procurement.total"], NARRATIVE, what, "金额"),
  });
}
