import type { EChartsOption, PieSeriesOption } from "echarts";
import { sumAmounts } from "@/lib/money";
import { formatPct, formatWan, yuanToWanNumber } from "@/lib/figures/format";
import type { DataTable } from "@/lib/data-table";
import { paletteColor, type ChartContext } from "../context";
import type { StructureDto, StructureNode, TableMeta } from "../dto";
import { baseOption, dataKey, sharePct, table, tooltipHtml } from "../option-base";
import { shortCodeName } from "../short-name";

/** Legend entries per row assumed when reserving room below the ring: short names fit three a row in a 1024 px half-width card. */
const LEGEND_PER_ROW = 3;
const LEGEND_ROW_HEIGHT = 22;

/** Slice payload: `code` drives drill-down on click. */
export interface StructureSlice {
  key: string;
  name: string;
  value: number;
  code: string;
  level: StructureNode["level"];
  itemStyle: { color: string };
}

function drawable(node: StructureNode): node is StructureNode & { amount: string } {
  // A pie cannot show missing or negative amounts; they stay in the data table.
  const value = yuanToWanNumber(node.amount);
  return value !== null && value > 0;
}

export function buildStructureOption(dto: StructureDto, ctx: ChartContext): EChartsOption {
  const total = sumAmounts(dto.nodes.map((node) => node.amount));
  const slices: StructureSlice[] = dto.nodes.filter(drawable).map((node, index) => ({
    key: node.code,
    name: node.name,
    value: yuanToWanNumber(node.amount) ?? 0,
    code: node.code,
    level: node.level,
    itemStyle: { color: paletteColor(ctx, index) },
  }));
  const byCode = new Map(dto.nodes.map((node) => [node.code, node]));
  // A plain legend wraps instead of paging ("1/2" hid names at 1024 px): the ring is laid out above all its rows.
  const legendHeight = Math.ceil(slices.length / LEGEND_PER_ROW) * LEGEND_ROW_HEIGHT;
  const series: PieSeriesOption = {
    type: "pie",
    name: dto.parent?.name ?? "支出结构",
    bottom: legendHeight + 8,
    radius: ["36%", "66%"],
    center: ["50%", "50%"],
    avoidLabelOverlap: true,
    minShowLabelAngle: 4,
    label: { formatter: "{b}\n{d}%", color: ctx.fonts.color },
    itemStyle: { borderColor: "#fff", borderWidth: 1 },
    data: slices,
  };
  return {
    ...baseOption(ctx),
    tooltip: {
      trigger: "item",
      formatter: (params) => {
        const node = byCode.get(dataKey(params) ?? "");
        if (node === undefined) return "";
        return tooltipHtml(`${node.code} ${node.name}`, [
          ["金额", `${formatWan(node.amount)} 万元`],
          ["占比", formatPct(sharePct(node.amount, total))],
        ]);
      },
    },
    legend: {
      type: "plain",
      bottom: 0,
      left: "center",
      itemGap: 8,
      // Short names: the ring's labels, the tooltip and the data table carry the full ones.
      formatter: (name: string) => shortCodeName(name, 8),
      textStyle: { color: ctx.fonts.color },
    },
    series: [series],
  };
}

export function toStructureTable(dto: StructureDto, meta: TableMeta = {}): DataTable {
  const total = sumAmounts(dto.nodes.map((node) => node.amount));
  return table(
    meta,
    dto.parent === null ? "支出功能分类结构" : `${dto.parent.name}支出结构`,
    [
      { key: "code", label: "科目编码", kind: "text" },
      { key: "name", label: "科目名称", kind: "text" },
      { key: "level", label: "级次", kind: "text" },
      { key: "amount", label: "金额", kind: "amount" },
      { key: "share", label: "占比", kind: "pct" },
    ],
    dto.nodes.map((node) => ({
      code: node.code,
      name: node.name,
      level: node.level,
      amount: node.amount,
      share: sharePct(node.amount, total),
    })),
  );
}
