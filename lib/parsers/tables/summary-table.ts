import type { DocLine } from "@/lib/parsers/document";
import { FUNCTION_CLASSES } from "@/lib/domain/function-classes";
import { compact, tokenize, type Token } from "@/lib/parsers/tables/tokens";

/** One labelled figure of a two-sided summary table (01, 04): "一、一般公共预算财政拨款收入 1 2,907.40". */
export interface SummaryEntry {
  label: string;
  rowNumber: number | null;
  amounts: Token[];
  line: DocLine;
}

const ENUMERATOR = /^[一二三四五六七八九十]+[、.．]/;
const LABEL_START =
  /^([一二三四五六七八九十]+[、.．]|本年收入合计|本年支出合计|收入总计|支出总计|总计|年初|年末|使用非财政|结余分配|用事业基金弥补)/;
const END = /^(注[:：]|说明[:：])/;

export function stripEnumerator(label: string): string {
  return compact(label).replace(ENUMERATOR, "");
}

/** The body starts at the first enumerated row ("一、…"). */
export function summaryBodyStart(lines: ReadonlyArray<DocLine>): number {
  const index = lines.findIndex((l) => ENUMERATOR.test(compact(l.cells[0]?.text ?? "")));
  return index < 0 ? lines.length : index;
}

/**
 * Reads the table as one stream of cells: the two sides of a row share a line in print, and extraction wraps labels
 * over lines, so lines are not rows. A label runs until a number; an integer right after a label is its 行次; a
 * decimal is an amount of the current entry; an integer after a number opens an unlabelled entry (the left side
 * of "9 九、卫生健康支出 39 80.06" is only a 行次).
 */
/**
 * Where the 行次 columns are on a positioned page ("行次", or "行" above "次"); null for plain text, where a bare
 * integer right after a label is taken as the 行次.
 */
export function rowNumberColumns(header: ReadonlyArray<DocLine>): Array<{ x0: number; x1: number }> | null {
  const cells = header.flatMap((l) => l.cells);
  if (cells.length === 0 || cells.some((c) => c.x0 === undefined || c.x1 === undefined)) return null;
  return cells.filter((c) => /^行次?$/.test(compact(c.text))).map((c) => ({ x0: c.x0 ?? 0, x1: c.x1 ?? 0 }));
}

function inColumn(token: Token, columns: ReadonlyArray<{ x0: number; x1: number }>): boolean {
  return columns.some((c) => {
    // Spreadsheet columns (x0 = x1) match exactly; on a page a centred 行次 may stick out of its narrow header.
    const slack = c.x1 === c.x0 ? 0 : 6;
    return Math.min(token.x1 ?? 0, c.x1 + slack) - Math.max(token.x0 ?? 0, c.x0 - slack) >= 0;
  });
}

export function readSummaryEntries(
  body: ReadonlyArray<DocLine>,
  rowNumbers: ReadonlyArray<{ x0: number; x1: number }> | null = null,
): SummaryEntry[] {
  const endAt = body.findIndex((l) => END.test(compact(l.cells[0]?.text ?? "")));
  const tokens = tokenize(endAt < 0 ? body : body.slice(0, endAt));
  const entries: SummaryEntry[] = [];
  let current: SummaryEntry | null = null;
  let lastWasNumber = false;
  for (const token of tokens) {
    if (token.kind === "text") {
      const text = compact(token.text);
      if (!current || lastWasNumber || LABEL_START.test(text)) {
        current = { label: text, rowNumber: null, amounts: [], line: token.line };
        entries.push(current);
      } else {
        current.label += text;
      }
      lastWasNumber = false;
      continue;
    }
    // On a positioned page an integer is a 行次 only inside a 行次 column; elsewhere it is an amount (48 万元).
    const kind = token.kind === "int" && rowNumbers !== null && token.x0 !== undefined && !inColumn(token, rowNumbers) ? "amount" : token.kind;
    if (kind === "amount" || kind === "dash") {
      if (current) current.amounts.push(token);
      lastWasNumber = true;
      continue;
    }
    if (token.kind === "int" && current && !lastWasNumber && current.rowNumber === null && current.label !== "") {
      current.rowNumber = Number(token.text);
    } else if (token.kind === "int") {
      current = { label: "", rowNumber: Number(token.text), amounts: [], line: token.line };
      entries.push(current);
    } else if (current) {
      current.amounts.push(token);
    }
    lastWasNumber = true;
  }
  return entries;
}

const CLASS_BY_NAME = new Map(FUNCTION_CLASSES.map((c) => [compact(c.name), c.code]));

/** "十九、住房保障支出" → "221"; null for a label that is not a national 类. */
export function classCodeOf(label: string): string | null {
  const name = stripEnumerator(label);
  const exact = CLASS_BY_NAME.get(name);
  if (exact) return exact;
  const loose = FUNCTION_CLASSES.find((c) => name.startsWith(compact(c.shortName)) && name.endsWith("支出"));
  return loose?.code ?? null;
}

export type IncomeKey =
  | "generalBudget"
  | "governmentFund"
  | "stateCapital"
  | "superior"
  | "business"
  | "operating"
  | "subsidiary"
  | "other";

const INCOME_PATTERNS: ReadonlyArray<readonly [IncomeKey, RegExp]> = [
  ["generalBudget", /^一般公共预算(财政)?拨款(收入)?$/],
  ["governmentFund", /^政府性基金预算(财政)?拨款(收入)?$/],
  ["stateCapital", /^国有资本经营预算(财政)?拨款(收入)?$/],
  ["superior", /^上级补助收入$/],
  ["business", /^事业收入$/],
  ["operating", /^经营收入$/],
  ["subsidiary", /^附属单位上缴收入$/],
  ["other", /^其他收入$/],
];

export function incomeKeyOf(label: string): IncomeKey | null {
  const name = stripEnumerator(label);
  return INCOME_PATTERNS.find(([, pattern]) => pattern.test(name))?.[0] ?? null;
}
