import { Decimal } from "@/lib/money";
import type { GpbExpenditureLine, Unread } from "@/lib/parsers/contract";
import type { NarrativeItemBudget } from "@/lib/parsers/narrative/types";
import { FUNCTION_CODE_NAMES } from "@/lib/domain/function-codes";
import { classCodeOf } from "@/lib/parsers/tables/summary-table";
import { compact } from "@/lib/parsers/tables/tokens";

/** 0.01 万元: a narrative 决算 equal to the table's within one printed cent names the same row. */
const SAME_AMOUNT = new Decimal(100);
const NAME_SIMILAR = 0.75;

function normalizeName(name: string): string {
  return compact(name).replace(/[()（）]/g, "").replace(/[（(]?(类|款|项)[)）]?$/, "");
}

/** Dice coefficient on characters: "一般行政事务管理" and "一般行政管理事务" are the same words reordered. */
export function nameSimilarity(a: string, b: string): number {
  const x = [...normalizeName(a)];
  const y = [...normalizeName(b)];
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of x) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let common = 0;
  for (const ch of y) {
    const left = counts.get(ch) ?? 0;
    if (left > 0) {
      common += 1;
      counts.set(ch, left - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

function sameAmount(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && new Decimal(a).minus(b).abs().lte(SAME_AMOUNT);
}

function classCode(name: string | null): string | null {
  if (!name) return null;
  const withSuffix = /支出$/.test(compact(name)) ? name : `${name}支出`;
  return classCodeOf(withSuffix);
}

/** The 05 项 row a narrative item speaks of: by code, else by name within its 类 (and 款), amounts breaking ties. */
function findRow(item: NarrativeItemBudget, rows: ReadonlyArray<GpbExpenditureLine>): GpbExpenditureLine | string {
  if (item.code) {
    return rows.find((r) => r.code === item.code) ?? `公开05表中没有科目 ${item.code}`;
  }
  const cls = classCode(item.className);
  let pool = rows.filter((r) => r.level === "项" && (cls === null || r.code.startsWith(cls)));
  if (item.sectionName) {
    const sections = rows.filter(
      (r) => r.level === "款" && (cls === null || r.code.startsWith(cls)) && nameSimilarity(r.name, item.sectionName ?? "") >= NAME_SIMILAR,
    );
    const narrowed = pool.filter((r) => sections.some((s) => r.code.startsWith(s.code)));
    if (narrowed.length > 0) pool = narrowed;
  }
  const exact = pool.filter((r) => normalizeName(r.name) === normalizeName(item.itemName));
  if (exact.length === 1 && exact[0]) return exact[0];
  const scored = (exact.length > 1 ? exact : pool)
    .map((row) => ({ row, score: nameSimilarity(row.name, item.itemName), amount: sameAmount(row.total, item.actual) }))
    .filter((c) => c.score >= NAME_SIMILAR);
  const byAmount = scored.filter((c) => c.amount);
  if (byAmount.length === 1 && byAmount[0]) return byAmount[0].row;
  const best = [...scored].sort((a, b) => b.score - a.score);
  if (best[0] && (best.length === 1 || (best[1] && best[0].score > best[1].score))) return best[0].row;
  return best.length === 0 ? "公开05表中没有名称相近的项" : `公开05表中有 ${best.length} 个名称相近的项，无法确定`;
}

/** Puts each narrative 年初预算 / 全年预算 next to its 05 row; what cannot be joined is reported, not dropped. */
export function joinItemBudgets(
  rows: GpbExpenditureLine[],
  items: ReadonlyArray<NarrativeItemBudget>,
): { rows: GpbExpenditureLine[]; unread: Unread[] } {
  const unread: Unread[] = [];
  const joined = new Set<string>();
  for (const item of items) {
    const label = [item.className, item.sectionName, item.itemName].filter(Boolean).join(" / ");
    const found = findRow(item, rows);
    if (typeof found === "string") {
      unread.push({ section: "决算情况说明：一般公共预算财政拨款支出具体情况", reason: `“${label}”未能对应到公开05表：${found}`, location: item.location });
      continue;
    }
    if (joined.has(found.code)) {
      unread.push({ section: "决算情况说明：一般公共预算财政拨款支出具体情况", reason: `“${label}”与另一段说明对应到同一项 ${found.code}，未重复采用`, location: item.location });
      continue;
    }
    joined.add(found.code);
    // A budget the 05 table prints is kept; the narrative fills the ones it does not, and its own is kept beside.
    if (found.budgetInitial !== null && item.budgetInitial !== null) found.statedBudgetInitial = item.budgetInitial;
    if (found.budgetFull !== null && item.budgetFull !== null) found.statedBudgetFull = item.budgetFull;
    if (found.statedBudgetInitial !== undefined || found.statedBudgetFull !== undefined) {
      const sameRow = item.code !== null || normalizeName(found.name) === normalizeName(item.itemName);
      found.statedBudgetCertain = sameRow && (found.statedBudgetFull === undefined || item.budgetFullNamed === true);
    }
    found.budgetInitial = found.budgetInitial ?? item.budgetInitial;
    found.budgetFull = found.budgetFull ?? item.budgetFull;
    found.statedRatePct = item.statedRatePct;
    found.statedRateBasis = item.statedRateBasis;
    found.reason = item.reason;
    found.narrativeLocation = item.location;
  }
  return { rows, unread };
}

/** The catalogue code under `parent` whose national name is `name`, when exactly one is. */
function catalogueCode(parent: string, digits: 5 | 7, name: string | null): string | null {
  if (!name) return null;
  const wanted = normalizeName(name);
  const found = Object.entries(FUNCTION_CODE_NAMES).filter(([code, n]) => code.length === digits && code.startsWith(parent) && normalizeName(n) === wanted);
  return found.length === 1 && found[0] ? found[0][0] : null;
}

/**
 * Without a 公开05表 (a 说明 published alone) each stated 项 becomes its own line when the national catalogue names its
 * 类 › 款 › 项 unambiguously; its 决算 is the stated one, 基本/项目 stay unknown. Others are reported, not guessed.
 */
export function itemsAsLines(items: ReadonlyArray<NarrativeItemBudget>): { rows: GpbExpenditureLine[]; unread: Unread[] } {
  const rows: GpbExpenditureLine[] = [];
  const unread: Unread[] = [];
  for (const item of items) {
    const cls = classCode(item.className);
    const section = cls ? catalogueCode(cls, 5, item.sectionName) : null;
    const code = item.code ?? (section ? catalogueCode(section, 7, item.itemName) : null);
    if (!code || rows.some((r) => r.code === code)) {
      const label = [item.className, item.sectionName, item.itemName].filter(Boolean).join(" / ");
      unread.push({ section: "决算情况说明：一般公共预算财政拨款支出具体情况", reason: `“${label}”无法确定科目编码（无公开05表），未采用`, location: item.location });
      continue;
    }
    rows.push({
      code, name: item.itemName, level: "项", location: item.location, total: item.actual, basic: null, project: null,
      budgetInitial: item.budgetInitial, budgetFull: item.budgetFull, statedRatePct: item.statedRatePct, reason: item.reason,
      narrativeLocation: item.location,
    });
  }
  return { rows, unread };
}
