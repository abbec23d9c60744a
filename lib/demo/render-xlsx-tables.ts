import { FUNCTION_CLASSES } from "@/lib/domain/function-classes";
import type { PrintedView } from "./printed-view";
import { sangongTotal } from "./report-figures";
import { economicColumns, INCOME_ROWS_01, incomeRowAmounts } from "./render-text-tables";
import { int, money, wrapped, type SheetWriter } from "./xlsx-sheet";

const ORDINAL = (i: number) => ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十", "二十一", "二十二", "二十三", "二十四", "二十五", "二十六"][i] ?? String(i + 1);

function classAmount(view: PrintedView, code: string, pick: "total" | "gpbTotal"): number {
  return view.rows.find((r) => r.level === "类" && r.code === code)?.[pick] ?? 0;
}

export function sheet01(w: SheetWriter, view: PrintedView): void {
  let r = w.heading("收入支出决算总表", "01", view.report.department, 6);
  w.merge(r, 1, r, 3, "收入");
  w.merge(r, 4, r, 6, "支出");
  w.row(++r, ["项目", "行次", "金额", "项目", "行次", "金额"]);
  w.row(++r, ["栏次", null, "1", "栏次", null, "2"]);
  const income = incomeRowAmounts(view);
  FUNCTION_CLASSES.forEach((klass, i) => {
    const label = i < INCOME_ROWS_01.length ? `${ORDINAL(i)}、${INCOME_ROWS_01[i]}` : null;
    w.row(++r, [label, int(i + 1), money(income[i] ?? 0), `${ORDINAL(i)}、${klass.name}`, int(31 + i), money(classAmount(view, klass.code, "total"))]);
  });
  const t = view.totals;
  w.row(++r, ["本年收入合计", int(27), money(t.income), "本年支出合计", int(57), money(t.total)]);
  w.row(++r, ["使用非财政拨款结余（含专用结余）", int(28), null, "结余分配", int(58)]);
  w.row(++r, ["年初结转和结余", int(29), money(t.carryStart), "年末结转和结余", int(59), money(t.carryEnd)]);
  w.row(++r, ["总计", int(30), money(t.grand), "总计", int(60), money(t.grand)]);
  w.set(++r, 1, "注：本表反映部门本年度的总收支和年末结转结余情况。");
}

/** Tables 02/03/05: 科目代码 | 科目名称 | amount columns, header cells merged over two rows like the printed form. */
function codeTable(w: SheetWriter, title: string, number: string, view: PrintedView, headers: string[], group: string | null): number {
  const width = 2 + headers.length;
  let r = w.heading(title, number, view.report.department, width);
  w.merge(r, 1, r, 2, "项目");
  if (group !== null) {
    w.merge(r, 3, r, width, group);
    w.row(r + 1, ["科目代码", "科目名称", ...headers]);
  } else {
    headers.forEach((h, i) => w.merge(r, 3 + i, r + 1, 3 + i, wrapped(h)));
    w.row(r + 1, ["科目代码", "科目名称"]);
  }
  r += 2;
  w.row(r, ["栏次", null, ...headers.map((_, i) => String(i + 1))]);
  return r;
}

export function sheet02(w: SheetWriter, view: PrintedView): void {
  const headers = ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"];
  let r = codeTable(w, "收入决算表", "02", view, headers, null);
  const t = view.totals;
  w.merge(++r, 1, r, 2, "合计");
  w.row(r, [money(t.income), money(t.gpbIncome), null, money(t.business), null, null, money(t.other)], 3);
  for (const x of view.rows) w.row(++r, [x.code, x.name, money(x.income), money(x.gpbIncome), null, money(x.business), null, null, money(x.other)]);
  w.set(++r, 1, "注：本表反映部门本年度取得的各项收入情况。");
}

export function sheet03(w: SheetWriter, view: PrintedView): void {
  const headers = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"];
  let r = codeTable(w, "支出决算表", "03", view, headers, null);
  const t = view.totals;
  w.merge(++r, 1, r, 2, "合计");
  w.row(r, [money(t.total), money(t.basic), money(t.project)], 3);
  for (const x of view.rows03) w.row(++r, [x.code, x.name, money(x.total), money(x.basic), money(x.project)]);
  w.set(++r, 1, "注：本表反映部门本年度各项支出情况。");
}

