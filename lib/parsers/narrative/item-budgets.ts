import type { NarrativeItemBudget } from "./types";
import { pushCompletionClaim, readBudgetFields, type BudgetFields } from "./budget-fields";
import { regex, sentenceEnd, type NarrativeContext } from "./stated-amount";

const NOT_LEVEL = String.raw`(?!\((?:类|款|项)\))`;
/** "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）": names may hold their own brackets. */
const TRIPLE = regex(
  String.raw`([^。;:,()\d、.]{2,40}?)\(类\)((?:${NOT_LEVEL}[^。;:,])*?)\(款\)((?:${NOT_LEVEL}[^。;:,])*?)\(项\)`,
);
/** Provinces that lead with the code: "2010301 行政运行（项）年初预算为 …". */
const CODED = regex(String.raw`(?<!\d)(\d{7})(?!\d)\(?([^\d。;:,()]{2,30}?)\)?(?:\(项\))?[:,]?(?=(?:年初|全年|调整)预算)`);
const TOP_HEADING = /[一二三四五六七八九十]+、/g;
const MAX_BODY = 600;

interface ItemHead {
  start: number;
  end: number;
  className: string | null;
  sectionName: string | null;
  itemName: string;
  code: string | null;
}

function findHeads(text: string): ItemHead[] {
  const heads: ItemHead[] = [];
  for (const m of text.matchAll(TRIPLE)) {
    const rawItem = m[3] ?? "";
    const code = /\d{7}/.exec(rawItem)?.[0] ?? null;
    heads.push({
      start: m.index,
      end: m.index + m[0].length,
      // The class group can run back over a heading glued in front ("…决算情况说明一般公共服务支出").
      className: m[1]?.replace(/^.*(?:说明|情况|包括|如下)/, "") || null,
      sectionName: m[2] || null,
      itemName: rawItem.replace(/\(?\d{7}\)?/, ""),
      code,
    });
  }
  for (const m of text.matchAll(CODED)) {
    if (heads.some((h) => m.index < h.end && m.index + m[0].length > h.start)) continue;
    heads.push({ start: m.index, end: m.index + m[0].length, className: null, sectionName: null, itemName: m[2] ?? "", code: m[1] ?? null });
  }
  return heads.sort((a, b) => a.start - b.start);
}

function bodyEnd(text: string, from: number, nextHead: number): number {
  TOP_HEADING.lastIndex = from;
  const heading = TOP_HEADING.exec(text);
  return Math.min(nextHead, heading ? heading.index : text.length, from + MAX_BODY);
}

/** The budget a stated rate is against: named ("完成年初预算的"), or the only budget the statement gives. */
function statedBasis(fields: BudgetFields): "initial" | "full" | null {
  if (!fields.pct) return null;
  if (fields.pct.basis !== "unnamed") return fields.pct.basis;
  const full = fields.full ?? fields.unnamed;
  if (fields.initial && !full) return "initial";
  if (full && !fields.initial) return "full";
  return null;
}

/** Per-项 budget statements of the 一般公共预算财政拨款支出决算具体情况 section. */
export function extractItemBudgets(ctx: NarrativeContext): NarrativeItemBudget[] {
  const text = ctx.text;
  const heads = findHeads(text);
  return heads.map((head, index) => {
    const end = bodyEnd(text, head.end, heads[index + 1]?.start ?? text.length);
    const fields = readBudgetFields(ctx, text.slice(head.end, end), head.end);
    const name = [head.className, head.sectionName, head.itemName].filter(Boolean).join("/");
    const subject = `item:${head.code ?? name}`;
    pushCompletionClaim(ctx, subject, fields, ctx.excerpt(head.start, Math.min(end, sentenceEnd(text, fields.pct?.offset ?? head.end) + 1)));
    if (!fields.actual) ctx.note("narrative.items", `“${head.itemName}”未读到支出决算数`, head.start);
    return {
      className: head.className,
      sectionName: head.sectionName,
      itemName: head.itemName,
      code: head.code,
      budgetInitial: fields.initial?.value ?? null,
      budgetFull: fields.full?.value ?? fields.unnamed?.value ?? null,
      budgetFullNamed: fields.full !== null,
      actual: fields.actual?.value ?? null,
      statedRatePct: fields.pct?.value ?? null,
      statedRateBasis: statedBasis(fields),
      reason: fields.reason,
      location: ctx.locate(head.start),
    };
  });
}

const GPB_TOTAL = /一般公共预算财政拨款支出(?:决算)?(?=(?:年初|全年|调整)预算)/g;

/** "一般公共预算财政拨款支出年初预算为 X 万元，（全年预算为 F 万元，）支出决算为 Y 万元，完成年初预算的 Z%". */
export function extractGpbTotal(ctx: NarrativeContext): { initial: string | null; full: string | null; actual: string | null } {
  GPB_TOTAL.lastIndex = 0;
  const match = GPB_TOTAL.exec(ctx.text);
  if (!match) return { initial: null, full: null, actual: null };
  const end = sentenceEnd(ctx.text, match.index);
  const fields = readBudgetFields(ctx, ctx.text.slice(match.index, end), match.index);
  pushCompletionClaim(ctx, "gpbExpenditure", fields, ctx.excerpt(match.index, end + 1));
  if (fields.initial) ctx.source("gpbBudgetInitialTotal", fields.initial.offset);
  if (fields.full) ctx.source("gpbBudgetFullTotal", fields.full.offset);
  return { initial: fields.initial?.value ?? null, full: fields.full?.value ?? null, actual: fields.actual?.value ?? null };
}
