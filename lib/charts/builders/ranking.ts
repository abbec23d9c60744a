import type { BarSeriesOption, EChartsOption } from "echarts";
import { sumAmounts } from "@/lib/money";
import { formatPct, formatWan, yuanToWanNumber } from "@/lib/figures/format";
import type { DataTable } from "@/lib/data-table";
import type { ChartContext } from "../context";
import { labelRoom, valueAxisLabel } from "../axis-labels";
import type { RankingDto, TableMeta } from "../dto";
import { baseOption, compareYuanDesc, dataKey, grid, sharePct, table, tooltipHtml } from "../option-base";

const ROW_HEIGHT = 24;
const CHROME_HEIGHT = 56;
const MIN_HEIGHT = 200;

/** Pixel height for a ranking of n rows: every department gets a readable bar instead of a scrollbar. */
export function rankingHeight(n: number): number {
  return Math.max(MIN_HEIGHT, CHROME_HEIGHT + Math.max(0, n) * ROW_HEIGHT);
}

const sorted = (dto: RankingDto) => [...dto.rows].sort((a, b) => compareYuanDesc(a.amount, b.amount));

export function buildRankingOption(dto: RankingDto, ctx: ChartContext): EChartsOption {
  const rows = sorted(dto);
  const total = sumAmounts(rows.map((row) => row.amount));
  const byId = new Map(rows.map((row) => [row.departmentId, row]));
  const labels = rows.map((row) => formatWan(row.amount));
  const bars: BarSeriesOption = {
    type: "bar",
    name: dto.metricLabel,
    itemStyle: { color: ctx.palette[0] ?? "#1f3a5f" },
    barMaxWidth: 18,
    label: {
      show: true,
      position: "right",
      color: ctx.fonts.mutedColor,
      formatter: (params) => labels[params.dataIndex] ?? "",
    },
    data: rows.map((row) => ({ key: row.departmentId, departmentId: row.departmentId, value: yuanToWanNumber(row.amount) })),
  };
  return {
    ...baseOption(ctx),
    // Right margin as wide as the widest bar label, so the longest bar's figure is never cut or drawn over.
    grid: grid(24, labelRoom(labels), 8, 8),
    tooltip: {
      trigger: "item",
      formatter: (params) => {
        const row = byId.get(dataKey(params) ?? "");
        if (row === undefined) return "";
        return tooltipHtml(row.name, [
          [dto.metricLabel, `${formatWan(row.amount)} 万元`],
          ["占合计", formatPct(sharePct(row.amount, total))],
        ]);
      },
    },
    // No axis name: the card states 单位：万元, and a name at the axis end sat on the top bar's label.
    xAxis: { type: "value", position: "top", splitNumber: 4, axisLabel: valueAxisLabel() },
    yAxis: {
      type: "category",
      inverse: true,
      data: rows.map((row) => row.name),
      axisLabel: { interval: 0, width: 160, overflow: "truncate" },
    },
    series: [bars],
  };
}

export function toRankingTable(dto: RankingDto, meta: TableMeta = {}): DataTable {
  const rows = sorted(dto);
  const total = sumAmounts(rows.map((row) => row.amount));
  return table(
    meta,
    `部门${dto.metricLabel}排名`,
    [
      { key: "rank", label: "排名", kind: "count" },
      { key: "department", label: "部门", kind: "text" },
      { key: "amount", label: dto.metricLabel, kind: "amount" },
      { key: "share", label: "占合计", kind: "pct" },
    ],
    rows.map((row, index) => ({
      rank: row.amount === null ? null : index + 1,
      department: row.name,
      amount: row.amount,
      share: sharePct(row.amount, total),
    })),
  );
}
