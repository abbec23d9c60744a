import type ExcelJS from "exceljs";
import type { WanCents } from "./units";

const MONEY_FORMAT = "#,##0.00";

/** A cell value as bureaus export it: codes and labels as text, money as numbers formatted to 2 decimals. */
export type SheetValue = string | { money: WanCents; showZero?: boolean } | { int: number } | null;

export class SheetWriter {
  constructor(readonly sheet: ExcelJS.Worksheet) {}

  set(row: number, col: number, value: SheetValue): void {
    if (value === null) return;
    const cell = this.sheet.getCell(row, col);
    if (typeof value === "string") {
      if (value !== "") cell.value = value;
      if (value.includes("\n")) cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    } else if ("int" in value) {
      cell.value = value.int;
    } else if (value.money !== 0 || value.showZero === true) {
      cell.value = value.money / 100;
      cell.numFmt = MONEY_FORMAT;
    }
  }

  row(row: number, values: ReadonlyArray<SheetValue>, firstCol = 1): void {
    values.forEach((value, i) => this.set(row, firstCol + i, value));
  }

  merge(top: number, left: number, bottom: number, right: number, value: string): void {
    this.set(top, left, value);
    if (bottom > top || right > left) this.sheet.mergeCells(top, left, bottom, right);
  }

  /** Title, table number and unit rows shared by every table sheet; returns the next free row. */
  heading(title: string, number: string, department: string, width: number): number {
    this.merge(1, 1, 1, width, title);
    this.set(2, width, `公开${number}表`);
    this.set(3, 1, `部门：${department}`);
    this.set(3, width, "金额单位：万元");
    return 4;
  }
}

export const money = (value: WanCents, showZero = false): SheetValue => ({ money: value, showZero });
export const int = (value: number): SheetValue => ({ int: value });

/** Long headers as bureaus type them, broken inside the cell ("本年收入\n合计"): the reader has to cope. */
export function wrapped(header: string): string {
  const breaks: Record<string, string> = {
    本年收入合计: "本年收入\n合计",
    本年支出合计: "本年支出\n合计",
    附属单位上缴收入: "附属单位\n上缴收入",
    对附属单位补助支出: "对附属单位\n补助支出",
    "因公出国（境）费": "因公出国\n（境）费",
    公务用车运行维护费: "公务用车\n运行维护费",
  };
  return breaks[header] ?? header;
}
