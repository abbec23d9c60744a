import { Decimal } from "../money";
import { formatPlain, parsePlain, PLAIN_NUMBER, plainToNumber, statedDecimals, type PlainDecimal } from "./format-fast";

/**
 * The one zh-CN display module: pages, API text, CSV/XLSX, chart exports, deck narratives and 审核 messages all print
 * figures through it. Numbers are printed from the exact decimal string (never a float), rounded half away from zero
 * as a spreadsheet does ("2907.925" 万元 → "2,907.93"), grouped as zh-CN Intl.NumberFormat groups them: by the string
 * arithmetic of format-fast.ts, which prints what Intl prints, or by Intl itself where that path declines (beyond a
 * double's range); dates and times through Intl.DateTimeFormat in Beijing time, so the same instant prints the same
 * day on a page, in a PNG and in a deck, whatever the server's zone.
 */
export const MISSING = "—";
export const LOCALE = "zh-CN";
export const TIME_ZONE = "Asia/Shanghai";

const WAN = new Decimal(10000);
const YI = new Decimal(100000000);

/** Amounts in 元 and rates in percent, as the contract carries them (decimal strings), or exact Decimals. */
export type Numeric = Decimal | string | number | null | undefined;

export type ChangeDirection = "increase" | "decrease" | "flat";

export interface FormatNumberOptions {
  decimals?: number;
  /** Prefix positive values with "+" (for changes). */
  signed?: boolean;
}

