import { EXECUTION_BAND } from "@/lib/settings/execution-band";

/**
 * Each 审核 rule in words a reader of the report uses: a short Chinese title and one line saying what is checked and
 * why it matters. Rule ids stay the stable key (stored findings, options, goldens); the UI shows these and keeps the
 * id behind 详情. A test asserts every registered rule has an entry.
 */
export interface RuleText {
  title: string;
  explain: string;
}

const hierarchy = (table: string, name: string): Record<string, RuleText> => ({
  [`T${table}.class-equals-sections`]: { title: `${table}表类合计`, explain: `${name}中每个“类”应等于其下各“款”之和。` },
  [`T${table}.section-equals-items`]: { title: `${table}表款合计`, explain: `${name}中每个“款”应等于其下各“项”之和。` },
  [`T${table}.row-total`]: { title: `${table}表各行合计`, explain: `${name}每一行的合计应等于该行各栏之和。` },
});

export const RULE_TEXT: Readonly<Record<string, RuleText>> = {
  "T01.income-sum": { title: "收入合计", explain: "收入支出决算总表的本年收入合计应等于各收入行之和。" },
  "T01.expenditure-sum": { title: "支出合计", explain: "收入支出决算总表的本年支出合计应等于各类支出之和。" },
  "T01.grand-total": { title: "收支总计", explain: "总计应等于本年合计加结转结余，收入方与支出方相等。" },
  ...hierarchy("02", "收入决算表"),
  ...hierarchy("03", "支出决算表"),
  "T04.total-sum": { title: "财政拨款合计", explain: "财政拨款合计应等于一般公共预算、政府性基金、国有资本经营三者之和。" },
  ...hierarchy("05", "一般公共预算财政拨款支出决算表"),
  "T06.category-sum": { title: "人员经费与公用经费", explain: "基本支出明细表中人员经费、公用经费应等于其明细之和。" },
  "T06.class-equals-items": { title: "经济分类合计", explain: "基本支出明细表中每个经济分类“类”应等于其明细科目之和。" },
  "T09.vehicle-subtotal": { title: "公务用车小计", explain: "“三公”经费表中公务用车小计应等于购置费加运行维护费。" },
  "T09.total-sum": { title: "“三公”经费合计", explain: "“三公”经费合计应等于因公出国（境）费、公务用车费、公务接待费之和。" },
  "X.T02-vs-T01-total": { title: "收入表与总表一致", explain: "收入决算表的合计应等于收入支出决算总表的本年收入合计。" },
  "X.T03-vs-T01-total": { title: "支出表与总表一致", explain: "支出决算表的合计应等于收入支出决算总表的本年支出合计。" },
  "X.T01-classes-vs-T03": { title: "各类支出两表一致", explain: "总表列出的各类支出应等于支出决算表中同一类的合计。" },
  "X.T03-basic-project-vs-totals": { title: "基本支出与项目支出合计", explain: "支出决算表的基本支出、项目支出合计应等于各类之和。" },
  "X.T04-vs-T01-fiscal": { title: "财政拨款收入两表一致", explain: "财政拨款收支总表的收入应等于总表中财政拨款各收入行。" },
  "X.T05-vs-T04-general": { title: "一般公共预算支出两表一致", explain: "一般公共预算财政拨款支出表的合计应等于财政拨款收支总表中的一般公共预算支出。" },
  "X.T05-basic-vs-T06": { title: "基本支出两表一致", explain: "一般公共预算基本支出应等于基本支出明细表的人员经费加公用经费。" },
  "X.T07-T08-vs-T04": { title: "基金与国资预算两表一致", explain: "政府性基金、国有资本经营预算表应与财政拨款收支总表相应栏一致。" },
  "X.T06-vs-T09-sangong": { title: "基本支出中的接待费与用车费", explain: "基本支出中的公务接待费、公务用车运行维护费不应超过“三公”经费表的决算数。" },
  "N.totals-vs-tables": { title: "说明中的总额", explain: "决算情况说明中所述的总额应与表中数一致。" },
  "N.sangong-vs-T09": { title: "说明中的“三公”经费", explain: "说明中所述“三公”经费应与“三公”经费表一致。" },
  "N.item-actual-vs-T05": { title: "说明中的各项决算", explain: "说明中所述各项支出决算应与一般公共预算财政拨款支出表一致。" },
  "T05.printed-rate": { title: "05表执行率", explain: "一般公共预算财政拨款支出表中印出的执行率应等于该行决算除以所对预算。" },
  "N.budget-vs-T05": { title: "说明中的预算数", explain: "说明中所述年初预算、全年预算应与一般公共预算财政拨款支出表的预算栏一致。" },
  "N.government-fund-vs-T07": { title: "说明中的政府性基金", explain: "说明中所述政府性基金收支应与政府性基金预算财政拨款表一致。" },
  "N.budget-initial-sum": { title: "年初预算合计", explain: "说明中的年初预算总数应等于各项年初预算之和。" },
  "N.share-recompute": { title: "占比", explain: "说明中的占比应能由所述金额重算出来（分母为相应合计）。" },
  "N.change-recompute": { title: "增减幅度", explain: "说明中的增长或下降百分比应能由本年数和上年数重算；上年为 0 时不应写增长率。" },
  "N.change-delta": { title: "增减额", explain: "说明中的增减额应等于本年数减上年数。" },
  "N.completion-recompute": { title: "完成率", explain: "说明中的完成预算百分比应能由决算数和预算数重算；预算为 0 时不应写完成率。" },
  "N.item-rate-vs-T05": { title: "各项完成率", explain: "说明中各项的完成率应能由支出表的决算数和所述预算重算。" },
  "N.performance-rate": { title: "绩效自评执行率", explain: "绩效自评表的执行率应等于执行数除以预算数。" },
  "N.procurement-sum": { title: "政府采购合计", explain: "政府采购总额应等于货物、工程、服务三类之和。" },
  "N.unit-slip": { title: "金额单位", explain: "说明与表格应使用一致的金额单位（万元或元），防止单位写错。" },
  "N.direction-word": { title: "增减用语", explain: "“增加”“减少”“持平”等用语应与数字变化的方向一致。" },
  "E.execution-rate": { title: "执行率偏离须说明原因", explain: `预算执行率低于 ${EXECUTION_BAND.lowPct}% 或高于 ${EXECUTION_BAND.highPct}% 的项目，说明中应写明原因。` },
  "C.code-name": { title: "科目编码与名称", explain: "功能分类科目的编码应与全国统一的科目名称对应。" },
  "D.empty-table-statement": { title: "空表说明", explain: "没有数据的表应写明“本部门无……”，不能留空不说。" },
  "D.sangong-counts": { title: "“三公”批次与人次", explain: "公务接待、因公出国（境）应列明批次和人次。" },
  "P.placeholder": { title: "模板遗留", explain: "报告中不应留有“XX”“202 年度”等模板占位文字。" },
};

/** The rule's words, or the id itself for a rule this table does not know (a stored finding of an older version). */
export function ruleText(rule: string): RuleText {
  return RULE_TEXT[rule] ?? { title: rule, explain: "" };
}
