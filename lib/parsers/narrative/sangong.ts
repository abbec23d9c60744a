import { readSangongZero } from "@/lib/parsers/sangong-statement";
import type { NarrativeFacts } from "./types";
import { pushCompletionClaim, readBudgetFields } from "./budget-fields";
import { NUM, UNIT, regex, sentenceEnd, type NarrativeContext, type StatedAmount } from "./stated-amount";

type ItemKey = "total" | "outbound" | "vehicleSubtotal" | "vehiclePurchase" | "vehicleOperation" | "reception";
type Counts = NarrativeFacts["sangongCounts"];

const ZERO_ITEMS: ItemKey[] = ["total", "outbound", "vehicleSubtotal", "vehiclePurchase", "vehicleOperation", "reception"];

/** How a 三公 sentence opens, once its numbering ("1." "(1)" "一、") is stripped; specific before general. */
const OPENERS: Array<[RegExp, ItemKey]> = [
  [/^因公出国(?:\(境\))?(?:费用?)?/, "outbound"],
  [/^公务用车购置(?:及|和)运行(?:维护)?费/, "vehicleSubtotal"],
  [/^公务用车购置费/, "vehiclePurchase"],
  [/^公务用车运行(?:维护)?费/, "vehicleOperation"],
  [/^公务接待费/, "reception"],
  [/^[^,]{0,16}?“?三公”?经费(?:财政拨款)?(?:支出)?(?=[^。]{0,16}?\d)/, "total"],
];
const HEADING = /[一二三四五六七八九十]+、[^。]{0,20}?(?:三公|“三公”)[^。]{0,20}?(?:说明|情况)/;
const NEXT_HEADING = /[一二三四五六七八九十]+、/g;
const SPENT = regex(String.raw`^[^,;。]{0,20}?(?:支出|费)(?:决算)?(?:合计|共计|总额)?(?:为)?(${NUM})(${UNIT})`, "");

function section(text: string): { start: number; end: number } | null {
  const head = HEADING.exec(text);
  if (!head) return null;
  const from = head.index + head[0].length;
  NEXT_HEADING.lastIndex = from;
  const next = NEXT_HEADING.exec(text);
  return { start: from, end: next ? next.index : text.length };
}

function stripNumbering(sentence: string): { body: string; skipped: number } {
  const m = /^(?:其中:|\(?[一二三四五六七八九十\d]+[.)、]|:)*/.exec(sentence);
  const skipped = m?.[0].length ?? 0;
  return { body: sentence.slice(skipped), skipped };
}

/** Splits on "。", ";" and "其中:", which introduce the items (and the 购置/运行 sub-items) inside one sentence. */
function sentences(text: string, start: number, end: number): Array<{ at: number; text: string }> {
  const out: Array<{ at: number; text: string }> = [];
  let at = start;
  while (at < end) {
    const stop = Math.min(sentenceEnd(text, at), end);
    const chunk = text.slice(at, stop);
    for (const part of chunk.matchAll(/(?:其中:)?[^;]*?(?=其中:|;|$)/g)) {
      if (part[0] !== "") out.push({ at: at + part.index, text: part[0] });
    }
    at = stop + 1;
  }
  return out;
}

export interface SangongFacts {
  budget: Partial<Record<ItemKey, string>>;
  actual: Partial<Record<ItemKey, string>>;
  actualTotal: StatedAmount | null;
  counts: Counts;
}

export function extractSangong(ctx: NarrativeContext, reportYear: number | null): SangongFacts {
  const facts: SangongFacts = { budget: {}, actual: {}, actualTotal: null, counts: emptyCounts() };
  const range = section(ctx.text);
  if (!range) {
    ctx.note("narrative.sangong", "未找到“三公”经费说明段落", null);
    return facts;
  }
  for (const s of sentences(ctx.text, range.start, range.end)) {
    const { body, skipped } = stripNumbering(s.text);
    const key = OPENERS.find(([pattern]) => pattern.test(body))?.[1];
    if (!key) continue;
    const at = s.at + skipped;
    const fields = readBudgetFields(ctx, body, at);
    const budget = fields.full ?? fields.unnamed ?? fields.initial;
    const spent = fields.actual ?? spentAmount(ctx, body, at);
    if (budget && facts.budget[key] === undefined) {
      facts.budget[key] = budget.value;
      ctx.source(`sangong.budget.${key}`, budget.offset);
    }
    if (spent && facts.actual[key] === undefined) {
      facts.actual[key] = spent.value;
      ctx.source(`sangong.actual.${key}`, spent.offset);
      if (key === "total") facts.actualTotal = spent;
    }
    pushCompletionClaim(ctx, `sangong.${key}`, { ...fields, actual: spent }, body);
  }
  readCounts(ctx, ctx.text.slice(range.start, range.end), range.start, reportYear, facts.counts);
  const zero = facts.actualTotal === null ? readSangongZero(ctx.text.slice(range.start, range.end)) : null;
  // "2024年度无“三公”经费财政拨款支出": every item is 0, stated; the budget only when the sentence denies it too.
  for (const [side, stated] of [["actual", zero?.actual], ["budget", zero?.budget]] as const) {
    if (!stated) continue;
    for (const key of ZERO_ITEMS) {
      if (facts[side][key] !== undefined) continue;
      facts[side][key] = "0.00";
      ctx.source(`sangong.${side}.${key}`, range.start);
    }
  }
  return facts;
}

