import { NUM, UNIT, clauseStart, dropHeadings, pctText, regex, type NarrativeContext, type StatedAmount } from "./stated-amount";

/** Denominators a share can be stated against, with the amount the narrative gives for each (null: table only). */
export type ShareBases = Partial<Record<ShareBaseKey, StatedAmount | null>>;
export type ShareBaseKey =
  | "incomeTotal"
  | "expenditureTotal"
  | "gpbExpenditure"
  | "projectExpenditure"
  | "sangongTotal"
  | "procurementTotal"
  | "procurementSme";

const SHARE = regex(String.raw`占([^\d%。;]{0,24}?)(${NUM})%`);
const AMOUNT = regex(String.raw`(${NUM})(${UNIT})`);

const DENOMINATORS: Array<[RegExp, ShareBaseKey]> = [
  [/政府采购(?:支出)?(?:总额|金额|总金额)/, "procurementTotal"],
  [/中小企业合同(?:金额|总额)/, "procurementSme"],
  [/三公/, "sangongTotal"],
  [/一般公共预算(?:财政拨款)?项目支出/, "projectExpenditure"],
  [/一般公共预算(?:财政拨款)?支出/, "gpbExpenditure"],
  [/收入/, "incomeTotal"],
  [/支出/, "expenditureTotal"],
];

function denominatorOf(phrase: string, label: string): ShareBaseKey | null {
  for (const [pattern, key] of DENOMINATORS) if (pattern.test(phrase)) return key;
  if (phrase.replace(/本年|的|总额|合计/g, "") !== "") return null;
  // "公务接待费支出决算0.39万元,占100.00%": a 三公 item's share is of the 三公 total, not of all spending.
  if (/因公出国|公务用车|公务接待|三公/.test(label)) return "sangongTotal";
  // "一般公共服务（类）支出 1880.84 万元，占 64.69%": 类 shares are of the 一般公共预算 expenditure they break down.
  if (/类/.test(label)) return "gpbExpenditure";
  if (/收入/.test(label)) return "incomeTotal";
  if (/支出|经费/.test(label)) return "expenditureTotal";
  return null;
}

/** Totals the narrative states itself, to serve as share denominators. */
export function findStatedTotals(ctx: NarrativeContext): ShareBases {
  const firstAmount = (pattern: string): StatedAmount | null => {
    const m = regex(pattern, "").exec(ctx.text);
    if (!m?.[1]) return null;
    return ctx.amount(m[1], m[2], m.index + m[0].lastIndexOf(m[1]));
  };
  return {
    incomeTotal: firstAmount(String.raw`(?:本年)?收入合计(?:为|是)?(${NUM})(${UNIT})`),
    expenditureTotal: firstAmount(String.raw`(?:本年)?支出合计(?:为|是)?(${NUM})(${UNIT})`),
    gpbExpenditure: firstAmount(String.raw`一般公共预算财政拨款支出(?:决算)?(?:为|是)?(${NUM})(${UNIT})`),
  };
}

function labelBefore(text: string, amountAt: number): string {
  const start = clauseStart(text, amountAt, ",:;。");
  return dropHeadings(text.slice(start, amountAt))
    .replace(/^(?:其中|\(?\d+[.)、]|[一二三四五六七八九十]+、)+/, "")
    .replace(/^20\d{2}年度?/, "")
    .replace(/(?:为|是|共计|合计)$/, "");
}

/** "财政拨款收入 2907.4 万元，占本年收入 99.98%" → share claims against the right denominator. */
export function extractShares(ctx: NarrativeContext, bases: ShareBases): void {
  const text = ctx.text;
  for (const m of text.matchAll(SHARE)) {
    const windowStart = clauseStart(text, m.index, "。;");
    let numerator: StatedAmount | null = null;
    for (const a of text.slice(windowStart, m.index).matchAll(AMOUNT)) {
      const at = windowStart + a.index;
      if (text.slice(at + a[0].length, m.index).includes("占")) continue;
      numerator = a[1] ? ctx.amount(a[1], a[2], at) : numerator;
    }
    const statedPct = m[2] ? pctText(m[2]) : null;
    if (!numerator || statedPct === null) continue;
    const label = labelBefore(text, numerator.offset);
    const key = denominatorOf(m[1] ?? "", label);
    if (key === null) {
      ctx.note("narrative.shares", `占比“${m[0]}”的分母无法确定`, m.index);
      continue;
    }
    ctx.claims.push({
      kind: "share",
      subject: `share.${key}:${label}`,
      amount: numerator.value,
      base: bases[key]?.value ?? null,
      statedPct,
      direction: null,
      text: `${label}${ctx.excerpt(numerator.offset, m.index + m[0].length)}`,
      location: ctx.locate(numerator.offset),
    });
  }
}
