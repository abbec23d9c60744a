import { FUNCTION_CLASSES } from "@/lib/domain/function-classes";
import { changePhrase, prose, sharePct } from "./narrative-phrases";
import { gpbOf, type PrintedView } from "./printed-view";
import { functionName, sangongTotal } from "./report-figures";
import { accountsKind } from "./render-text-tables";
import type { TextWriter } from "./text-writer";
import { pct, trimPct } from "./units";

function overview(w: TextWriter, view: PrintedView): void {
  const { year, prior, changeReason } = view.report;
  const t = view.totals;
  const last = year - 1;
  w.page().line(`第三部分 ${view.report.department} ${year} 年度${accountsKind(view.report)}决算情况说明`);
  w.line("一、收入支出决算总体情况说明");
  w.line(`${year} 年度收、支总计均为 ${prose(t.grand)}。与 ${last} 年度相比，收、支总计${changePhrase(t.grand, prior.grand, view.totalChangePct)}，主要原因是${changeReason}。`);
  w.line("二、收入决算情况说明");
  const income = [`财政拨款收入 ${prose(t.gpbIncome)}，占本年收入 ${sharePct(t.gpbIncome, t.income)}%`];
  if (t.business > 0) income.push(`事业收入 ${prose(t.business)}，占本年收入 ${sharePct(t.business, t.income)}%`);
  if (t.other > 0) income.push(`其他收入 ${prose(t.other)}，占本年收入 ${sharePct(t.other, t.income)}%`);
  w.line(`${year} 年度收入合计 ${prose(t.income)}，与 ${last} 年度相比，收入合计${changePhrase(t.income, prior.income)}。其中：${income.join("；")}。`);
  w.line("三、支出决算情况说明");
  w.line(`${year} 年度支出合计 ${prose(t.total)}，与 ${last} 年度相比，支出合计${changePhrase(t.total, prior.total)}。其中：基本支出 ${prose(t.basic)}，占本年支出 ${sharePct(t.basic, t.total)}%；项目支出 ${prose(t.project)}，占本年支出 ${sharePct(t.project, t.total)}%。`);
  w.line(`年初结转和结余 ${prose(t.carryStart)}，年末结转和结余 ${prose(t.carryEnd)}，主要是部分项目跨年度实施，资金结转下年继续使用。`);
  w.line("四、财政拨款收入支出决算总体情况说明");
  w.line(`${year} 年度财政拨款收入 ${prose(t.gpbIncome)}，全部为一般公共预算财政拨款；财政拨款年初结转和结余 ${prose(t.carryStart)}，年末结转和结余 ${prose(t.carryEnd)}。`);
  w.line(`${year} 年度财政拨款收入中，一般公共预算财政拨款收入 ${prose(t.gpbIncome)}，比 ${last} 年度决算数${changePhrase(t.gpbIncome, prior.gpbIncome)}。政府性基金预算财政拨款收入 0 万元，比 ${last} 年度决算数持平，主要原因是本年及上年均无政府性基金预算财政拨款收入。国有资本经营预算财政拨款收入 0 万元，比 ${last} 年度决算数持平，主要原因是本年及上年均无国有资本经营预算财政拨款收入。`);
}

