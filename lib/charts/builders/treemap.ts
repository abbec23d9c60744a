import type { EChartsOption, TreemapSeriesOption } from "echarts";
import { sumAmounts } from "@/lib/money";
import { formatPct, formatWan, yuanToWanNumber } from "@/lib/figures/format";
import type { DataTable } from "@/lib/data-table";
import { paletteColor, type ChartContext } from "../context";
import { labelColorOn } from "../contrast";
import type { TableMeta, TreemapDto, TreemapItem } from "../dto";
import { baseOption, compareYuanDesc, dataKey, sharePct, table, tooltipHtml } from "../option-base";

/** A tile carries `code` (drill into a code) or `departmentId` (open the department) for the click handler. */
export interface TreemapTile {
  key: string;
  name: string;
  value: number;
  code?: string;
  departmentId?: string;
  itemStyle: { color: string };
  label: { show: boolean; color: string };
}

/**
 * Tiles under this share of the total are too small for a readable name (ECharts would cut it to "行…"); they keep
 * their tooltip and table row but draw no label.
 */
export const MIN_LABELLED_SHARE = 0.02;

const sorted = (dto: TreemapDto): TreemapItem[] => [...dto.items].sort((a, b) => compareYuanDesc(a.amount, b.amount));

export function buildTreemapOption(dto: TreemapDto, ctx: ChartContext): EChartsOption {
  const items = sorted(dto);
  const total = sumAmounts(items.map((item) => item.amount));
  const byId = new Map(items.map((item) => [item.id, item]));
  const drawnTotal = items.reduce((sum, item) => sum + Math.max(0, yuanToWanNumber(item.amount) ?? 0), 0);
  const tiles: TreemapTile[] = items.flatMap((item, index) => {
    const value = yuanToWanNumber(item.amount);
    // Area cannot show a missing or negative amount; such items stay in the data table.
    if (value === null || value <= 0) return [];
    const color = paletteColor(ctx, index);
    return [
      {
        key: item.id,
        name: item.name,
        value,
        ...(item.code === undefined ? {} : { code: item.code }),
        ...(item.departmentId === undefined ? {} : { departmentId: item.departmentId }),
        itemStyle: { color },
        label: { show: value >= drawnTotal * MIN_LABELLED_SHARE, color: labelColorOn(color, ctx.fonts.color) },
      },
    ];
  });
  const series: TreemapSeriesOption = {
    type: "treemap",
    name: dto.root.name,
    top: 8,
    bottom: 8,
    left: 8,
    right: 8,
    roam: false,
    nodeClick: false,
    breadcrumb: { show: false },
    label: {
      show: true,
      fontSize: 12,
      // Wrap inside the tile rather than cut: a narrow tile shows its name over two lines, not one character.
      overflow: "break",
      formatter: (params) => {
        const item = byId.get(dataKey(params) ?? "");
        return item === undefined ? "" : `${item.name}\n${formatWan(item.amount)}`;
      },
    },
    itemStyle: { borderColor: "#fff", borderWidth: 2, gapWidth: 2 },
    data: tiles,
  };
  return {
    ...baseOption(ctx),
    tooltip: {
      trigger: "item",
      formatter: (params) => {
        const item = byId.get(dataKey(params) ?? "");
        if (item === undefined) return "";
        return tooltipHtml(item.code === undefined ? item.name : `${item.code} ${item.name}`, [
          ["金额", `${formatWan(item.amount)} 万元`],
          [`占${dto.root.name}`, formatPct(sharePct(item.amount, total))],
        ]);
      },
    },
    series: [series],
  };
}

export function toTreemapTable(dto: TreemapDto, meta: TableMeta = {}): DataTable {
  const items = sorted(dto);
  const total = sumAmounts(items.map((item) => item.amount));
  const first = dto.mode === "children" ? { key: "code", label: "科目编码" } : { key: "department", label: "部门" };
  return table(
    meta,
    dto.mode === "children" ? `${dto.root.name}下级科目` : `${dto.root.name}各部门支出`,
    [
      { ...first, kind: "text" },
      { key: "name", label: "名称", kind: "text" },
      { key: "amount", label: "金额", kind: "amount" },
      { key: "share", label: "占比", kind: "pct" },
    ],
    items.map((item) => ({
      [first.key]: dto.mode === "children" ? (item.code ?? null) : (item.departmentId ?? null),
      name: item.name,
      amount: item.amount,
      share: sharePct(item.amount, total),
    })),
  );
}
