import type { DocLine } from "@/lib/parsers/document";
import type { Column } from "@/lib/parsers/tables/header-columns";
import { compact } from "@/lib/parsers/tables/tokens";

/** The column groups a 05 table may print side by side, each with its own 小计/基本支出/项目支出. */
const GROUPS = [
  { group: "initial", words: ["年初预算数", "年初预算"], keys: ["budgetInitial", "budgetInitialBasic", "budgetInitialProject"] },
  { group: "full", words: ["全年预算数", "全年预算", "调整后预算数", "调整预算数", "调整预算"], keys: ["budgetFull", "budgetFullBasic", "budgetFullProject"] },
  { group: "actual", words: ["决算数", "决算", "本年支出"], keys: ["total", "basic", "project"] },
] as const;

const SUBTOTAL = /小计|合计/g;
const BASIC = /基本支出/g;
const PROJECT = /项目支出/g;

function firstIndex(text: string, words: ReadonlyArray<string>): number {
  const hits = words.map((w) => text.indexOf(w)).filter((i) => i >= 0);
  return hits.length === 0 ? -1 : Math.min(...hits);
}

/**
 * A 05 header that repeats 小计/基本支出/项目支出 under each of 年初预算, 全年预算 (调整预算) and 决算: one column per
 * group and sub-column, groups in printed order. Only budgets stand outside the 决算 合计; each group's 小计 is the
 * sum of its own 基本 and 项目 (`group`). Null when the header is not of this shape (every group must print all three
 * sub-columns: plain text cannot tell which group a missing one belongs to).
 */
export function budgetGroupColumns(header: ReadonlyArray<DocLine>): Column[] | null {
  const joined = compact(header.map((l) => l.text).join(""));
  // The column header starts at its first column word; the title above ("…支出决算表") names no column.
  const start = firstIndex(joined, ["科目编码", "科目代码", "功能分类", "科目名称", "项目"]);
  const text = start < 0 ? joined : joined.slice(start);
  const present = GROUPS.map((g) => ({ ...g, at: firstIndex(text, g.words) })).filter((g) => g.at >= 0);
  if (present.length < 2 || !present.some((g) => g.group === "actual")) return null;
  const sets = [SUBTOTAL, BASIC, PROJECT].map((re) => text.match(re)?.length ?? 0);
  if (sets.some((n) => n !== present.length)) return null;
  return present
    .sort((a, b) => a.at - b.at)
    .flatMap((g) =>
      g.keys.map((key, i) => {
        const label = `${g.words[0]}${["小计", "基本支出", "项目支出"][i] ?? ""}`;
        return g.group === "actual" ? { key, label } : { key, label, inTotal: false, group: g.group };
      }),
    );
}

/** The basis a rate column's header names: 年初预算 → initial, 全年/调整预算 → full, else unnamed. */
export function rateBasis(label: string): "initial" | "full" | null {
  if (label.includes("年初")) return "initial";
  return /全年|调整/.test(label) ? "full" : null;
}