function generalBudget(w: TextWriter, view: PrintedView): void {
  const { year, prior, items } = view.report;
  const t = view.totals;
  w.line("五、一般公共预算财政拨款支出决算情况说明").line("（一）一般公共预算财政拨款支出决算总体情况。");
  w.line(`${year} 年度一般公共预算财政拨款支出 ${prose(t.gpb)}，占本年支出合计的 ${sharePct(t.gpb, t.total)}%。与 ${year - 1} 年度相比，一般公共预算财政拨款支出${changePhrase(t.gpb, prior.gpb)}。主要原因是${view.report.changeReason}。`);
  w.line("（二）一般公共预算财政拨款支出决算结构情况。");
  w.line(`${year} 年度一般公共预算财政拨款支出 ${prose(t.gpb)}，主要用于以下方面：`);
  const classes = view.gpbRows.filter((r) => r.level === "类");
  classes.forEach((r, i) => {
    const shortName = FUNCTION_CLASSES.find((c) => c.code === r.code)?.shortName ?? r.name;
    const uses = view.gpbRows.filter((x) => x.level === "项" && x.code.startsWith(r.code)).map((x) => x.name);
    w.line(`${i + 1}.${shortName}（类）支出 ${prose(r.gpbTotal)}，占 ${sharePct(r.gpbTotal, t.gpb)}%。主要是用于${[...new Set(uses)].join("、")}方面的支出。`);
  });
  w.line("（三）一般公共预算财政拨款支出决算具体情况。");
  const totalRate = pct(t.gpb, t.budgetInitial);
  w.line(`${year} 年度一般公共预算财政拨款支出年初预算为 ${prose(t.budgetInitial)}，支出决算为 ${prose(t.gpb)}${totalRate === null ? "" : `，完成年初预算的 ${trimPct(totalRate)}%`}。其中：`);
  classes.forEach((klass, i) => {
    w.line(`${i + 1}.${klass.name}具体包括：`);
    const inClass = items.filter((item) => item.code.startsWith(klass.code) && gpbOf(item) > 0);
    inClass.forEach((item, j) => {
      const label = `${klass.name}（类）${functionName(item.code.slice(0, 5))}（款）${functionName(item.code)}（项）`;
      const rate = view.completionPct(item);
      const actual = gpbOf(item);
      let sentence = `${inClass.length > 1 ? `（${j + 1}）` : ""}${label}年初预算为 ${prose(item.budgetInitial)}，支出决算为 ${prose(actual)}`;
      if (rate !== null) sentence += `，完成年初预算的 ${trimPct(rate)}%`;
      if (item.reason !== null) {
        sentence += `，支出决算数${actual < item.budgetInitial ? "小于" : "大于"}年初预算数的主要原因：${item.reason}`;
      }
      w.line(`${sentence}。`);
    });
  });
}

function basicAndFunds(w: TextWriter, view: PrintedView): void {
  const t = view.totals;
  const names = (category: "personnel" | "publicUse") =>
    view.report.economic.filter((l) => l.category === category && l.code.length === 5 && l.amount > 0).map((l) => l.name).join("、");
  w.line("六、一般公共预算财政拨款基本支出决算情况说明");
  w.line(`${view.report.year} 年度一般公共预算财政拨款基本支出 ${prose(t.gpbBasic)}，其中：`);
  w.line(`人员经费 ${prose(t.personnel)}，主要包括：${names("personnel")}。`);
  w.line(`公用经费 ${prose(t.publicUse)}，主要包括：${names("publicUse")}。`);
  w.line("七、政府性基金预算财政拨款收入支出决算情况说明").line("本单位当年无政府性基金预算财政拨款收入支出。");
  w.line("八、国有资本经营预算财政拨款支出决算情况说明").line("本单位当年无国有资本经营预算财政拨款支出。");
}

function completion(actual: number, budget: number, words = "完成预算的"): string {
  const rate = pct(actual, budget);
  return rate === null ? "" : `，${words} ${trimPct(rate)}%`;
}

function sangong(w: TextWriter, view: PrintedView): void {
  const { year, prior, sangong: s } = view.report;
  const budget = sangongTotal(s.budget);
  const actual = sangongTotal(s.actual);
  const p = prior.sangongItems;
  w.line("九、财政拨款“三公”经费支出决算情况说明").line("（一）“三公”经费财政拨款支出决算总体情况说明。");
  w.line(`${year} 年度“三公”经费财政拨款支出全年预算为 ${prose(budget)}，支出决算为 ${prose(actual)}${completion(actual, budget, "完成全年预算的")}。较上年${changePhrase(actual, prior.sangong, undefined, ["增长", "降低"])}。决算数${actual <= budget ? "小于" : "大于"}预算数的主要原因：${actual <= budget ? "认真贯彻落实中央八项规定精神和厉行节约要求，从严控制“三公”经费支出" : "公务活动增加，公务用车运行和接待支出超出预算"}。`);
  w.line("（二）“三公”经费财政拨款支出决算具体情况说明。");
  w.line(`1.因公出国(境)费预算为 ${prose(s.budget.outbound)}，支出决算为 ${prose(s.actual.outbound)}${completion(s.actual.outbound, s.budget.outbound)}。较上年${changePhrase(s.actual.outbound, p.outbound, undefined, ["增长", "降低"])}。`);
  w.line(`全年支出涉及出国（境）团组 ${s.outboundGroups} 个，累计 ${s.outboundPeople} 人次。`);
  const vehicleBudget = s.budget.vehiclePurchase + s.budget.vehicleOperation;
  const vehicle = s.actual.vehiclePurchase + s.actual.vehicleOperation;
  w.line(`2.公务用车购置及运行费预算为 ${prose(vehicleBudget)}，支出决算为 ${prose(vehicle)}${completion(vehicle, vehicleBudget, "完成全年预算的")}；比上年${changePhrase(vehicle, p.vehiclePurchase + p.vehicleOperation, undefined, ["增长", "降低"])}。其中：`);
  w.line(`(1)公务用车购置费支出 ${prose(s.actual.vehiclePurchase)}，购置公务用车 ${s.vehiclesPurchased} 辆。`);
  w.line(`(2)公务用车运行费支出 ${prose(s.actual.vehicleOperation)}，主要用于公务用车的燃料费、维修费、过桥过路费、保险费等。截至 ${year} 年 12 月 31 日，开支财政拨款的公务用车保有量为 ${s.vehicleCount} 辆。`);
  w.line(`3.公务接待费预算为 ${prose(s.budget.reception)}，支出决算为 ${prose(s.actual.reception)}${completion(s.actual.reception, s.budget.reception, "完成全年预算的")}。公务接待费比上年${changePhrase(s.actual.reception, p.reception, undefined, ["增长", "降低"])}。`);
  w.line(`国内公务接待支出 ${prose(s.actual.reception)}，主要是开展学习交流、工作调研、业务指导。${year} 年共接待国内来访团组 ${s.receptionBatches} 个，${s.receptionPeople} 人次（不包括陪同人员）。`);
}

