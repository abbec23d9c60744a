import type { DataZoomComponentOption, EChartsOption, HeatmapSeriesOption } from "echarts";
import { Decimal } from "@/lib/money";
import { formatAmount, formatPct, formatWan, pctToNumber } from "@/lib/format";
import type { DataTable } from "@/lib/data-table";
import { BASIS_BUDGET_LABEL, rateLabel } from "@/lib/figures/execution";
import type { ChartContext } from "../context";
import type { HeatmapCell, HeatmapDto, PctString, TableMeta } from "../dto";
import {
  baseOption,
  dataKey,
  differenceYuan,
  executionRate,
  grid,
  rateBand,
  table,
  tooltipHtml,
  type RateBand,
} from "../option-base";

/** The diverging scale is centred on 100% and clamped to ±50 points; the exact rate stays in the tooltip. */
export const RATE_SCALE = { min: 50, centre: 100, max: 150 } as const;
/** More rows/columns than this get a dataZoom slider instead of squeezing cells. */
export const VISIBLE_ROWS = 20;
export const VISIBLE_COLUMNS = 24;

export type CellStatus = "rate" | "noBudget" | "noData";

export interface HeatmapPoint {
  key: string;
  value: [number, number, number];
  departmentId: string;
  code: string;
  status: CellStatus;
}

interface Cell {
  departmentId: string;
  departmentName: string;
  code: string;
  codeName: string;
  budget: string | null;
  actual: string | null;
  rate: PctString | null;
  status: CellStatus;
}

function statusOf(cell: HeatmapCell | undefined): CellStatus {
  if (cell === undefined || cell.actual === null) return "noData";
  if (cell.budget === null || new Decimal(cell.budget).isZero()) return "noBudget";
  return "rate";
}

/** Every department × code pair, so "no data" is drawn explicitly rather than left as a gap. */
function matrix(dto: HeatmapDto): Cell[] {
  const byPair = new Map(dto.cells.map((cell) => [`${cell.departmentId}\u0000${cell.code}`, cell]));
  return dto.departments.flatMap((department) =>
    dto.codes.map((code) => {
      const cell = byPair.get(`${department.id}\u0000${code.code}`);
      const status = statusOf(cell);
      return {
        departmentId: department.id,
        departmentName: department.name,
        code: code.code,
        codeName: code.name,
        budget: cell?.budget ?? null,
        actual: cell?.actual ?? null,
        rate: status === "rate" ? executionRate(cell?.budget ?? null, cell?.actual ?? null) : null,
        status,
      };
    }),
  );
}

const clampRate = (rate: PctString | null): number =>
  Math.min(RATE_SCALE.max, Math.max(RATE_SCALE.min, pctToNumber(rate) ?? RATE_SCALE.centre));

/** Cartesian heatmaps need a visualMap for every series; the two non-rate series get fixed pieces by these values. */
const NO_BUDGET_VALUE = 0;
const NO_DATA_VALUE = -1;

const statusValue = (status: CellStatus, rate: PctString | null): number =>
  status === "rate" ? clampRate(rate) : status === "noBudget" ? NO_BUDGET_VALUE : NO_DATA_VALUE;

const STATUS_LABEL: Record<CellStatus, string> = { rate: "执行率", noBudget: "无预算", noData: "无数据" };
const BAND_LABEL: Record<RateBand, string> = { below: "低于90%", within: "90%–110%", above: "高于110%" };

function tableStatus(cell: Cell): string {
  if (cell.status !== "rate") return STATUS_LABEL[cell.status];
  return cell.rate === null ? STATUS_LABEL.noData : BAND_LABEL[rateBand(cell.rate)];
}

/** "年初预算" and "执行率（对年初预算）" when the DTO names its basis, else the plain words. */
function basisLabels(dto: HeatmapDto): { budget: string; rate: string; title: string } {
  if (dto.basis === undefined) return { budget: "预算", rate: STATUS_LABEL.rate, title: "预算执行率" };
  return { budget: BASIS_BUDGET_LABEL[dto.basis], rate: rateLabel(dto.basis), title: rateLabel(dto.basis, "预算执行率") };
}