export function sheet04(w: SheetWriter, view: PrintedView): void {
  let r = w.heading("财政拨款收入支出决算总表", "04", view.report.department, 9);
  w.merge(r, 1, r, 3, "收入");
  w.merge(r, 4, r, 9, "支出");
  w.row(++r, ["项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]);
  w.row(++r, ["栏次", null, "1", "栏次", null, "2", "3", "4", "5"]);
  const left = ["一、一般公共预算财政拨款", "二、政府性基金预算财政拨款", "三、国有资本经营预算财政拨款"];
  FUNCTION_CLASSES.forEach((klass, i) => {
    const amount = money(classAmount(view, klass.code, "gpbTotal"));
    w.row(++r, [left[i] ?? null, int(i + 1), i === 0 ? money(view.totals.gpbIncome) : null, `${ORDINAL(i)}、${klass.name}`, int(33 + i), amount, amount]);
  });
  const t = view.totals;
  const gpb = money(t.gpb);
  const start = money(t.carryStart);
  const end = money(t.carryEnd);
  const grand = money(t.gpb + t.carryEnd);
  w.row(++r, ["本年收入合计", int(27), money(t.gpbIncome), "本年支出合计", int(59), gpb, gpb]);
  w.row(++r, ["年初财政拨款结转和结余", int(28), start, "年末财政拨款结转和结余", int(60), end, end]);
  w.row(++r, ["一般公共预算财政拨款", int(29), start, null, int(61), end, end]);
  w.row(++r, ["政府性基金预算财政拨款", int(30), null, null, int(62)]);
  w.row(++r, ["国有资本经营预算财政拨款", int(31), null, null, int(63)]);
  w.row(++r, ["总计", int(32), grand, "总计", int(64), grand, grand]);
  w.set(++r, 1, "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。");
}

export function sheet05(w: SheetWriter, view: PrintedView): void {
  let r = codeTable(w, "一般公共预算财政拨款支出决算表", "05", view, ["小计", "基本支出", "项目支出"], "本年支出");
  const t = view.totals;
  w.merge(++r, 1, r, 2, "合计");
  w.row(r, [money(t.gpb), money(t.gpbBasic), money(t.gpbProject)], 3);
  for (const x of view.gpbRows) w.row(++r, [x.code, x.name, money(x.gpbTotal), money(x.gpbBasic), money(x.gpbProject)]);
  w.set(++r, 1, "注：本表反映部门本年度一般公共预算财政拨款支出情况。");
}

export function sheet06(w: SheetWriter, view: PrintedView): void {
  let r = w.heading("一般公共预算财政拨款基本支出决算明细表", "06", view.report.department, 9);
  w.merge(r, 1, r, 3, "人员经费");
  w.merge(r, 4, r, 9, "公用经费");
  w.row(++r, ["科目代码", "科目名称", "决算数", "科目代码", "科目名称", "决算数", "科目代码", "科目名称", "决算数"]);
  const columns = economicColumns(view.report.economic);
  const height = Math.max(...columns.map((c) => c.length));
  for (let i = 0; i < height; i += 1) {
    r += 1;
    columns.forEach((column, c) => {
      const line = column[i];
      if (line !== undefined) w.row(r, [line.code, line.name, money(line.amount)], 1 + c * 3);
    });
  }
  w.row(++r, ["人员经费合计", null, money(view.totals.personnel, true), "公用经费合计", null, money(view.totals.publicUse, true)]);
  w.set(++r, 1, "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。");
}

export function sheet07(w: SheetWriter, view: PrintedView): void {
  let r = w.heading("政府性基金预算财政拨款收入支出决算表", "07", view.report.department, 8);
  w.merge(r, 1, r, 2, "项目");
  w.merge(r, 5, r, 7, "本年支出");
  w.row(r, ["年初结转和结余", "本年收入"], 3);
  w.set(r, 8, "年末结转和结余");
  w.row(++r, ["科目代码", "科目名称", null, null, "小计", "基本支出", "项目支出"]);
  w.row(++r, ["栏次", null, "1", "2", "3", "4", "5", "6"]);
  w.merge(++r, 1, r, 2, "合计");
  w.row(r, [money(0, true), money(0, true), money(0, true)], 3);
  w.set(++r, 1, "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。");
  w.set(++r, 1, `本部门 ${view.report.year} 年度无政府性基金预算财政拨款收入支出。`);
}

export function sheet08(w: SheetWriter, view: PrintedView): void {
  let r = codeTable(w, "国有资本经营预算财政拨款支出决算表", "08", view, ["合计", "基本支出", "项目支出"], "本年支出");
  w.merge(++r, 1, r, 2, "合计");
  w.row(r, [money(0, true), money(0, true), money(0, true)], 3);
  w.set(++r, 1, "注：本表反映部门本年度国有资本经营预算财政拨款支出情况。");
  w.set(++r, 1, `本部门 ${view.report.year} 年度无国有资本经营预算财政拨款支出。`);
}

export function sheet09(w: SheetWriter, view: PrintedView): void {
  let r = w.heading("财政拨款“三公”经费支出决算表", "09", view.report.department, 12);
  w.merge(r, 1, r, 6, "预算数");
  w.merge(r, 7, r, 12, "决算数");
  r += 1;
  for (const left of [1, 7]) {
    w.merge(r, left, r + 1, left, "合计");
    w.merge(r, left + 1, r + 1, left + 1, wrapped("因公出国（境）费"));
    w.merge(r, left + 2, r, left + 4, "公务用车购置及运行维护费");
    w.row(r + 1, ["小计", "公务用车购置费", wrapped("公务用车运行维护费")], left + 2);
    w.merge(r, left + 5, r + 1, left + 5, "公务接待费");
  }
  r += 2;
  w.row(r, Array.from({ length: 12 }, (_, i) => String(i + 1)));
  const { budget, actual } = view.report.sangong;
  w.row(++r, [budget, actual].flatMap((f) => [
    money(sangongTotal(f), true), money(f.outbound, true), money(f.vehiclePurchase + f.vehicleOperation, true),
    money(f.vehiclePurchase, true), money(f.vehicleOperation, true), money(f.reception, true),
  ]));
  w.set(++r, 1, "注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。");
}
