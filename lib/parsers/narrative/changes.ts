import { Decimal, toAmountString } from "@/lib/money";
import type { NarrativeFacts } from "./types";
import { NUM, UNIT, dropHeadings, pctText, regex, sentenceEnd, sentenceStart, type NarrativeContext, type StatedAmount } from "./stated-amount";

type PriorYear = NarrativeFacts["priorYear"];
type Direction = "increase" | "decrease" | "flat";

/** "（与 2023 年度相比，…）增加 630.93 万元，增长 27.71%", "较上年减少 29.38 万元，降低 36.42%", "比年初预算数减少 …". */
const CHANGE = regex(
  String.raw`(增加|减少|增长|下降|降低|上升|节约|减支|增支)(?:了)?(${NUM})(${UNIT})[,]?(?:(?:增长|下降|降低|减少|上升|增幅|降幅|减幅)(?:了|为)?(${NUM})%)?`,
);
const FLAT = /(?:与|较|比)[^。;,]{0,20}?(?:相比)?[,]?(?:基本)?持平/g;
const ANY_AMOUNT = regex(String.raw`(${NUM})(${UNIT})`);

interface Subject {
  key: string;
  prior?: keyof PriorYear;
}

/**
 * What a change sentence is about, by the words of its own sentence first and of the sentence before (which often
 * states the current amount: "收支总计均为 X 万元。与上年相比，收、支总计增加 …"). Order matters: the specific before
 * the general (三公 items before 三公, 财政拨款 before 收支).
 */
const SUBJECTS: Array<[RegExp, Subject]> = [
  [/机关运行经费/, { key: "operatingExpenses", prior: "operatingExpenses" }],
  [/因公出国/, { key: "sangong.outbound" }],
  [/公务用车购置及运行|公务用车购置和运行/, { key: "sangong.vehicleSubtotal" }],
  [/公务用车运行/, { key: "sangong.vehicleOperation" }],
  [/公务用车购置/, { key: "sangong.vehiclePurchase" }],
  [/公务接待/, { key: "sangong.reception" }],
  [/三公/, { key: "sangong.total", prior: "sangongTotal" }],
  [/一般公共预算财政拨款(?:支出|收支)/, { key: "gpbExpenditure", prior: "gpbExpenditure" }],
  [/一般公共预算财政拨款收入/, { key: "gpbIncome" }],
  [/政府性基金/, { key: "governmentFund" }],
  [/国有资本经营/, { key: "stateCapital" }],
  [/财政拨款收[、]?支|财政拨款收入支出/, { key: "fiscalTotal", prior: "fiscalTotal" }],
  [/收[、]?支总计|收入支出总计|收支决算总计/, { key: "grandTotal" }],
  [/收入(?:合计|总计|总额)/, { key: "incomeTotal", prior: "incomeTotal" }],
  [/支出(?:合计|总计|总额)/, { key: "expenditureTotal", prior: "expenditureTotal" }],
];

function classify(own: string, previous: string): Subject | null {
  for (const text of [own, previous]) {
    let best: { at: number; subject: Subject } | null = null;
    for (const [pattern, subject] of SUBJECTS) {
      const at = text.search(pattern);
      if (at >= 0 && (best === null || at < best.at)) best = { at, subject };
    }
    if (best) return best.subject;
  }
  return null;
}

/** Start of the last comparison word ("与…相比", "较", "比", "同比") in `lead`; "相比" closes, it does not open. */
function lastCompare(lead: string): number {
  let at = -1;
  for (const m of lead.matchAll(/同比|与(?=[^,。;]{0,12}相比)|较|(?<!相)比/g)) at = m.index;
  return at;
}

function directionOf(verb: string): Direction {
  return /增加|增长|上升|增支/.test(verb) ? "increase" : "decrease";
}

/** The amount the change is measured from: the last amount before it that is not itself a stated change. */
function currentAmount(ctx: NarrativeContext, from: number, to: number, changeSpans: Array<[number, number]>): StatedAmount | null {
  let found: StatedAmount | null = null;
  const window = ctx.text.slice(from, to);
  for (const m of window.matchAll(ANY_AMOUNT)) {
    const at = from + m.index;
    if (changeSpans.some(([s, e]) => at >= s && at < e)) continue;
    if (/预算(?:数)?(?:为|是)?$/.test(ctx.text.slice(Math.max(0, at - 6), at))) continue;
    const amount = m[1] ? ctx.amount(m[1], m[2], at) : null;
    if (amount) found = amount;
  }
  return found;
}

