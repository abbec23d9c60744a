import { describe, expect, test } from "vitest";
import { joinItemBudgets, nameSimilarity } from "@/lib/parsers/assemble-items";
import type { GpbExpenditureLine } from "@/lib/parsers/contract";
import type { NarrativeItemBudget } from "@/lib/parsers/narrative/types";

const row = (code: string, name: string, total: string): GpbExpenditureLine => ({
  code,
  name,
  level: code.length === 7 ? "项" : code.length === 5 ? "款" : "类",
  location: { page: 1, line: 1, table: "05" },
  total,
  basic: null,
  project: null,
  budgetInitial: null,
  budgetFull: null,
});

const ROWS = (): GpbExpenditureLine[] => [
  row("201", "一般公共服务支出", "300.00"),
  row("20103", "政府办公厅（室）及相关机构事务", "300.00"),
  row("2010301", "行政运行", "100.00"),
  row("2010302", "一般行政管理事务", "200.00"),
  row("217", "金融支出", "50.00"),
  row("21701", "金融部门行政支出", "50.00"),
  row("2170101", "行政运行", "50.00"),
];

const item = (over: Partial<NarrativeItemBudget>): NarrativeItemBudget => ({
  className: null,
  sectionName: null,
  itemName: "",
  code: null,
  budgetInitial: "1.00",
  budgetFull: null,
  actual: null,
  statedRatePct: null,
  statedRateBasis: null,
  reason: null,
  location: { page: 2, line: 9 },
  ...over,
});

describe("joining narrative 项 budgets to table 05", () => {
  test.each([
    ["same name in two classes: the class decides", item({ className: "金融支出", itemName: "行政运行" }), "2170101"],
    ["class named without 支出", item({ className: "一般公共服务", sectionName: "政府办公厅(室)及相关机构事务", itemName: "行政运行" }), "2010301"],
    ["reordered words (一般行政事务管理)", item({ className: "一般公共服务支出", itemName: "一般行政事务管理", actual: "200.00" }), "2010302"],
    ["by code when printed", item({ code: "2010302", itemName: "whatever" }), "2010302"],
  ])("%s", (_name, narrative, code) => {
    const { rows, unread } = joinItemBudgets(ROWS(), [narrative]);
    expect(unread).toEqual([]);
    expect(rows.find((r) => r.budgetInitial !== null)?.code).toBe(code);
  });

  test("an item with no counterpart is reported, not forced", () => {
    const { rows, unread } = joinItemBudgets(ROWS(), [item({ className: "一般公共服务支出", itemName: "信访事务" })]);
    expect(rows.every((r) => r.budgetInitial === null)).toBe(true);
    expect(unread[0]?.reason).toContain("信访事务");
  });

  test("an ambiguous name without class is reported", () => {
    const { unread } = joinItemBudgets(ROWS(), [item({ itemName: "行政运行" })]);
    expect(unread).toHaveLength(1);
  });

  test("similarity ignores order and brackets", () => {
    expect(nameSimilarity("一般行政事务管理", "一般行政管理事务")).toBe(1);
    expect(nameSimilarity("政府办公厅(室)及相关机构事务", "政府办公厅（室）及相关机构事务")).toBe(1);
    expect(nameSimilarity("行政运行", "住房公积金")).toBe(0);
  });
});
