import type { Amount, Location } from "../contract";
import { NUM, UNIT, regex, sentenceStart, type NarrativeContext } from "./stated-amount";

export type GovernmentFundSide = "income" | "expenditure";

/** What the 说明 states of its 政府性基金预算财政拨款: 本年收入 and 本年支出, each only when stated unambiguously. */
export type StatedGovernmentFund = Record<GovernmentFundSide, { value: Amount; location: Location } | null>;

const FUND = String.raw`政府性基金预算(?:财政)?拨款`;
/** "本年度无政府性基金预算财政拨款收入支出", "没有…收入和支出", "本年及上年均无…收入": the figure is 0, stated. */
const NONE = regex(String.raw`(?:无|没有|未发生|未安排)${FUND}(收入)?(?:和|及|与|、)?(支出|收支)?`);
const AMOUNT = regex(String.raw`${FUND}(收入|支出)(?:决算数?)?(?:合计|共计|总额)?(?:为|是|共)?(${NUM})(${UNIT})`);
const PRIOR = /上年|上一年/;
const YEAR = /(20\d{2})年度?$/;

interface Reading {
  side: GovernmentFundSide;
  value: string;
  offset: number;
}

/** A figure of another year ("上年…", "2023年度政府性基金…") is not this year's statement. */
function otherYear(before: string, year: number | null): boolean {
  if (PRIOR.test(before)) return true;
  const y = YEAR.exec(before)?.[1];
  return y !== undefined && Number(y) !== year;
}

function readingsOf(ctx: NarrativeContext, year: number | null): Reading[] {
  const out: Reading[] = [];
  for (const m of ctx.text.matchAll(NONE)) {
    if (/仍保留/.test(ctx.excerpt(m.index, m.index + 60))) continue;
    const before = ctx.excerpt(Math.max(sentenceStart(ctx.text, m.index), m.index - 12), m.index);
    if (otherYear(before, year) && !/本年|当年/.test(before)) continue;
    const both = m[2] === "收支" || (m[1] !== undefined && m[2] !== undefined) || (m[1] === undefined && m[2] === undefined);
    if (both || m[1] !== undefined) out.push({ side: "income", value: "0.00", offset: m.index });
    if (both || m[2] !== undefined) out.push({ side: "expenditure", value: "0.00", offset: m.index });
  }
  for (const m of ctx.text.matchAll(AMOUNT)) {
    const raw = m[2];
    if (raw === undefined) continue;
    const before = ctx.excerpt(Math.max(sentenceStart(ctx.text, m.index), m.index - 12), m.index);
    if (otherYear(before, year)) continue;
    const offset = m.index + m[0].lastIndexOf(raw);
    const stated = ctx.amount(raw, m[3], offset);
    if (stated) out.push({ side: m[1] === "收入" ? "income" : "expenditure", value: stated.value, offset });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * The 政府性基金 figures as the 说明 states them, for the check against 公开07表. A side stated twice with different
 * values is not read (the reader cannot tell which sentence means this year) and is noted instead.
 */
export function extractGovernmentFund(ctx: NarrativeContext, year: number | null): StatedGovernmentFund {
  const readings = readingsOf(ctx, year);
  const result: StatedGovernmentFund = { income: null, expenditure: null };
  for (const side of ["income", "expenditure"] as const) {
    const own = readings.filter((r) => r.side === side);
    const first = own[0];
    if (!first) continue;
    if (own.some((r) => r.value !== first.value)) {
      ctx.note("narrative.governmentFund", `说明中政府性基金预算财政拨款${side === "income" ? "收入" : "支出"}有多个不同数额，未采用`, first.offset);
      continue;
    }
    result[side] = { value: first.value, location: ctx.locate(first.offset) };
    ctx.source(`governmentFundStated.${side}`, first.offset);
  }
  return result;
}
