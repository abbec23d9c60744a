import type { EChartsOption, SunburstSeriesOption } from "echarts";
import { sumAmounts } from "@/lib/money";
import { formatPct, formatWan, yuanToWanNumber } from "@/lib/figures/format";
import type { DataTable } from "@/lib/data-table";
import { paletteColor, type ChartContext } from "../context";
import { labelColorOn } from "../contrast";
import { shortCodeName } from "../short-name";
import type { EconomicDto, EconomicItem, TableMeta } from "../dto";
import { baseOption, dataKey, sharePct, table, tooltipHtml } from "../option-base";

/** A ring segment; `key` is unique in the chart (economic codes repeat across 人员/公用 only at the category level). */
export interface EconomicSegment {
  key: string;
  name: string;
  code: string;
  value?: number;
  itemStyle?: { color: string };
  children?: EconomicSegment[];
  label?: { color: string };
}

interface Flat {
  key: string;
  category: string;
  code: string;
  name: string;
  level: "类别" | "款" | "项";
  amount: string | null;
}

function flatten(dto: EconomicDto): Flat[] {
  return dto.categories.flatMap((category) => [
    { key: category.key, category: category.name, code: "", name: category.name, level: "类别" as const, amount: category.amount },
    ...category.groups.flatMap((group) => [
      { key: `${category.key}/${group.code}`, category: category.name, code: group.code, name: group.name, level: "款" as const, amount: group.amount },
      ...group.items.map((item) => ({
        key: `${category.key}/${group.code}/${item.code}`,
        category: category.name,
        code: item.code,
        name: item.name,
        level: "项" as const,
        amount: item.amount,
      })),
    ]),
  ]);
}

function segment(key: string, item: EconomicItem, children?: EconomicSegment[]): EconomicSegment {
  const value = yuanToWanNumber(item.amount);
  // Without a value the sunburst sizes the parent from its children, which is the honest fallback for a missing figure.
  return {
    key,
    name: item.name,
    code: item.code,
    ...(value !== null && value > 0 ? { value } : {}),
    ...(children === undefined || children.length === 0 ? {} : { children }),
  };
}

/**
 * Labels inside a category's two inner rings take the shade readable on that category's colour (white on navy, dark
 * on amber); the outer ring's labels sit outside, on the page, in the text colour.
 */
function withLabelColor(node: EconomicSegment, inside: string, outside: string, depth = 0): EconomicSegment {
  return {
    ...node,
    label: { color: depth < 2 ? inside : outside },
    ...(node.children === undefined ? {} : { children: node.children.map((child) => withLabelColor(child, inside, outside, depth + 1)) }),
  };
}

/**
 * Ring labels that fit their ring: the two categories upright, the 款 radial and cut to four characters (the ring is
 * about 45 px deep on a card), the 项 outside and only where their slice is wide enough; overlaps are hidden.
 */
const RING_LEVELS: SunburstSeriesOption["levels"] = [
  {},
  { r0: "12%", r: "36%", label: { rotate: 0, minAngle: 20 } },
  { r0: "36%", r: "60%", label: { rotate: "radial", minAngle: 14, formatter: (p) => shortCodeName(p.name ?? "", 4) } },
  { r0: "60%", r: "78%", label: { position: "outside", minAngle: 8, formatter: (p) => shortCodeName(p.name ?? "", 6) } },
];

export function buildEconomicOption(dto: EconomicDto, ctx: ChartContext): EChartsOption {
  const total = sumAmounts(dto.categories.map((category) => category.amount));
  const byKey = new Map(flatten(dto).map((row) => [row.key, row]));
  const data: EconomicSegment[] = dto.categories.map((category, index) => ({
    ...segment(
      category.key,
      { code: category.key, name: category.name, amount: category.amount },
      category.groups.map((group) =>
        segment(
          `${category.key}/${group.code}`,
          group,
          group.items.map((item) => segment(`${category.key}/${group.code}/${item.code}`, item)),
        ),
      ),
    ),
    itemStyle: { color: paletteColor(ctx, index) },
  })).map((node) => {
    const fill = node.itemStyle?.color ?? ctx.fonts.color;
    return withLabelColor(node, labelColorOn(fill, ctx.fonts.color), ctx.fonts.color);
  });
  const series: SunburstSeriesOption = {
    type: "sunburst",
    // Room outside the outer ring for its labels (at 88% the bottom ones were cut by the canvas edge).
    radius: ["12%", "78%"],
    center: ["50%", "50%"],
    nodeClick: false,
    itemStyle: { borderColor: "#fff", borderWidth: 1 },
    label: { fontSize: 12 },
    labelLayout: { hideOverlap: true },
    levels: RING_LEVELS,
    data,
  };
  return {
    ...baseOption(ctx),
    tooltip: {
      trigger: "item",
      formatter: (params) => {
        const row = byKey.get(dataKey(params) ?? "");
        if (row === undefined) return "";
        return tooltipHtml(row.code === "" ? row.name : `${row.code} ${row.name}`, [
          ["金额", `${formatWan(row.amount)} 万元`],
          ["占基本支出", formatPct(sharePct(row.amount, total))],
        ]);
      },
    },
    series: [series],
  };
}

export function toEconomicTable(dto: EconomicDto, meta: TableMeta = {}): DataTable {
  const total = sumAmounts(dto.categories.map((category) => category.amount));
  return table(
    meta,
    "基本支出经济分类构成",
    [
      { key: "category", label: "类别", kind: "text" },
      { key: "level", label: "级次", kind: "text" },
      { key: "code", label: "科目编码", kind: "text" },
      { key: "name", label: "科目名称", kind: "text" },
      { key: "amount", label: "金额", kind: "amount" },
      { key: "share", label: "占基本支出", kind: "pct" },
    ],
    flatten(dto).map((row) => ({
      category: row.category,
      level: row.level,
      code: row.code,
      name: row.name,
      amount: row.amount,
      share: sharePct(row.amount, total),
    })),
  );
}
