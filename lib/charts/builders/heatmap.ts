import type { DataZoomComponentOption, EChartsOption, HeatmapSeriesOption } from "echarts";
import { Decimal } from "@/lib/money";
import { formatAmount, formatPct, formatWan, pctToNumber } from "@/lib/figures/format";
import type { DataTable } from "@/lib/data-table";
import { BASIS_BUDGET_LABEL, rateBandLabel, rateBandOf, rateLabel } from "@/lib/figures/execution";
import type { ChartContext } from "../context";
import { distinctNames } from "../distinct-names";
import { shortCodeName } from "../short-name";
import type { HeatmapCell, HeatmapDto, PctString, TableMeta } from "../dto";
import {
  baseOption,
  dataKey,
  differenceYuan,
  executionRate,
  grid,
  table,
  tooltipHtml,
} from "../option-base";

/**
 * Rate bands of the colour scale: 5-point steps between 80% and 120%, where a leader looks (on target or not, and by
 * how much), coarse bands outside. Diverging blue (under budget) → pale (on target) → red (over budget).
 */
export const RATE_PIECES: ReadonlyArray<{ min?: number; max?: number; label: string; color: string; dark: boolean }> = [
  { max: 60, label: "<60", color: "#053061", dark: true },
  { min: 60, max: 80, label: "60–80", color: "#2166ac", dark: true },
  { min: 80, max: 85, label: "80–85", color: "#4393c3", dark: true },
  { min: 85, max: 90, label: "85–90", color: "#92c5de", dark: false },
  { min: 90, max: 95, label: "90–95", color: "#c6dbef", dark: false },
  { min: 95, max: 100, label: "95–100", color: "#e8f1f8", dark: false },
  { min: 100, max: 105, label: "100–105", color: "#fdeee4", dark: false },
  { min: 105, max: 110, label: "105–110", color: "#fcd1b8", dark: false },
  { min: 110, max: 115, label: "110–115", color: "#f4a582", dark: false },
  { min: 115, max: 120, label: "115–120", color: "#d6604d", dark: true },
  { min: 120, max: 150, label: "120–150", color: "#b2182b", dark: true },
  { min: 150, label: "≥150", color: "#67001f", dark: true },
];
export const RATE_SCALE_NOTE = "色阶在 80%–120% 之间每 5 个百分点一档，其外为粗档";
/** More columns than this get a dataZoom slider instead of squeezing cells; rows never do (the chart grows). */
export const VISIBLE_COLUMNS = 30;
/** Height of one department row, and the margins around the plot (two code axes, legends). */
export const HEATMAP_ROW = 24;
const TOP = 96;
const BOTTOM = 110;

/** More columns than this and the column names are slanted on one line each (two lines slanted ran into each other). */
const UPRIGHT_COLUMNS = 12;
/** Height a slanted column name takes above and below the rows. */
const SLANT_ROOM = 80;

/** The chart height that shows every department row at a readable size, with room for slanted column names. */
export function heatmapHeight(rows: number, columns = 0): number {
  const slant = columns > UPRIGHT_COLUMNS ? 2 * SLANT_ROOM : 0;
  return TOP + BOTTOM + slant + Math.max(rows, 3) * HEATMAP_ROW;
}

/**
 * Column names: up to 12 columns the short name over the code; beyond that one slanted line each, the short name,
 * with the code only where short names repeat (行政运行 under several 款 at 项 level). A column named by its own
 * code (a year) is just the code.
 */
export function heatmapColumnLabels(codes: ReadonlyArray<{ code: string; name: string }>): string[] {
  if (codes.length <= UPRIGHT_COLUMNS) {
    return codes.map((c) => (c.name.startsWith(c.code) ? c.code : `${shortCodeName(c.name)}\n${c.code}`));
  }
  return distinctNames(codes.map((c) => ({ code: c.code, name: c.name.startsWith(c.code) ? c.code : shortCodeName(c.name) })));
}

export interface HeatmapOptions {
  /** Print each cell's rate (rounded to whole percent) in the cell. */
  showValues?: boolean;
}

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

/** Codes with a figure for at least one shown department: a column of empty cells says nothing. */
function shownCodes(dto: HeatmapDto): HeatmapDto["codes"] {
  const shown = new Set(dto.departments.map((d) => d.id));
  const withData = new Set(dto.cells.filter((c) => shown.has(c.departmentId) && (c.actual !== null || c.budget !== null)).map((c) => c.code));
  return dto.codes.filter((code) => withData.has(code.code));
}

