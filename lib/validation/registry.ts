import type { RuleDefinition } from "./context";
import { EXECUTION_BAND } from "@/lib/settings/execution-band";
import { checkChangeDelta, checkChangeRecompute, checkCompletionRecompute, checkDirectionWord, checkShareRecompute } from "./rules/claims-recompute";
import { checkCodeNames } from "./rules/code-names";
import { checkT01ClassesVsT03, checkT02VsT01Total, checkT03BasicProjectTotals, checkT03VsT01Total } from "./rules/cross-tables";
import { checkEmptyTableStatements, checkSangongCounts } from "./rules/disclosures";
import { checkExecutionRate, checkItemRateVsT05 } from "./rules/execution-rate";
import {
  checkFundTablesVsT04,
  checkT04TotalSum,
  checkT04VsT01Fiscal,
  checkT05BasicVsT06,
  checkT05VsT04General,
  checkT06CategorySums,
} from "./rules/fiscal-tables";
import { checkBudgetVsT05 } from "./rules/budget-vs-table";
import { checkGovernmentFundVsT07 } from "./rules/government-fund";
import { classEqualsSections, rowTotal, sectionEqualsItems } from "./rules/hierarchy-sums";
import { checkBudgetInitialSum, checkItemActualVsT05, checkSangongVsT09, checkTotalsVsTables } from "./rules/narrative-vs-tables";
import { checkPerformanceRates } from "./rules/performance-rates";
import { checkPlaceholders } from "./rules/placeholders";
import { checkProcurementSum } from "./rules/procurement";
import { checkUnitSlips } from "./rules/unit-slips";
import { checkExpenditureSum, checkGrandTotal, checkIncomeSum } from "./rules/table-01";
import { checkT05PrintedRate } from "./rules/table-05-rate";
import { checkT06ClassesVsItems, checkT06VsSangong } from "./rules/table-06";
import { checkSangongTotal, checkVehicleSubtotal } from "./rules/table-09";
import {
  EXPENDITURE_PARTS,
  EXPENDITURE_TABLE,
  EXPENDITURE_TOTAL,
  GPB_PARTS,
  GPB_TABLE,
  GPB_TOTAL,
  INCOME_PARTS,
  INCOME_TABLE,
  INCOME_TOTAL,
} from "./tables";

/**
 * Every rule, in report order (tables 01→09, cross-table, narrative, disclosures). Ids are stable: stored findings,
 * the UI and option `disabledRules` refer to them. Prefixes: T = within one table, X = across tables, N = narrative,
 * E = execution, C = codes, D = required disclosures, P = placeholders.
 */
