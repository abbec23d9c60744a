import { Decimal, type MoneyUnit } from "@/lib/money";
import type { Location, Unread } from "@/lib/parsers/contract";
import type { TableSection } from "@/lib/parsers/tables/find-tables";
import { amountOf, compact, locationOf, tokenize } from "@/lib/parsers/tables/tokens";

/** 公开07表 / 公开08表: usually empty with a "本部门无…" statement; otherwise only the 本年支出 total is kept. */
export interface FundTable {
  empty: boolean | null;
  statement: string | null;
  total: Decimal | null;
  /** 本年收入, where the table has a column for it (the 07 form with 年初结转); undefined when it has none. */
  income?: Decimal | null;
  location: Location | null;
  unread: Unread[];
}

const STATEMENT = /(本部门|本单位|本年度|当年|我部门|我单位).{0,30}(无|没有|未发生|未安排)|本表无数据|故本表为空/;
const END = /^(注[:：])/;
const SPENDING_WORDS = ["本年支出合计", "本年支出", "支出合计", "合计"];

export function parseFundTable(section: TableSection, unit: MoneyUnit): FundTable {
  const unread: Unread[] = [];
  // "无…的，仍保留该表格式" is the template's instruction, not the department's statement.
  const statementLine = section.lines.find((l) => STATEMENT.test(compact(l.text)) && !/^无.*的[,，]仍保留/.test(compact(l.text)));
  const statement = statementLine ? statementLine.text.replace(/^说明[:：]\s*/, "").trim() : null;
  const endAt = section.lines.findIndex((l) => END.test(compact(l.cells[0]?.text ?? "")));
  const tokens = tokenize(endAt < 0 ? section.lines : section.lines.slice(0, endAt));
  const amounts = tokens.filter((t) => t.kind === "amount");
  const values = amounts.map((t) => amountOf(t, unit));
  const allZero = values.every((v) => v === null || v.isZero());
  const location = amounts[0] ? locationOf(amounts[0].line, section.id, { row: "合计" }) : locationOf(section.titleLine, section.id);
  const header = compact(section.lines.map((l) => l.text).join(""));
  const hasCarry = header.includes("年初结转");
  if (allZero) {
    // A stated "无…" or printed zeros both say the amount is zero; without either the table is just blank.
    const total = statement !== null || amounts.length > 0 ? new Decimal(0) : null;
    return { empty: true, statement, total, ...(hasCarry ? { income: total } : {}), location, unread };
  }
  const totalToken = tokens.find((t) => compact(t.text) === "合计" && tokens.some((a) => a.kind === "amount" && a.line === t.line));
  const rowAmounts = totalToken ? tokens.filter((t) => t.kind === "amount" && t.line === totalToken.line) : [];
  const spendingIndex = hasCarry ? 2 : 0;
  const expected = hasCarry ? 6 : 3;
  if (!totalToken || rowAmounts.length !== expected || !SPENDING_WORDS.some((w) => header.includes(w))) {
    unread.push({ section: section.label, reason: "表中有非零金额，但合计行的本年支出列无法唯一确定", location });
    return { empty: false, statement, total: null, ...(hasCarry ? { income: null } : {}), location, unread };
  }
  const token = rowAmounts[spendingIndex];
  const total = token ? amountOf(token, unit) : null;
  if (!hasCarry) return { empty: false, statement, total, location, unread };
  const income = rowAmounts[1];
  return { empty: false, statement, total, income: income ? amountOf(income, unit) : null, location, unread };
}

