import type { DocLine } from "@/lib/parsers/document";
import { classifyText, compact, isFunctionCode, tokenize, type Token } from "@/lib/parsers/tables/tokens";

/** One logical row of a 类/款/项 table, put back together from the lines extraction broke it into. */
export interface CodeRow {
  code: string | null;
  name: string;
  values: Token[];
  /** The values line by line as extracted (values = groups.flat()): what a re-reading may move to another row. */
  groups: Token[][];
  /** The line holding the code (or the 合计 label). */
  line: DocLine;
  /** Whether the code's own line carried a name (rows printed with the name wrapped around the code line do not). */
  nameOnCodeLine: boolean;
}

const TOTAL_LABEL = /^(合计|总计)$/;
const HEADER_WORD = /^(栏次|科目编码|科目代码|功能分类|项目|科目名称|类|款|项)$/;
const PERCENT = /^(-?\d+(?:\.\d+)?)[%％]$/;
const END = /^(注[:：]|说明[:：]|备注[:：])/;

/** Where the header ends: the first line that starts with a 合计 label or a functional code. */
export function firstBodyIndex(lines: ReadonlyArray<DocLine>): number {
  const numbersOnly = (line: DocLine | undefined): boolean =>
    line !== undefined && line.cells.length > 0 && line.cells.every((c) => classifyText(c.text) !== "text");
  const index = lines.findIndex((line, i) => {
    const first = line.cells[0]?.text ?? "";
    if (TOTAL_LABEL.test(compact(first))) {
      // "合计" whose amounts wrapped to the next line starts the body too; a bare "合计" in the header does not.
      return line.cells.some((c) => classifyText(c.text) !== "text") || (line.cells.length === 1 && numbersOnly(lines[i + 1]));
    }
    return isFunctionCode(first) && !line.text.includes("栏次");
  });
  return index < 0 ? lines.length : index;
}

/** "201 03 01" or separate 类/款/项 columns → "2010301"; returns the code and how many tokens it used. */
function leadingCode(tokens: ReadonlyArray<Token>): { code: string; used: number } | null {
  const first = tokens[0];
  if (!first || first.kind !== "int" || !isFunctionCode(first.text)) return null;
  if (first.text.length !== 3) return { code: first.text, used: 1 };
  let code = first.text;
  let used = 1;
  while (used < 3) {
    const next = tokens[used];
    if (!next || next.kind !== "int" || !/^\d{2}$/.test(next.text)) break;
    code += next.text;
    used += 1;
  }
  return { code, used };
}

interface Piece {
  code: string | null;
  total: boolean;
  name: string;
  values: Token[];
  line: DocLine;
}

function pieceOf(line: DocLine): Piece | null {
  const tokens = tokenize([line]);
  if (tokens.length === 0) return null;
  const lead = leadingCode(tokens);
  let rest = lead ? tokens.slice(lead.used) : tokens;
  const firstText = compact(rest[0]?.text ?? "");
  const total = !lead && TOTAL_LABEL.test(firstText);
  if (total) rest = rest.slice(1);
  const names: string[] = [];
  const values: Token[] = [];
  for (const token of rest) {
    const percent = PERCENT.exec(token.text);
    if (percent?.[1] !== undefined) {
      values.push({ ...token, text: percent[1], kind: "amount", percent: true });
      continue;
    }
    // Integers after the code are amounts too: spreadsheets store 48 万元 as 48, not "48.00".
    if (token.kind === "amount" || token.kind === "dash" || token.kind === "int") {
      values.push(token);
    } else {
      names.push(token.text);
    }
  }
  return { code: lead?.code ?? null, total, name: names.join(""), values, line };
}

/**
 * Rows of a functional-code table body. A wrapped name continues on the next lines until the amounts arrive; a name
 * printed around a code line (head above, tail below, the code line holding only amounts) is split between the
 * neighbouring rows: a fragment goes to the row below when that row's own line has no name.
 */