/** Every department × code pair, so "no data" is drawn explicitly rather than left as a gap. */
function matrix(dto: HeatmapDto): Cell[] {
  const byPair = new Map(dto.cells.map((cell) => [`${cell.departmentId}\u0000${cell.code}`, cell]));
  const codes = shownCodes(dto);
  return dto.departments.flatMap((department) =>
    codes.map((code) => {
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

const pieceOf = (rate: number) => RATE_PIECES.find((p) => (p.min === undefined || rate >= p.min) && (p.max === undefined || rate < p.max));

/** Cartesian heatmaps need a visualMap for every series; the two non-rate series get fixed pieces by these values. */
const NO_BUDGET_VALUE = 0;
const NO_DATA_VALUE = -1;

const statusValue = (status: CellStatus, rate: PctString | null): number =>
  status === "rate" ? (pctToNumber(rate) ?? 100) : status === "noBudget" ? NO_BUDGET_VALUE : NO_DATA_VALUE;

const STATUS_LABEL: Record<CellStatus, string> = { rate: "执行率", noBudget: "无预算", noData: "无数据" };

/** The table twin has no chart context: it reads the band of lib/settings, as the default context does. */
function tableStatus(cell: Cell): string {
  if (cell.status !== "rate") return STATUS_LABEL[cell.status];
  return cell.rate === null ? STATUS_LABEL.noData : rateBandLabel(rateBandOf(cell.rate));
}

/** "年初预算" and "执行率（对年初预算）" when the DTO names its basis, else the plain words. */
function basisLabels(dto: HeatmapDto): { budget: string; rate: string; title: string } {
  if (dto.basis === undefined) return { budget: "预算", rate: STATUS_LABEL.rate, title: "预算执行率" };
  return { budget: BASIS_BUDGET_LABEL[dto.basis], rate: rateLabel(dto.basis), title: rateLabel(dto.basis, "预算执行率") };
}

export function buildHeatmapOption(dto: HeatmapDto, ctx: ChartContext, opts: HeatmapOptions = {}): EChartsOption {
  const labels = basisLabels(dto);
  const cells = matrix(dto);
  const codes = shownCodes(dto);
  const rowIndex = new Map(dto.departments.map((department, i) => [department.id, i]));
  const columnIndex = new Map(codes.map((code, i) => [code.code, i]));
  const byKey = new Map<string, Cell>();
  const points = (status: CellStatus): HeatmapPoint[] =>
    cells
      .filter((cell) => cell.status === status)
      .map((cell) => {
        const key = `${cell.departmentId}|${cell.code}`;
        byKey.set(key, cell);
        const x = columnIndex.get(cell.code) ?? 0;
        const y = rowIndex.get(cell.departmentId) ?? 0;
        const value = statusValue(status, cell.rate);
        const point: HeatmapPoint = { key, value: [x, y, value], departmentId: cell.departmentId, code: cell.code, status };
        // Dark cells take white figures; a light figure on a pale cell would vanish.
        return status === "rate" && pieceOf(value)?.dark === true ? { ...point, label: { color: "#fff" } } : point;
      });
  const cellStyle = { borderColor: "#fff", borderWidth: 1 };
  const label = {
    show: opts.showValues === true,
    fontSize: 11,
    color: ctx.fonts.color,
    formatter: (params: { value?: unknown }) => {
      const value = Array.isArray(params.value) ? Number(params.value[2]) : NaN;
      return Number.isFinite(value) ? String(Math.round(value)) : "";
    },
  };
  const series: HeatmapSeriesOption[] = [
    { type: "heatmap", name: STATUS_LABEL.rate, data: points("rate"), itemStyle: cellStyle, label, emphasis: { itemStyle: { borderColor: ctx.fonts.color, borderWidth: 2 } } },
    { type: "heatmap", name: STATUS_LABEL.noBudget, data: points("noBudget"), itemStyle: { ...cellStyle, color: ctx.noBudgetColor } },
    {
      type: "heatmap",
      name: STATUS_LABEL.noData,
      data: points("noData"),
      // Nothing to show or open: no tooltip, no hover, no click.
      silent: true,
      tooltip: { show: false },
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
  if (codes.length > VISIBLE_COLUMNS) {
    dataZoom.push({ type: "slider", xAxisIndex: [0, 1], bottom: 48, height: 14, startValue: 0, endValue: VISIBLE_COLUMNS - 1, filterMode: "none" });
  }
  const count = (status: CellStatus) => cells.filter((cell) => cell.status === status).length;
  const slanted = codes.length > UPRIGHT_COLUMNS;
  const codeAxis = (position: "top" | "bottom") => ({
    type: "category" as const,
    position,
    data: heatmapColumnLabels(codes),
    splitArea: { show: false },
    axisTick: { show: false },
    axisLabel: { interval: 0, rotate: slanted ? 45 : 0, fontSize: 12, lineHeight: 14, hideOverlap: false, ...(slanted ? { width: 128, overflow: "truncate" as const } : {}) },
  });
  return {
    ...baseOption(ctx),
    // ECharts' generated description would read out "x，y，value" triples; a summary is what a screen reader needs.
    aria: {
      enabled: true,
      label: {
        description: `部门与科目${labels.title}热力图：${dto.departments.length}个部门、${codes.length}个科目；${count("rate")}格有执行率，${count("noBudget")}格无预算，${count("noData")}格无数据。明细见数据表。`,
      },
    },
    grid: grid(TOP - 40, 16, BOTTOM - 40, 16),
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
    // The code axis is printed above and below the rows: a tall chart keeps its column names in view at either end.
    xAxis: [codeAxis("top"), codeAxis("bottom")],
    yAxis: {
      type: "category",
      inverse: true,
      data: dto.departments.map((department) => department.name),
      axisLabel: { interval: 0, width: 150, overflow: "truncate", fontSize: 12 },
    },
    visualMap: [
      {
        type: "piecewise",
        seriesIndex: 0,
        dimension: 2,
        orient: "horizontal",
        left: "center",
        bottom: 0,
        itemWidth: 14,
        itemHeight: 12,
        itemGap: 6,
        showLabel: true,
        textStyle: { fontSize: 11 },
        pieces: RATE_PIECES.map(({ min, max, label, color }) => ({ ...(min === undefined ? {} : { gte: min }), ...(max === undefined ? {} : { lt: max }), label, color })),
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
    // Above the legend's row of pieces, not on it.
    graphic: [{ type: "text", left: "center", bottom: 30, style: { text: `执行率（%）色阶：${RATE_SCALE_NOTE}`, fontSize: 12, fill: ctx.fonts.mutedColor } }],
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
