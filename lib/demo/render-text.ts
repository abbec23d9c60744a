import { prose } from "./narrative-phrases";
import { printedView, type PrintedView } from "./printed-view";
import { renderNarrative } from "./render-text-narrative";
import {
  renderTable01, renderTable02, renderTable03, renderTable04, renderTable05, renderTable06, renderTable09, renderTables0708,
} from "./render-text-tables";
import { TextWriter } from "./text-writer";
import type { DemoReport } from "./types";
import { pct, trimPct, wanProse } from "./units";

export const DEMO_MARK = "演示数据";

function overview(w: TextWriter, view: PrintedView): void {
  const r = view.report;
  w.page().line(`${DEMO_MARK}：本文件由 Fiscal Lens 演示数据生成器生成，${r.city}为虚构城市，所有数字均为虚构。`);
  w.line(`第一部分 ${r.department}概况`).line("一、部门主要职责");
  w.line(`（一）${r.kind === "行政" ? "贯彻执行国家和省、市有关方针政策和法律法规，履行本部门行政管理职能" : "承担本单位公益服务职能，完成主管部门交办的各项任务"}。`);
  w.line("二、机构设置情况");
  w.line(`核定编制 ${r.staff.established} 名。${r.year} 年年末实际在职人员 ${r.staff.active} 人，退休人员 ${r.staff.retired} 人。`);
  if (r.scope === "单位" && r.parentDepartment !== undefined) w.line(`本单位为${r.parentDepartment}所属事业单位，单独编制单位决算。`);
  if (r.scope === "汇总" && r.units !== undefined) {
    w.line("三、部门决算单位构成");
    w.line(`本部门决算编制范围的单位包括：${[`${r.department}（本级）`, ...r.units].join("、")}。`);
  }
}

function glossary(w: TextWriter): void {
  w.page().line("第五部分 名词解释");
  w.line("(一)一般公共预算财政拨款收入：指市级财政一般公共预算当年拨付的资金。");
  w.line("(二)基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。");
  w.line("(三)项目支出：指在基本支出之外为完成特定行政任务或事业发展目标所发生的支出。");
  w.line("(四)“三公”经费：指用财政拨款安排的因公出国(境)费、公务用车购置及运行费和公务接待费。");
  w.line("(五)机关运行经费：指为保障行政单位（包括参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。");
}

function appendix(w: TextWriter, view: PrintedView): void {
  const r = view.report;
  const t = view.totals;
  w.page().line("第六部分 附件").line("附件 1").line(`${r.year} 年度${r.department}整体绩效自评表`);
  w.line("单位名称", r.department).line("基本支出总额", prose(t.basic), "项目支出总额", prose(t.project));
  w.line("预算执行情况（万元）", "部门整体支出总额", "预算数（A）", "执行数（B）", "执行率（B/A）");
  w.line(`${wanProse(r.overallBudget)} 万元`, `${wanProse(t.total)} 万元`, `${trimPct(pct(t.total, r.overallBudget) ?? "0")}%`);
  r.projects.forEach((p, i) => {
    w.page().line(`附件 ${i + 2}`).line(`${r.year} 年度${p.name}项目绩效自评表`);
    w.line(`单位名称：${r.department}`, `填报日期：${r.year + 1}.3.5`);
    w.line("项目名称", p.name).line("主管部门", r.department, "项目实施单位", r.department);
    w.line("预算执行情况（万元）", "年度财政资金总额", "预算数（A）", "执行数（B）", "执行率（B/A）");
    w.line(wanProse(p.budget), wanProse(p.actual), `${trimPct(pct(p.actual, p.budget) ?? "0")}%`);
    w.line("一级指标", "二级指标", "三级指标", "年初目标值", "实际完成值");
    for (const ind of p.indicators) w.line(ind.level1, ind.level2, ind.name, ind.target, ind.actual);
  });
}

/** The prose parts (概况, 情况说明, 名词解释) and the 绩效自评 appendix, for renderers that lay tables out themselves. */
export function renderProseParts(view: PrintedView): { narrative: TextWriter; appendix: TextWriter } {
  const narrative = new TextWriter();
  overview(narrative, view);
  renderNarrative(narrative, view);
  glossary(narrative);
  const appendixWriter = new TextWriter();
  appendix(appendixWriter, view);
  return { narrative, appendix: appendixWriter };
}

/** The whole report as extracted text, in the layout of the 咸宁 sample (tables without wrapped cells). */
export function renderReportText(report: DemoReport): string {
  const view = printedView(report);
  const w = new TextWriter();
  overview(w, view);
  renderTable01(w, view);
  renderTable02(w, view);
  renderTable03(w, view);
  renderTable04(w, view);
  renderTable05(w, view);
  renderTable06(w, view);
  renderTables0708(w, view);
  renderTable09(w, view);
  renderNarrative(w, view);
  glossary(w);
  appendix(w, view);
  return w.toString();
}

export function demoFileName(report: DemoReport, format: "text" | "xlsx"): string {
  return `${report.fileStem}.${format === "text" ? "txt" : "xlsx"}`;
}