export function buildCodeRows(body: ReadonlyArray<DocLine>): CodeRow[] {
  if (body.length > 0 && body.every((l) => l.y !== undefined)) return buildPositionedRows(body);
  const rows: CodeRow[] = [];
  let floating: string[] = [];
  let current: CodeRow | null = null;
  for (const line of body) {
    const head = compact(line.cells[0]?.text ?? "");
    if (END.test(head)) break;
    if (HEADER_WORD.test(head) || line.text.includes("栏次")) continue;
    const piece = pieceOf(line);
    if (!piece) continue;
    if (piece.code !== null || piece.total) {
      const row: CodeRow = {
        code: piece.code,
        name: piece.total ? "合计" : piece.name,
        values: piece.values,
        groups: piece.values.length > 0 ? [piece.values] : [],
        line,
        nameOnCodeLine: piece.name !== "" || piece.total,
      };
      if (floating.length > 0) {
        const giveTail = row.nameOnCodeLine || (current !== null && !current.nameOnCodeLine && floating.length > 1);
        if (giveTail && current) current.name += floating.shift() ?? "";
        if (!row.nameOnCodeLine) row.name = floating.join("") + row.name;
        else if (current) current.name += floating.join("");
        floating = [];
      }
      rows.push(row);
      current = row;
      continue;
    }
    if (!current) continue;
    if (current.values.length === 0) {
      current.name += piece.name;
      current.values = piece.values;
      if (piece.values.length > 0) current.groups.push(piece.values);
    } else if (piece.values.length === 0) {
      floating.push(piece.name);
    } else {
      current.values = [...current.values, ...piece.values];
      current.groups.push(piece.values);
      current.name += piece.name;
    }
  }
  if (current && floating.length > 0) current.name += floating.join("");
  return rows;
}

/**
 * With vertical positions a wrapped name fragment belongs to the code row it sits closest to: PDFs centre a long
 * name on its row, so the head is printed above the code line and the tail below it.
 */
function buildPositionedRows(body: ReadonlyArray<DocLine>): CodeRow[] {
  const rows: Array<CodeRow & { y: number; above: string[]; below: string[] }> = [];
  const fragments: Array<{ y: number; page: number; name: string }> = [];
  for (const line of body) {
    const head = compact(line.cells[0]?.text ?? "");
    if (END.test(head)) break;
    if (HEADER_WORD.test(head) || line.text.includes("栏次")) continue;
    const piece = pieceOf(line);
    if (!piece) continue;
    const y = line.y ?? 0;
    if (piece.code !== null || piece.total) {
      rows.push({
        code: piece.code,
        name: piece.total ? "合计" : piece.name,
        values: piece.values,
        groups: piece.values.length > 0 ? [piece.values] : [],
        line,
        nameOnCodeLine: piece.name !== "" || piece.total,
        y,
        above: [],
        below: [],
      });
    } else if (piece.values.length === 0) {
      fragments.push({ y, page: line.page, name: piece.name });
    } else {
      const previous = rows[rows.length - 1];
      if (previous) {
        previous.values = [...previous.values, ...piece.values];
        previous.groups.push(piece.values);
      }
    }
  }
  for (const fragment of fragments) {
    let best: (typeof rows)[number] | null = null;
    for (const row of rows) {
      // y is measured within a page: a fragment never belongs to a row printed on another page.
      if (row.code === null || row.line.page !== fragment.page) continue;
      if (!best || Math.abs(row.y - fragment.y) < Math.abs(best.y - fragment.y)) best = row;
    }
    if (!best) continue;
    (fragment.y < best.y ? best.above : best.below).push(fragment.name);
  }
  return rows.map(({ y: _y, above, below, ...row }) => ({ ...row, name: [...above, row.name, ...below].join("") }));
}

/**
 * Positioned input can print the head of the first row's name above its code line, inside what looks like the
 * header; a single text cell just above the first row, closer to it than to the line before, is taken back.
 */
export function extendBodyStart(lines: ReadonlyArray<DocLine>, start: number): number {
  let index = start;
  while (index > 0) {
    const line = lines[index - 1];
    const next = lines[index];
    const before = lines[index - 2];
    if (!line || !next || line.y === undefined || next.y === undefined || line.cells.length !== 1) break;
    const text = compact(line.text);
    if (/(项目|科目|分类|编码|代码|单位|栏次|合计|支出$|收入$)/.test(text) && !/^[\u4e00-\u9fff]+支出$/.test(text)) break;
    const gapBelow = next.y - line.y;
    const gapAbove = before?.y === undefined ? Number.POSITIVE_INFINITY : line.y - before.y;
    if (gapBelow >= gapAbove) break;
    index -= 1;
  }
  return index;
}
