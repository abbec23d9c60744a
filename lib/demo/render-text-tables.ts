import { FUNCTION_CLASSES } from "@/lib/domain/function-classes";
import { sangongTotal } from "./report-figures";
import type { PrintedView } from "./printed-view";
import type { TextWriter } from "./text-writer";
import type { DemoEconomicLine, DemoReport } from "./types";
import { wanTable, type WanCents } from "./units";

const ORDINALS = [
  "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八",
  "十九", "二十", "二十一", "二十二", "二十三", "二十四", "二十五", "二十六",
];

/** Blank for zero, as the bureaus print empty cells. */
const cell = (value: WanCents): string | null => (value === 0 ? null : wanTable(value));

export const INCOME_ROWS_01 = [
  "一般公共预算财政拨款收入",
  "政府性基金预算财政拨款收入",
  "国有资本经营预算财政拨款收入",
  "上级补助收入",
  "事业收入",
  "经营收入",
  "附属单位上缴收入",
  "其他收入",
] as const;

/** The "部门：" line of every table: a 汇总 says so after the name, as district reports print it. */
export function headerDepartment(report: DemoReport): string {
  return report.scope === "汇总" ? `${report.department}（汇总）` : report.department;
}

/** 部门决算 or, for a unit filing its own accounts, 单位决算. */
export function accountsKind(report: DemoReport): "部门" | "单位" {
  return report.scope === "单位" ? "单位" : "部门";
}

function heading(w: TextWriter, title: string, number: string, report: DemoReport): void {
  w.page().line(title).line(`公开 ${number} 表`).line(`部门：${headerDepartment(report)}`, "金额单位：万元");
}

export function incomeRowAmounts(view: PrintedView): WanCents[] {
  return [view.totals.gpbIncome, 0, 0, 0, view.totals.business, 0, 0, view.totals.other];
}

function classAmount(view: PrintedView, code: string, pick: "total" | "gpbTotal"): WanCents {
  return view.rows.find((r) => r.level === "类" && r.code === code)?.[pick] ?? 0;
}

export function renderTable01(w: TextWriter, view: PrintedView): void {
  const { department, year } = view.report;
  w.page().line(`第二部分 ${department} ${year} 年度${accountsKind(view.report)}决算表`);
  w.line("一、收入支出决算总表").line("公开 01 表").line(`部门：${headerDepartment(view.report)}`, "金额单位：万元");
  w.line("收入", "支出").line("项目", "行次", "金额", "项目", "行次", "金额").line("栏次", "1", "栏次", "2");
  const income = incomeRowAmounts(view);
  FUNCTION_CLASSES.forEach((klass, i) => {
    const label = i < INCOME_ROWS_01.length ? `${ORDINALS[i]}、${INCOME_ROWS_01[i]}` : null;
    const amount = i < income.length ? cell(income[i] ?? 0) : null;
    w.line(label, String(i + 1), amount, `${ORDINALS[i]}、${klass.name}`, String(31 + i), cell(classAmount(view, klass.code, "total")));
  });
  const t = view.totals;
  w.line("本年收入合计", "27", wanTable(t.income), "本年支出合计", "57", wanTable(t.total));
  w.line("使用非财政拨款结余（含专用结余）", "28", "结余分配", "58");
  w.line("年初结转和结余", "29", wanTable(t.carryStart), "年末结转和结余", "59", wanTable(t.carryEnd));
  w.line("总计", "30", wanTable(t.grand), "总计", "60", wanTable(t.grand));
  w.line("注：本表反映部门本年度的总收支和年末结转结余情况。");
}