function spentAmount(ctx: NarrativeContext, body: string, at: number): StatedAmount | null {
  const m = SPENT.exec(body);
  if (!m?.[1]) return null;
  return ctx.amount(m[1], m[2], at + m[0].lastIndexOf(m[1]));
}

function emptyCounts(): Counts {
  return {
    outboundGroups: null,
    outboundPeople: null,
    vehiclesPurchased: null,
    vehicleCount: null,
    receptionBatches: null,
    receptionPeople: null,
  };
}

function int(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const n = Number.parseInt(raw, 10);
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
}

/** Counts: 团组/人次 abroad, 保有量 and 购置 of vehicles, 批次/人次 of domestic and foreign receptions. */
function readCounts(ctx: NarrativeContext, text: string, start: number, reportYear: number | null, counts: Counts): void {
  const outbound = /出国(?:\(境\))?团组(\d+)个[^。]{0,12}?(\d+)人次?/.exec(text);
  if (outbound) {
    counts.outboundGroups = int(outbound[1]);
    counts.outboundPeople = int(outbound[2]);
    ctx.source("sangong.counts.outboundGroups", start + outbound.index);
  }
  const fleet = /(?:公务用车)?保有量(?:为)?(\d+)辆|(?:实有|现有)公务用车(?:共)?(\d+)辆/.exec(text);
  if (fleet) {
    counts.vehicleCount = int(fleet[1] ?? fleet[2]);
    ctx.source("sangong.counts.vehicleCount", start + fleet.index);
  }
  const purchase = /(?:(\d{4})年)?购置(?:的|了)?(?:公务用车|车辆|公车)?(?:共)?(\d+)(?:台|辆)/.exec(text);
  if (purchase) {
    const year = int(purchase[1]);
    if (year !== null && reportYear !== null && year !== reportYear) {
      ctx.note("narrative.sangong", `购置车辆“${purchase[0]}”属 ${year} 年，不计入本年购置数`, start + purchase.index);
    } else counts.vehiclesPurchased = int(purchase[2]);
  }
  const reception = receptionCounts(text, /国内(?:公务)?接待/, /外宾接待|外事接待|国\(境\)外/);
  counts.receptionBatches = reception.batches;
  counts.receptionPeople = reception.people;
  const foreign = receptionCounts(text, /外宾接待|外事接待/, /国内(?:公务)?接待/);
  if (foreign.batches !== null) counts.foreignReceptionBatches = foreign.batches;
  if (foreign.people !== null) counts.foreignReceptionPeople = foreign.people;
  if (counts.receptionBatches === null) {
    const plain = receptionCounts(text, /公务接待/, /$^/);
    counts.receptionBatches = plain.batches;
    counts.receptionPeople = plain.people;
  }
}

/** Batches and people of the passage that starts at `opener` and runs to `closer` (the other kind of reception). */
function receptionCounts(text: string, opener: RegExp, closer: RegExp): { batches: number | null; people: number | null } {
  const at = text.search(opener);
  if (at < 0) return { batches: null, people: null };
  const rest = text.slice(at + 2);
  const stop = rest.search(closer);
  const passage = stop < 0 ? rest : rest.slice(0, stop);
  const batches = /(?:团组|来访团组)(\d+)个|(\d+)(?:批次|批|个团组)/.exec(passage);
  const people = /(\d+)人次/.exec(passage);
  return { batches: int(batches?.[1] ?? batches?.[2]), people: int(people?.[1]) };
}