/** A plain decimal ("2907.92", "-3", a finite number, a Decimal) → Decimal; labels, "—", "1e5", "" → null. */
export function toDecimal(value: Numeric): Decimal | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Decimal) return value.isFinite() ? value : null;
  if (typeof value === "number") return Number.isFinite(value) ? new Decimal(value) : null;
  const text = value.trim();
  return PLAIN_NUMBER.test(text) ? new Decimal(text) : null;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(decimals: number, signed: boolean): Intl.NumberFormat {
  const key = `${decimals}:${signed}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(LOCALE, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      roundingMode: "halfExpand",
      // "-0.00" would read as a decrease that did not happen; "+0.00" as an increase.
      signDisplay: signed ? "exceptZero" : "negative",
    });
    numberFormats.set(key, format);
  }
  return format;
}

/** Grouped, fixed decimals, exact: the string path, else Intl on the decimal string itself (ECMA-402 string numerics). */
export function formatNumber(value: Decimal, { decimals = 2, signed = false }: FormatNumberOptions = {}): string {
  const text = value.toFixed();
  const plain = parsePlain(text);
  const fast = plain === null ? null : formatPlain(plain, 0, decimals, signed);
  return fast ?? numberFormat(decimals, signed).format(text as `${number}`);
}

/** The parts of a plain decimal string, finite number or Decimal without building a Decimal; null → the slow path. */
function plainOf(value: Numeric): PlainDecimal | null {
  if (typeof value === "string") return parsePlain(value.trim());
  // A number reads as its shortest round-trip text, as Decimal reads it; "1e+21" takes the slow path. Negative zero
  // keeps its sign (String and toFixed drop it): a drawn number keeps it as decimal.js does.
  if (typeof value === "number") return parsePlain(Object.is(value, -0) ? "-0" : String(value));
  if (!(value instanceof Decimal) || !value.isFinite()) return null;
  return parsePlain(value.isZero() && value.isNegative() ? "-0" : value.toFixed());
}

/** value ÷ 10^shift printed, or null when the value is missing. */
function printScaled(value: Numeric, shift: 0 | 4 | 8, opts: FormatNumberOptions): string | null {
  const { decimals = 2, signed = false } = opts;
  const plain = plainOf(value);
  const fast = plain === null ? null : formatPlain(plain, shift, decimals, signed);
  if (fast !== null) return fast;
  const decimal = toDecimal(value);
  if (decimal === null) return null;
  return formatNumber(shift === 0 ? decimal : decimal.dividedBy(shift === 4 ? WAN : YI), { decimals, signed });
}

/** 元 → "2,907.92" (万元, no unit: the unit is stated beside it). */
export function formatWan(yuan: Numeric, opts: FormatNumberOptions = {}): string {
  return printScaled(yuan, 4, opts) ?? MISSING;
}

/** 元 → "2,907.92万元", always in 万元 (sentences and exports: every figure in one unit). */
export function formatWanUnit(yuan: Numeric, opts: FormatNumberOptions = {}): string {
  const text = formatWan(yuan, opts);
  return text === MISSING ? MISSING : `${text}万元`;
}

/** 元 → "2,907.92万元", or "1.23亿元" from 1 亿元 up (pages and KPIs). */
export function formatAmount(yuan: Numeric, opts: FormatNumberOptions = {}): string {
  const plain = plainOf(yuan);
  if (plain !== null) {
    // Nine integer digits (leading zeros stripped) is 1 亿元 or more.
    const inYi = plain.integer.length > 8;
    const fast = formatPlain(plain, inYi ? 8 : 4, opts.decimals ?? 2, opts.signed ?? false);
    if (fast !== null) return `${fast}${inYi ? "亿元" : "万元"}`;
  }
  const value = toDecimal(yuan);
  if (value === null) return MISSING;
  if (value.abs().greaterThanOrEqualTo(YI)) return `${formatNumber(value.dividedBy(YI), opts)}亿元`;
  return `${formatNumber(value.dividedBy(WAN), opts)}万元`;
}

/**
 * 万元 with at least two decimals and as many more as the 元 value needs, ungrouped, for data cells: a report printed in
 * 元 ("12345.67" 元 → "1.234567") is exported without losing a cent.
 */
export function exactWanText(yuan: Decimal): string {
  const wan = yuan.dividedBy(WAN);
  return wan.decimalPlaces() <= 2 ? wan.toFixed(2) : wan.toFixed();
}

/** Percent → "96.81%". */
export function formatPct(pct: Numeric, opts: FormatNumberOptions = {}): string {
  const text = printScaled(pct, 0, opts);
  return text === null ? MISSING : `${text}%`;
}

/** A percentage as the document printed it ("95.5" → "95.5%", "61.627906" keeps its digits): quoted, not recomputed. */
export function formatStatedPct(pct: Numeric): string {
  const plain = plainOf(pct);
  const fast = plain === null ? null : formatPlain(plain, 0, statedDecimals(plain), false);
  if (fast !== null) return `${fast}%`;
  const value = toDecimal(pct);
  return value === null ? MISSING : `${formatNumber(value, { decimals: value.decimalPlaces() })}%`;
}

/** Difference of two percentages → "+1.20个百分点" (signed unless `signed: false`, where the sentence says the direction). */
export function formatPp(delta: Numeric, opts: FormatNumberOptions = {}): string {
  const text = printScaled(delta, 0, { signed: true, ...opts });
  return text === null ? MISSING : `${text}个百分点`;
}

/** Plain count → "1,234". */
export function formatCount(value: Numeric): string {
  return printScaled(value, 0, { decimals: 0 }) ?? MISSING;
}

export interface FormattedChange {
  /** "+27.71%", or "—" when the prior figure is missing or zero. */
  pct: string;
  /** "+630.93万元". */
  delta: string;
  direction: ChangeDirection | null;
}

export function changeDirection(delta: Decimal): ChangeDirection {
  return delta.isZero() ? "flat" : delta.greaterThan(0) ? "increase" : "decrease";
}

/** Change from prior to curr (both 元); direction is judged on the 元 figures, not on the rounded display. */
export function formatChange(curr: Numeric, prior: Numeric): FormattedChange {
  const current = toDecimal(curr);
  const previous = toDecimal(prior);
  if (current === null || previous === null) return { pct: MISSING, delta: MISSING, direction: null };
  const delta = current.minus(previous);
  const pct = previous.isZero() ? MISSING : `${formatNumber(delta.dividedBy(previous.abs()).times(100), { signed: true })}%`;
  return { pct, delta: formatAmount(delta, { signed: true }), direction: changeDirection(delta) };
}

/** 元 → 万元 number, for drawing only (axis positions, bar lengths); never for display or sums. */
export function yuanToWanNumber(yuan: Numeric): number | null {
  const plain = plainOf(yuan);
  const fast = plain === null ? null : plainToNumber(plain, 4, 6);
  if (fast !== null) return fast;
  const value = toDecimal(yuan);
  return value === null ? null : value.dividedBy(WAN).toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toNumber();
}

/** Percent → number, for drawing only. */
export function pctToNumber(pct: Numeric): number | null {
  const plain = plainOf(pct);
  const fast = plain === null ? null : plainToNumber(plain, 0, 4);
  if (fast !== null) return fast;
  const value = toDecimal(pct);
  return value === null ? null : value.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toNumber();
}

const DATE_PARTS: Intl.DateTimeFormatOptions = { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" };
const DATE = new Intl.DateTimeFormat(LOCALE, DATE_PARTS);
const DATE_TIME = new Intl.DateTimeFormat(LOCALE, { ...DATE_PARTS, hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });

function instantOf(value: Date | string): Date | null {
  const instant = value instanceof Date ? value : new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/**
 * Beijing has kept UTC+8 all year since 1992 (its last summer time ended in September 1991): from then on, and before
 * year 10000, its calendar fields are UTC's eight hours later, read without Intl (formatToParts with a time zone took
 * ~25 µs a call: a department page prints a dozen times). Earlier instants go through Intl.
 */
const FIXED_OFFSET = { from: Date.UTC(1991, 11, 31, 16), until: Date.UTC(9999, 11, 31, 16), ms: 8 * 3600_000 };

const two = (n: number) => String(n).padStart(2, "0");

function parts(format: Intl.DateTimeFormat, instant: Date): Record<string, string> {
  const t = instant.getTime();
  if (t >= FIXED_OFFSET.from && t < FIXED_OFFSET.until) {
    const local = new Date(t + FIXED_OFFSET.ms);
    return {
      year: String(local.getUTCFullYear()), month: two(local.getUTCMonth() + 1), day: two(local.getUTCDate()),
      hour: two(local.getUTCHours()), minute: two(local.getUTCMinutes()), second: two(local.getUTCSeconds()),
    };
  }
  return Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
}

/** Calendar day in Beijing time → "2026-12-07" (file names, export stamps, tables). */
export function formatDate(value: Date | string): string {
  const instant = instantOf(value);
  if (instant === null) return MISSING;
  const p = parts(DATE, instant);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Moment in Beijing time → "2026-12-07 01:30" (or with seconds): import, audit and version times. */
export function formatDateTime(value: Date | string, { seconds = false }: { seconds?: boolean } = {}): string {
  const instant = instantOf(value);
  if (instant === null) return MISSING;
  const p = parts(DATE_TIME, instant);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}${seconds ? `:${p.second}` : ""}`;
}

const ZH = new Intl.Collator(`${LOCALE}-u-co-pinyin`);

/**
 * Orders Chinese names by pinyin, the way a reader looks them up (one shared collator: `localeCompare` builds one per
 * call). The database's own ORDER BY is by character code, so name-sorted lists are sorted here.
 */
export function compareNames(a: string, b: string): number {
  return ZH.compare(a, b);
}
