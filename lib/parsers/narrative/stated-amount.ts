import { Decimal, parseAmount, toAmountString, type MoneyUnit } from "@/lib/money";
import type { Amount, Claim, Location, Unread } from "../contract";
import type { NarrativeText } from "./narrative-text";

/** A number as printed in the joined text: thousands separators allowed, decimals optional. */
export const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
export const UNIT = String.raw`亿元|万元|元`;

export type StatedUnit = MoneyUnit | "亿元";

export interface StatedAmount {
  value: Amount;
  yuan: Decimal;
  raw: string;
  /** The unit printed after the number, or null when the sentence gives none (the tables' unit then applies). */
  unit: StatedUnit | null;
  offset: number;
}

/**
 * What every narrative extractor shares: the joined text, the tables' unit, and the lists findings go to. Unit slips
 * (an amount in 元 where the tables use 万元, or the reverse) are recorded once per figure as unread notes, and the
 * amount keeps its true value in 元.
 */
export class NarrativeContext {
  readonly claims: Claim[] = [];
  readonly unread: Unread[] = [];
  readonly sources: Record<string, Location> = {};
  private readonly slipOffsets = new Set<number>();

  constructor(
    readonly doc: NarrativeText,
    readonly unit: MoneyUnit,
  ) {}

  get text(): string {
    return this.doc.text;
  }

  locate(offset: number): Location {
    return this.doc.locate(offset);
  }

  amount(raw: string, unit: string | undefined, offset: number): StatedAmount | null {
    const statedUnit = asUnit(unit);
    const base = parseAmount(raw, statedUnit === "亿元" ? "万元" : (statedUnit ?? this.unit));
    if (base === null) return null;
    const yuan = statedUnit === "亿元" ? base.times(10000) : base;
    if (statedUnit !== null && statedUnit !== "亿元" && statedUnit !== this.unit) this.noteSlip(raw, statedUnit, offset);
    return { value: toAmountString(yuan), yuan, raw, unit: statedUnit, offset };
  }

  source(path: string, offset: number): void {
    if (!(path in this.sources)) this.sources[path] = this.locate(offset);
  }

  note(section: string, reason: string, offset: number | null): void {
    this.unread.push({ section, reason, location: offset === null ? null : this.locate(offset) });
  }

  excerpt(start: number, end: number): string {
    return this.text.slice(Math.max(0, start), Math.min(this.text.length, end));
  }

  private noteSlip(raw: string, statedUnit: MoneyUnit, offset: number): void {
    if (this.slipOffsets.has(offset)) return;
    this.slipOffsets.add(offset);
    this.note(
      "narrative.unit",
      `说明中金额“${raw}${statedUnit}”以${statedUnit}为单位，而表格以${this.unit}为单位（单位不一致，已按${statedUnit}换算）`,
      offset,
    );
  }
}

/** A contract amount already in 元, as a denominator for claims; no unit check (it was made when it was read). */
export function knownAmount(value: Amount | null): StatedAmount | null {
  if (value === null) return null;
  const yuan = new Decimal(value);
  return { value, yuan, raw: value, unit: "元", offset: 0 };
}

function asUnit(unit: string | undefined): StatedUnit | null {
  return unit === "万元" || unit === "元" || unit === "亿元" ? unit : null;
}

/** Decimal string of a printed percentage ("99.98", "100"). */
export function pctText(raw: string): string | null {
  const text = raw.replace(/,/g, "");
  return /^-?\d+(\.\d+)?$/.test(text) ? text : null;
}

/** Start of the clause holding `pos`: after the last sentence or clause stop before it. */
export function clauseStart(text: string, pos: number, stops: string): number {
  for (let i = pos - 1; i >= 0; i -= 1) if (stops.includes(text[i] ?? "")) return i + 1;
  return 0;
}

/** Index of the sentence end at or after `pos` (exclusive), "。" or a "." that is not a decimal point. */
export function sentenceEnd(text: string, pos: number): number {
  for (let i = pos; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "。") return i;
    if (ch === "." && !(/\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")) && /%|\)/.test(text[i - 1] ?? "")) return i;
  }
  return text.length;
}

export function sentenceStart(text: string, pos: number): number {
  for (let i = pos - 1; i >= 0; i -= 1) {
    const ch = text[i];
    if (ch === "。") return i + 1;
    if (ch === "." && /%|\)/.test(text[i - 1] ?? "") && !/\d/.test(text[i + 1] ?? "")) return i + 1;
  }
  return 0;
}

const LEADING_HEADINGS =
  /^(?:图\d+:[^,。;]*?(?:情况|结构)|[一二三四五六七八九十]+、[^,。;]*?说明|\([一二三四五六七八九十]+\)[^,。;]*?情况(?:说明)?)+/;

/** Drops section headings and figure captions that the joined text glues in front of a sentence. */
export function dropHeadings(text: string): string {
  return text.replace(LEADING_HEADINGS, "");
}

export function regex(source: string, flags = "g"): RegExp {
  return new RegExp(source, flags);
}