function otherFigures(w: TextWriter, view: PrintedView): void {
  const r = view.report;
  const { goods, works, services, sme } = r.procurement;
  const procurement = goods + works + services;
  w.line("十、机关运行经费支出说明");
  w.line(`本单位 ${r.year} 年度机关运行经费支出 ${prose(r.operatingExpenses)}，比年初预算数${changePhrase(r.operatingExpenses, r.operatingExpensesBudget)}；比上年决算数${changePhrase(r.operatingExpenses, r.prior.operatingExpenses)}。主要原因是：${r.changeReason}。`);
  w.line("十一、政府采购支出说明");
  w.line(`本单位 ${r.year} 年度政府采购支出总额 ${prose(procurement)}，其中：政府采购货物支出 ${prose(goods)}、政府采购工程支出 ${prose(works)}、政府采购服务支出 ${prose(services)}。授予中小企业合同金额 ${prose(sme)}，占政府采购支出总额的 ${sharePct(sme, procurement)}%。`);
  w.line("十二、国有资产占用情况说明");
  w.line(`截至 ${r.year} 年 12 月 31 日，${r.department}共有车辆 ${r.sangong.vehicleCount} 辆；单位价值 100 万元以上设备 0 台（套）。`);
}

function performance(w: TextWriter, view: PrintedView): void {
  const r = view.report;
  const t = view.totals;
  w.line("十三、预算绩效情况说明").line("(一)预算绩效管理工作开展情况。");
  w.line(`组织开展了部门整体绩效评价，从评价情况来看，${r.year} 年全年预算数为 ${prose(r.overallBudget)}，执行数为 ${prose(t.total)}（其中：基本支出 ${prose(t.basic)}，项目支出 ${prose(t.project)}），执行率为 ${trimPct(pct(t.total, r.overallBudget) ?? "0")}%。`);
  w.line("（二）部门决算中项目绩效自评结果。");
  w.line(`本单位今年在部门决算中反映 ${r.projects.length} 个项目绩效自评结果。`);
  r.projects.forEach((p, i) => {
    w.line(`${i + 1}.${p.name}项目绩效自评综述：项目全年预算数为 ${prose(p.budget)}，执行数为 ${prose(p.actual)}，完成预算 ${trimPct(pct(p.actual, p.budget) ?? "0")}%。`);
  });
  w.line("十四、专项支出、转移支付支出情况说明").line("本单位当年无财政专项支出、专项转移支付支出。");
  w.line("第四部分 其他需要说明的情况").line("无。");
}

/** 第三部分 决算情况说明, sentence for sentence in the pattern of the 咸宁 report. */
export function renderNarrative(w: TextWriter, view: PrintedView): void {
  overview(w, view);
  generalBudget(w, view);
  basicAndFunds(w, view);
  sangong(w, view);
  otherFigures(w, view);
  performance(w, view);
}