export function renderTable02(w: TextWriter, view: PrintedView): void {
  heading(w, "二、收入决算表", "02", view.report);
  w.line("项目", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入");
  w.line("科目代码", "科目名称").line("栏次", "1", "2", "3", "4", "5", "6", "7");
  const t = view.totals;
  w.line("合计", wanTable(t.income), cell(t.gpbIncome), cell(t.business), cell(t.other));
  for (const r of view.rows) w.line(r.code, r.name, wanTable(r.income), cell(r.gpbIncome), cell(r.business), cell(r.other));
  w.line("注：本表反映部门本年度取得的各项收入情况。");
}

export function renderTable03(w: TextWriter, view: PrintedView): void {
  heading(w, "三、支出决算表", "03", view.report);
  w.line("项目", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出");
  w.line("科目代码", "科目名称").line("栏次", "1", "2", "3", "4", "5", "6");
  const t = view.totals;
  w.line("合计", wanTable(t.total), cell(t.basic), cell(t.project));
  for (const r of view.rows03) w.line(r.code, r.name, wanTable(r.total), cell(r.basic), cell(r.project));
  w.line("注：本表反映部门本年度各项支出情况。");
}

export function renderTable04(w: TextWriter, view: PrintedView): void {
  heading(w, "四、财政拨款收入支出决算总表", "04", view.report);
  w.line("收入", "支出");
  w.line("项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款");
  w.line("栏次", "1", "栏次", "2", "3", "4", "5");
  const left = ["一、一般公共预算财政拨款", "二、政府性基金预算财政拨款", "三、国有资本经营预算财政拨款"];
  FUNCTION_CLASSES.forEach((klass, i) => {
    const amount = cell(classAmount(view, klass.code, "gpbTotal"));
    w.line(left[i] ?? null, String(i + 1), i === 0 ? cell(view.totals.gpbIncome) : null, `${ORDINALS[i]}、${klass.name}`, String(33 + i), amount, amount);
  });
  const t = view.totals;
  const gpb = wanTable(t.gpb);
  const start = wanTable(t.carryStart);
  const end = wanTable(t.carryEnd);
  const grand = wanTable(t.gpb + t.carryEnd);
  w.line("本年收入合计", "27", wanTable(t.gpbIncome), "本年支出合计", "59", gpb, gpb);
  w.line("年初财政拨款结转和结余", "28", start, "年末财政拨款结转和结余", "60", end, end);
  w.line("一般公共预算财政拨款", "29", start, "61", end, end).line("政府性基金预算财政拨款", "30", "62").line("国有资本经营预算财政拨款", "31", "63");
  w.line("总计", "32", grand, "总计", "64", grand, grand);
  w.line("注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。");
}

export function renderTable05(w: TextWriter, view: PrintedView): void {
  heading(w, "五、一般公共预算财政拨款支出决算表", "05", view.report);
  w.line("项目", "本年支出").line("科目代码", "科目名称", "小计", "基本支出", "项目支出").line("栏次", "1", "2", "3");
  const t = view.totals;
  w.line("合计", wanTable(t.gpb), cell(t.gpbBasic), cell(t.gpbProject));
  for (const r of view.gpbRows) w.line(r.code, r.name, wanTable(r.gpbTotal), cell(r.gpbBasic), cell(r.gpbProject));
  w.line("注：本表反映部门本年度一般公共预算财政拨款支出情况。");
}

/** Table 06 prints three column groups side by side: 人员经费, then 公用经费 split over two groups (302 | 310). */
export function economicColumns(lines: ReadonlyArray<DemoEconomicLine>): DemoEconomicLine[][] {
  const personnel = lines.filter((l) => l.category === "personnel");
  const goods = lines.filter((l) => l.code.startsWith("302"));
  const capital = lines.filter((l) => l.code.startsWith("310"));
  return [personnel, goods, capital];
}

export function renderTable06(w: TextWriter, view: PrintedView): void {
  heading(w, "六、一般公共预算财政拨款基本支出决算明细表", "06", view.report);
  w.line("人员经费", "公用经费");
  w.line("科目代码", "科目名称", "决算数", "科目代码", "科目名称", "决算数", "科目代码", "科目名称", "决算数");
  const columns = economicColumns(view.report.economic);
  const height = Math.max(...columns.map((c) => c.length));
  for (let i = 0; i < height; i += 1) {
    w.line(...columns.flatMap((column) => {
      const l = column[i];
      return l === undefined ? [] : [l.code, l.name, cell(l.amount)];
    }));
  }
  w.line("人员经费合计", wanTable(view.totals.personnel), "公用经费合计", wanTable(view.totals.publicUse));
  w.line("注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。");
}

export function renderTables0708(w: TextWriter, view: PrintedView): void {
  const { year } = view.report;
  heading(w, "七、政府性基金预算财政拨款收入支出决算表", "07", view.report);
  w.line("项目", "年初结转和结余", "本年收入", "本年支出", "年末结转和结余");
  w.line("科目代码", "科目名称", "小计", "基本支出", "项目支出").line("栏次", "1", "2", "3", "4", "5", "6");
  w.line("合计", "0.00", "0.00", "0.00");
  w.line("注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。");
  w.line(`本部门 ${year} 年度无政府性基金预算财政拨款收入支出。`);
  heading(w, "八、国有资本经营预算财政拨款支出决算表", "08", view.report);
  w.line("项目", "本年支出").line("科目代码", "科目名称", "合计", "基本支出", "项目支出").line("栏次", "1", "2", "3");
  w.line("合计", "0.00", "0.00", "0.00");
  w.line("注：本表反映部门本年度国有资本经营预算财政拨款支出情况。");
  w.line(`本部门 ${year} 年度无国有资本经营预算财政拨款支出。`);
}

export function sangongRow(view: PrintedView): string[] {
  const { budget, actual } = view.report.sangong;
  return [budget, actual].flatMap((f) => [
    wanTable(sangongTotal(f)),
    wanTable(f.outbound),
    wanTable(f.vehiclePurchase + f.vehicleOperation),
    wanTable(f.vehiclePurchase),
    wanTable(f.vehicleOperation),
    wanTable(f.reception),
  ]);
}

export const SANGONG_HEADER = ["合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"];
export const SANGONG_SUBHEADER = ["小计", "公务用车购置费", "公务用车运行维护费"];

export function renderTable09(w: TextWriter, view: PrintedView): void {
  heading(w, "九、财政拨款“三公”经费支出决算表", "09", view.report);
  w.line("预算数", "决算数").line(...SANGONG_HEADER, ...SANGONG_HEADER).line(...SANGONG_SUBHEADER, ...SANGONG_SUBHEADER);
  w.line(...Array.from({ length: 12 }, (_, i) => String(i + 1)));
  w.line(...sangongRow(view));
  w.line("注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。");
}