/** Change statements (prior year and budget) → claims, and the prior-year totals they imply (current ∓ delta). */
export function extractChanges(ctx: NarrativeContext): { priorYear: PriorYear; operatingExpensesBudget: string | null } {
  const text = ctx.text;
  const priorYear: PriorYear = {
    incomeTotal: null,
    expenditureTotal: null,
    fiscalTotal: null,
    gpbExpenditure: null,
    sangongTotal: null,
    operatingExpenses: null,
  };
  let operatingExpensesBudget: string | null = null;
  const matches = [...text.matchAll(CHANGE)];
  const spans = matches.map((m): [number, number] => [m.index, m.index + m[0].length]);
  for (const m of matches) {
    const lead = text.slice(Math.max(0, m.index - 40), m.index);
    const compareAt = lastCompare(lead);
    if (compareAt < 0) continue;
    const marker = lead.slice(compareAt);
    // "比年初增加 193 亿元" (loans since January) is no comparison with last year or with a budget.
    if (!/上年|上一年|去年|同期|\d{4}年|预算/.test(marker)) continue;
    const versusBudget = /^(?:比|较|与)(?:本年|当年)?(?:年初|全年|调整后?的?)?预算/.test(marker);
    const ownStart = sentenceStart(text, m.index);
    const prevStart = sentenceStart(text, Math.max(0, ownStart - 1));
    const subject = classify(text.slice(ownStart, m.index), text.slice(prevStart, ownStart));
    const delta = m[2] ? ctx.amount(m[2], m[3], m.index + (m[1]?.length ?? 0)) : null;
    if (!subject || !delta) {
      ctx.note("narrative.changes", `变动说明“${m[0]}”无法确定所指项目`, m.index);
      continue;
    }
    const current = currentAmount(ctx, prevStart, m.index - marker.length, spans);
    const direction = directionOf(m[1] ?? "");
    const signed = direction === "increase" ? delta.yuan : delta.yuan.negated();
    const base = current ? toAmountString(current.yuan.minus(signed)) : null;
    const key = versusBudget ? `${subject.key}.vsBudget` : subject.key;
    ctx.claims.push({
      kind: "change",
      subject: `change:${key}`,
      amount: current?.value ?? null,
      base,
      delta: toAmountString(signed),
      statedPct: m[4] ? pctText(m[4]) : null,
      direction,
      text: dropHeadings(ctx.excerpt(ownStart, sentenceEnd(text, m.index) + 1)),
      location: ctx.locate(m.index),
    });
    if (versusBudget) {
      if (subject.key === "operatingExpenses" && base !== null && operatingExpensesBudget === null) {
        operatingExpensesBudget = base;
        ctx.source("operatingExpensesBudget", m.index);
      }
    } else if (subject.prior && base !== null && priorYear[subject.prior] === null) {
      priorYear[subject.prior] = base;
      ctx.source(`priorYear.${subject.prior}`, m.index);
    }
  }
  extractFlat(ctx, spans);
  return { priorYear, operatingExpensesBudget };
}

/** "收入 0 万元，比 2023 年度决算数持平": a change of zero, prior equal to current. */
function extractFlat(ctx: NarrativeContext, spans: Array<[number, number]>): void {
  const text = ctx.text;
  for (const m of text.matchAll(FLAT)) {
    const ownStart = sentenceStart(text, m.index);
    const subject = classify(text.slice(ownStart, m.index), "");
    const current = currentAmount(ctx, ownStart, m.index, spans);
    if (!subject || !current) continue;
    ctx.claims.push({
      kind: "change",
      subject: `change:${subject.key}`,
      amount: current.value,
      base: current.value,
      delta: toAmountString(new Decimal(0)),
      statedPct: null,
      direction: "flat",
      text: dropHeadings(ctx.excerpt(ownStart, sentenceEnd(text, m.index) + 1)),
      location: ctx.locate(m.index),
    });
  }
}
