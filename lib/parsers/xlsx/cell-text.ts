import type { CellValue } from "exceljs";
import { Decimal } from "@/lib/money";

/** What one cell reads as, or why it could not be read. */
export type CellReading = { text: string } | { text: ""; problem: string };

/**
 * A stored number as a plain decimal string: 15 significant digits (Excel's own precision) removes binary float noise
 * (0.30000000000000004 → "0.3"), and never exponent notation.
 */
export function plainNumber(value: number): string {
  const clean = Number(value.toPrecision(15));
  const text = String(clean);
  if (!/e/i.test(text)) return text;
  return new Decimal(text).toFixed();
}

/** Decimals a number format asks for ("#,##0.00" → 2, "0.0%" → 1, "General" → null). */
function formatDecimals(numFmt: string | undefined): number | null {
  if (numFmt === undefined) return null;
  const match = /0\.(0+)/.exec(numFmt);
  if (match?.[1] !== undefined) return match[1].length;
  return /(^|[^.#0])[#0,]*0(?![.0])/.test(numFmt) ? 0 : null;
}

/** Money cells carry a fixed-decimals format: print them at that precision, like the sheet shows them. */
export function numberText(value: number, numFmt: string | undefined): string {
  const percent = numFmt !== undefined && numFmt.includes("%");
  const scaled = percent ? Number((value * 100).toPrecision(15)) : value;
  const decimals = formatDecimals(numFmt);
  const text = decimals === null ? plainNumber(scaled) : Number(scaled.toPrecision(15)).toFixed(decimals);
  return percent ? `${text}%` : text;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function scalarText(value: unknown, numFmt: string | undefined): CellReading {
  if (value === null || value === undefined) return { text: "" };
  if (typeof value === "number") return { text: numberText(value, numFmt) };
  if (typeof value === "string") return { text: value };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if (isObject(value) && typeof value.error === "string") return { text: "", problem: `单元格为错误值 ${value.error}` };
  return { text: "", problem: "单元格内容无法识别" };
}

/** The text a reader sees in a cell: formulas by their cached result, rich text joined, hyperlinks by their label. */
export function cellText(value: CellValue, numFmt: string | undefined): CellReading {
  if (!isObject(value) || value instanceof Date) return scalarText(value, numFmt);
  if (Array.isArray(value.richText)) {
    return { text: value.richText.map((run: unknown) => (isObject(run) && typeof run.text === "string" ? run.text : "")).join("") };
  }
  if ("formula" in value || "sharedFormula" in value) {
    if (value.result === undefined || value.result === null) return { text: "", problem: "公式没有缓存的计算结果" };
    return scalarText(value.result, numFmt);
  }
  if (typeof value.text === "string") return { text: value.text };
  return scalarText(value, numFmt);
}

const CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef";
const BREAK_INSIDE_CJK = new RegExp(`(?<=[${CJK}])[ \\t]*\\r?\\n\\s*(?=[${CJK}])`, "g");

/**
 * Header cells are typed with line breaks ("本年收入\n合计"). A break between Chinese characters is layout, not a space;
 * any other break reads as one space, so a cell is always one line of text.
 */
export function flattenCellText(text: string): string {
  return text.replace(BREAK_INSIDE_CJK, "").replace(/\s*\r?\n\s*/g, " ").trim();
}