export function buildHeatmapOption(dto: HeatmapDto, ctx: ChartContext): EChartsOption {
  const labels = basisLabels(dto);
  const cells = matrix(dto);
  const rowIndex = new Map(dto.departments.map((department, i) => [department.id, i]));
  const columnIndex = new Map(dto.codes.map((code, i) => [code.code, i]));
  const byKey = new Map<string, Cell>();
  const points = (status: CellStatus): HeatmapPoint[] =>
    cells
      .filter((cell) => cell.status === status)
      .map((cell) => {
        const key = `${cell.departmentId}|${cell.code}`;
        byKey.set(key, cell);
        const x = columnIndex.get(cell.code) ?? 0;
        const y = rowIndex.get(cell.departmentId) ?? 0;
        return { key, value: [x, y, statusValue(status, cell.rate)], departmentId: cell.departmentId, code: cell.code, status };
      });
  const cellStyle = { borderColor: "#fff", borderWidth: 1 };
  const series: HeatmapSeriesOption[] = [
    { type: "heatmap", name: STATUS_LABEL.rate, data: points("rate"), itemStyle: cellStyle, emphasis: { itemStyle: { borderColor: ctx.fonts.color } } },
    { type: "heatmap", name: STATUS_LABEL.noBudget, data: points("noBudget"), itemStyle: { ...cellStyle, color: ctx.noBudgetColor } },
    {
      type: "heatmap",
      name: STATUS_LABEL.noData,
      data: points("noData"),
      itemStyle: {
        color: ctx.noDataColor,
        borderColor: ctx.noDataBorderColor,
        borderWidth: 1,
        // Hatched so an empty cell never reads as a rate near 100% (the scale's light centre).
        decal: { symbol: "rect", dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4, color: ctx.noDataBorderColor },
      },
    },
  ];
  const dataZoom: DataZoomComponentOption[] = [];
  if (dto.departments.length > VISIBLE_ROWS) {
    dataZoom.push(
      { type: "slider", yAxisIndex: 0, right: 8, width: 16, startValue: 0, endValue: VISIBLE_ROWS - 1, filterMode: "none" },
      { type: "inside", yAxisIndex: 0, filterMode: "none", zoomOnMouseWheel: false, moveOnMouseWheel: true },
    );
  }
  if (dto.codes.length > VISIBLE_COLUMNS) {
    dataZoom.push({ type: "slider", xAxisIndex: 0, bottom: 56, height: 16, startValue: 0, endValue: VISIBLE_COLUMNS - 1, filterMode: "none" });
  }
  const count = (status: CellStatus) => cells.filter((cell) => cell.status === status).length;
  return {
    ...baseOption(ctx),
    // ECharts' generated description would read out "x，y，value" triples; a summary is what a screen reader needs.
    aria: {
      enabled: true,
      label: {
        description: `部门与科目${labels.title}热力图：${dto.departments.length}个部门、${dto.codes.length}个科目；${count("rate")}格有执行率，${count("noBudget")}格无预算，${count("noData")}格无数据。明细见数据表。`,
      },
    },
    grid: grid(40, dto.departments.length > VISIBLE_ROWS ? 40 : 16, dto.codes.length > VISIBLE_COLUMNS ? 84 : 64, 16),
    tooltip: {
      trigger: "item",
      formatter: (params) => {
        const cell = byKey.get(dataKey(params) ?? "");
        if (cell === undefined) return "";
        return tooltipHtml(`${cell.departmentName} · ${cell.code} ${cell.codeName}`, [
          [labels.budget, `${formatWan(cell.budget)} 万元`],
          ["决算", `${formatWan(cell.actual)} 万元`],
          [cell.status === "rate" ? labels.rate : STATUS_LABEL[cell.status], cell.status === "rate" ? formatPct(cell.rate) : "—"],
          ["差额", formatAmount(differenceYuan(cell.budget, cell.actual), { signed: true })],
        ]);
      },
    },
    xAxis: {
      type: "category",
      data: dto.codes.map((code) => code.code),
      splitArea: { show: false },
      axisLabel: { interval: 0, rotate: dto.codes.length > 10 ? 45 : 0 },
    },
    yAxis: {
      type: "category",
      inverse: true,
      data: dto.departments.map((department) => department.name),
      axisLabel: { interval: 0, width: 140, overflow: "truncate" },
    },
    visualMap: [
      {
        type: "continuous",
        seriesIndex: 0,
        dimension: 2,
        min: RATE_SCALE.min,
        max: RATE_SCALE.max,
        calculable: true,
        orient: "horizontal",
        left: "center",
        bottom: 0,
        itemHeight: 160,
        text: [`≥${RATE_SCALE.max}%`, `≤${RATE_SCALE.min}%`],
        // Light blue/orange shoulders: a straight RGB blend of blue and yellow passes through grey-teal at ~75%, which
        // reads like the grey 无预算 cells.
        inRange: { color: [ctx.diverging[0], "#91bfdb", ctx.diverging[1], "#fc8d59", ctx.diverging[2]] },
      },
      {
        type: "piecewise",
        seriesIndex: [1, 2],
        dimension: 2,
        orient: "horizontal",
        top: 0,
        right: 16,
        pieces: [
          { value: NO_BUDGET_VALUE, label: STATUS_LABEL.noBudget, color: ctx.noBudgetColor },
          { value: NO_DATA_VALUE, label: STATUS_LABEL.noData, color: ctx.noDataColor },
        ],
      },
    ],
    dataZoom,
    series,
  };
}

export function toHeatmapTable(dto: HeatmapDto, meta: TableMeta = {}): DataTable {
  const labels = basisLabels(dto);
  return table(
    meta,
    `部门 × 科目 ${labels.title}`,
    [
      { key: "department", label: "部门", kind: "text" },
      { key: "code", label: "科目编码", kind: "text" },
      { key: "codeName", label: "科目名称", kind: "text" },
      { key: "budget", label: labels.budget, kind: "amount" },
      { key: "actual", label: "决算", kind: "amount" },
      { key: "rate", label: labels.rate, kind: "pct" },
      { key: "difference", label: "差额", kind: "amount" },
      { key: "status", label: "状态", kind: "text" },
    ],
    // Pairs the reports say nothing about would swamp the table; the chart still draws them as 无数据.
    matrix(dto)
      .filter((cell) => cell.budget !== null || cell.actual !== null)
      .map((cell) => ({
      department: cell.departmentName,
      code: cell.code,
      codeName: cell.codeName,
      budget: cell.budget,
      actual: cell.actual,
      rate: cell.rate,
      difference: differenceYuan(cell.budget, cell.actual),
      status: tableStatus(cell),
    })),
  );
}
