import { Decimal, normalizeNumberText, parseAmount, type MoneyUnit } from "@/lib/money";
import type { DocLine } from "@/lib/parsers/document";
import type { Location } from "@/lib/parsers/contract";

/** One cell of a table line, classified once: amounts carry a decimal point, row numbers and codes do not. */
export interface Token {
  text: string;
  kind: "amount" | "int" | "dash" | "text";
  x0?: number;
  x1?: number;
  line: DocLine;
  /** Printed with a % sign (an 执行率 cell): a value, but never an amount of money. */
  percent?: boolean;
}

const DASH = /^[-－—–]{1,2}$/;
const FULLWIDTH = /[０-９．，－]/g;

export function toHalfWidth(text: string): string {
  return text.replace(FULLWIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

export function classifyText(text: string): Token["kind"] {
  if (DASH.test(text)) return "dash";
  const normalized = normalizeNumberText(text);
  if (normalized === null) return "text";
  if (/[.．]/.test(text)) return "amount";
  return /^\d+$/.test(toHalfWidth(text).replace(/[,，]/g, "")) ? "int" : "text";
}

/**
 * Cells of the lines in reading order. A number the extraction broke over lines ("248." at the end of one line,
 * "77" opening the next) is put back together; the same pattern inside one line is two cells and stays so.
 */
export function tokenize(lines: ReadonlyArray<DocLine>): Token[] {
  const tokens: Token[] = [];
  for (const line of lines) {
    line.cells.forEach((cell, index) => {
      const text = cell.text.trim();
      if (text === "") return;
      const previous = tokens[tokens.length - 1];
      const brokenOverLines = index === 0 && previous !== undefined && previous.line !== line;
      if (brokenOverLines && /^\d[\d,]*\.$/.test(toHalfWidth(previous.text)) && /^\d{1,2}$/.test(toHalfWidth(text))) {
        previous.text = toHalfWidth(previous.text + text);
        previous.kind = "amount";
        return;
      }
      const kind = classifyText(text);
      // Full-width digits ("２０１") read as the code or amount they are; names keep their printed form.
      const normalized = kind === "text" || kind === "dash" ? text : toHalfWidth(text);
      tokens.push({ text: normalized, kind, x0: cell.x0, x1: cell.x1, line });
    });
  }
  return tokens;
}

/** Text for matching titles and header words: no spaces, half-width digits and brackets, no quotes. */
export function compact(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u00a0\u3000]+/g, "")
    .replace(/[“”"「」『』‘’'〝〞]/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/：/g, ":");
}

export function amountOf(token: Token, unit: MoneyUnit): Decimal | null {
  return token.kind === "dash" ? null : parseAmount(token.text, unit);
}

export function locationOf(line: DocLine, table: string, extra: Partial<Location> = {}): Location {
  const location: Location = { page: line.page, line: line.line, table, ...extra };
  if (line.sheet !== undefined) location.sheet = line.sheet;
  return location;
}

export function isFunctionCode(text: string): boolean {
  return /^\d{3}(\d{2}){0,2}$/.test(text);
}

export function hasPositions(tokens: ReadonlyArray<Pick<Token, "x0" | "x1">>): boolean {
  return tokens.length > 0 && tokens.every((t) => t.x0 !== undefined && t.x1 !== undefined);
}