export const RULES: readonly RuleDefinition[] = [
  { id: "T01.income-sum", title: "01表：本年收入合计 = Σ 收入各行", check: checkIncomeSum },
  { id: "T01.expenditure-sum", title: "01表：本年支出合计 = Σ 各类支出", check: checkExpenditureSum },
  { id: "T01.grand-total", title: "01表：总计 = 本年合计 + 结转结余", check: checkGrandTotal },
  classEqualsSections(INCOME_TABLE),
  sectionEqualsItems(INCOME_TABLE),
  rowTotal(INCOME_TABLE, INCOME_TOTAL, INCOME_PARTS),
  classEqualsSections(EXPENDITURE_TABLE),
  sectionEqualsItems(EXPENDITURE_TABLE),
  rowTotal(EXPENDITURE_TABLE, EXPENDITURE_TOTAL, EXPENDITURE_PARTS),
  { id: "T04.total-sum", title: "04表：合计 = 一般公共预算 + 政府性基金 + 国有资本经营", check: checkT04TotalSum },
  classEqualsSections(GPB_TABLE),
  sectionEqualsItems(GPB_TABLE),
  rowTotal(GPB_TABLE, GPB_TOTAL, GPB_PARTS),
  { id: "T05.printed-rate", title: "05表：执行率栏 = 决算 ÷ 预算", check: checkT05PrintedRate },
  { id: "T06.category-sum", title: "06表：人员经费/公用经费 = Σ 明细", check: checkT06CategorySums },
  { id: "T06.class-equals-items", title: "06表：各类经济科目 = Σ 其明细", check: checkT06ClassesVsItems },
  { id: "T09.vehicle-subtotal", title: "09表：公务用车小计 = 购置 + 运行", check: checkVehicleSubtotal },
  { id: "T09.total-sum", title: "09表：合计 = 出国 + 用车 + 接待", check: checkSangongTotal },
  { id: "X.T02-vs-T01-total", title: "02表合计 = 01表本年收入合计", check: checkT02VsT01Total },
  { id: "X.T03-vs-T01-total", title: "03表合计 = 01表本年支出合计", check: checkT03VsT01Total },
  { id: "X.T01-classes-vs-T03", title: "01表各类支出 = 03表各类合计", check: checkT01ClassesVsT03 },
  { id: "X.T03-basic-project-vs-totals", title: "03表基本/项目支出合计 = Σ 各类", check: checkT03BasicProjectTotals },
  { id: "X.T04-vs-T01-fiscal", title: "04表财政拨款收入 = 01表财政拨款收入各行", check: checkT04VsT01Fiscal },
  { id: "X.T05-vs-T04-general", title: "05表合计 = 04表一般公共预算", check: checkT05VsT04General },
  { id: "X.T05-basic-vs-T06", title: "05表基本支出 = 06表人员经费 + 公用经费", check: checkT05BasicVsT06 },
  { id: "X.T07-T08-vs-T04", title: "07/08表 = 04表政府性基金/国有资本经营", check: checkFundTablesVsT04 },
  { id: "X.T06-vs-T09-sangong", title: "06表公务接待费/公务用车运行维护费（基本支出）不超过09表决算数", check: checkT06VsSangong },
  { id: "N.totals-vs-tables", title: "说明所述总额 = 表中数", check: checkTotalsVsTables },
  { id: "N.sangong-vs-T09", title: "说明所述“三公”经费 = 09表", check: checkSangongVsT09 },
  { id: "N.item-actual-vs-T05", title: "说明所述各项决算 = 05表", check: checkItemActualVsT05 },
  { id: "N.government-fund-vs-T07", title: "说明所述政府性基金预算财政拨款收支 = 07表", check: checkGovernmentFundVsT07 },
  { id: "N.budget-vs-T05", title: "说明所述年初/全年预算 = 05表预算栏", check: checkBudgetVsT05 },
  { id: "N.budget-initial-sum", title: "年初预算总数 = Σ 各项年初预算", check: checkBudgetInitialSum },
  { id: "N.share-recompute", title: "占比可由所述金额重算", check: checkShareRecompute },
  { id: "N.change-recompute", title: "增减幅度可由所述金额重算", check: checkChangeRecompute },
  { id: "N.change-delta", title: "增减额 = 本年数 − 比较基数", check: checkChangeDelta },
  { id: "N.completion-recompute", title: "完成率可由所述金额重算（分母不得为 0）", check: checkCompletionRecompute },
  { id: "N.item-rate-vs-T05", title: "各项完成率可由05表决算重算", check: checkItemRateVsT05 },
  { id: "N.performance-rate", title: "绩效自评表执行率可由执行数/预算数重算", check: checkPerformanceRates },
  { id: "N.procurement-sum", title: "政府采购总额 = 货物 + 工程 + 服务", check: checkProcurementSum },
  { id: "N.unit-slip", title: "说明与表格金额单位一致", check: checkUnitSlips },
  { id: "N.direction-word", title: "增加/减少/持平用语与数字方向一致", check: checkDirectionWord },
  { id: "E.execution-rate", title: `各项预算执行率在 ${EXECUTION_BAND.lowPct}%–${EXECUTION_BAND.highPct}% 之外须说明原因`, check: checkExecutionRate },
  { id: "C.code-name", title: "科目编码与全国统一科目名称一致", check: checkCodeNames },
  { id: "D.empty-table-statement", title: "空表须有“本部门无…”说明", check: checkEmptyTableStatements },
  { id: "D.sangong-counts", title: "公务接待/出国须列批次与人次", check: checkSangongCounts },
  { id: "P.placeholder", title: "无模板遗留或占位符", check: checkPlaceholders },
];
