import { parseAmount, toAmountString, type MoneyUnit } from "@/lib/money";
import type { Amount, Location, Pct } from "../contract";
import type { DocLine } from "../document";
import { compact } from "./narrative-text";

export interface BudgetRow {
  budget: Amount | null;
  actual: Amount | null;
  ratePct: Pct | null;
  score: string | null;
  location: Location;
}

type Column = "initial" | "budget" | "actual" | "weight" | "rate" | "score";

const NUMBER_TOKEN = /^-?\d[\d,]*(?:\.\d+)?(?:万元|元)?$/;
const PCT_TOKEN = /^-?\d+(?:\.\d+)?%$/;

function columnOf(header: string): Column | null {
  if (/B\/A|执行率/.test(header)) return "rate";
  if (/\(A\)|全年预算|调整后预算/.test(header)) return "budget";
  if (/\(B\)|执行数|实际支出|决算数/.test(header)) return "actual";
  if (/年初预算/.test(header)) return "initial";
  if (/分值|权重/.test(header)) return "weight";
  if (/得分/.test(header)) return "score";
  if (/预算数/.test(header)) return "budget";
  return null;
}

/** Tokens of a line; a unit printed apart from its number ("3046.58 万元") is glued back on. */
export function lineTokens(line: DocLine): string[] {
  const raw = line.text.trim() === "" ? [] : line.text.trim().split(/\s+/).map(compact);
  const tokens: string[] = [];
  for (const token of raw) {
    const last = tokens[tokens.length - 1];
    if ((token === "万元" || token === "元" || token === "%") && last !== undefined && /\d$/.test(last)) {
      tokens[tokens.length - 1] = last + token;
    } else tokens.push(token);
  }
  return tokens;
}

function unitOfBlock(lines: readonly DocLine[], fallback: MoneyUnit): MoneyUnit {
  const text = lines.map((line) => compact(line.text)).join("");
  if (/\(万元\)|单位:万元/.test(text)) return "万元";
  if (/\(元\)|单位:元/.test(text)) return "元";
  return fallback;
}

function amountOf(token: string | undefined, unit: MoneyUnit): Amount | null {
  if (token === undefined) return null;
  const stated = token.endsWith("万元") ? "万元" : token.endsWith("元") ? "元" : unit;
  const value = parseAmount(token.replace(/万?元$/, ""), stated);
  return value === null ? null : toAmountString(value);
}

/**
 * The 预算执行情况 row of a self-evaluation table: the header ("预算数（A） 执行数（B） 执行率（B/A）", or the national
 * "年初预算数 全年预算数 全年执行数 分值 执行率 得分") names the columns, the first numeric line below gives the values.
 * When the header and the values do not line up, nothing is guessed.
 */
export function readBudgetRow(lines: readonly DocLine[], unit: MoneyUnit): BudgetRow | null {
  const headerAt = lines.findIndex((line) => /\(A\)|预算数/.test(compact(line.text)) && /执行/.test(compact(line.text)));
  const header = lines[headerAt];
  if (!header) return null;
  const columns = lineTokens(header)
    .map(columnOf)
    .filter((column): column is Column => column !== null);
  const blockUnit = unitOfBlock(lines.slice(0, headerAt + 1), unit);
  for (const line of lines.slice(headerAt + 1, headerAt + 4)) {
    const values = lineTokens(line).filter((token) => NUMBER_TOKEN.test(token) || PCT_TOKEN.test(token));
    if (values.length < 2) continue;
    const aligned = columns.length === values.length;
    // Without a usable header only the plain "budget actual rate%" triple is unambiguous.
    const triple = !aligned && values.length === 3 && PCT_TOKEN.test(values[2] ?? "");
    const pick = (column: Column, position: number): string | undefined => {
      if (triple) return values[position];
      const at = columns.indexOf(column);
      return aligned && at >= 0 ? values[at] : undefined;
    };
    const rate = pick("rate", 2);
    return {
      budget: amountOf(pick("budget", 0), blockUnit),
      actual: amountOf(pick("actual", 1), blockUnit),
      ratePct: rate && PCT_TOKEN.test(rate) ? rate.replace(/%$/, "") : null,
      score: aligned ? (pick("score", -1) ?? null) : null,
      location: { page: line.page, line: line.line },
    };
  }
  return null;
}

/** "总分 100 92.5" (分值, 得分) or "自评得分：92.5": the score of a self-evaluation table, as printed. */
export function readScore(lines: readonly DocLine[]): string | null {
  for (const line of lines) {
    const flat = compact(line.text);
    const m = /^(?:总分|合计得分|自评得分|综合得分)[:]?((?:\d+(?:\.\d+)?分?)+)?$/.exec(flat);
    if (!m) continue;
    const numbers = lineTokens(line).filter((token) => /^\d+(?:\.\d+)?分?$/.test(token));
    const last = numbers[numbers.length - 1];
    if (last !== undefined && numbers.length <= 2) return last.replace(/分$/, "");
  }
  return null;
}
