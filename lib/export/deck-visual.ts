import type PptxGenJS from "pptxgenjs";
import type { DataTable } from "@/lib/data-table";
import { headerLabel, toExportCell } from "./cells";
import { containBox, pngDataUri, pngSize, svgDataUri, svgSize, type Box } from "./deck-media";
import type { DeckChart, DeckSlide } from "./deck-types";
import { formatNumber } from "@/lib/figures/format";

export const DECK_FONT = "Microsoft YaHei";
/** Where a content slide puts its chart, in inches (the narrative takes the rest of the 10 × 5.625 in slide). */
export const VISUAL_AREA: Box = { x: 0.4, y: 1.0, w: 6.1, h: 3.85 };
/** The smallest text on a slide, in pt: read from the back of a meeting room. */
export const DECK_MIN_FONT = 12;
/** Deep blue first; red/green kept for increase/decrease in Chinese finance charts, so they come later. */
const SERIES_COLOURS = ["1F4E79", "4A90C2", "E08A2E", "7F8C8D", "8E6BB8", "2E8B57", "C0392B"];
const TABLE_ROW_LIMIT = 12;

export type VisualKind = "chart" | "image" | "table" | "none";

function assertChartData(title: string, chart: DeckChart): void {
  const size = chart.categories.length;
  for (const series of chart.series) {
    if (series.values.length !== size || series.values.some((value) => !Number.isFinite(value))) {
      throw new Error(`Deck slide "${title}": series "${series.name}" needs ${size} finite values, got ${series.values.length}`);
    }
  }
}

/** A pie shows one series; several series have no native pie form and are drawn as clustered bars instead. */
function nativeType(chart: DeckChart): DeckChart["type"] | null {
  if (chart.categories.length === 0 || chart.series.length === 0) return null;
  return chart.type === "pie" && chart.series.length > 1 ? null : chart.type;
}

/** Value labels only while they fit: a dozen bars or fewer; beyond that they overlap and the axis carries the scale. */
const MAX_LABELLED_BARS = 12;

/** Whole numbers for counts and for amounts of four digits or more ("44,826" beside "47,451" fits; with cents they ran together). */
function labelFormat(chart: DeckChart): string {
  if (chart.unit === "个" || chart.unit === "人" || chart.unit === "次") return "#,##0";
  const largest = Math.max(0, ...chart.series.flatMap((series) => series.values.map(Math.abs)));
  return largest >= 1000 ? "#,##0" : "#,##0.00";
}

function addChart(slide: PptxGenJS.Slide, chart: DeckChart, type: DeckChart["type"], area: Box): void {
  const round = type === "pie" || type === "doughnut";
  // PowerPoint draws a horizontal bar chart's first category at the bottom; a ranking must read top-down.
  const flip = <T,>(items: T[]): T[] => (chart.horizontal === true ? [...items].reverse() : items);
  const data = chart.series.map((series) => ({ name: series.name, labels: flip(chart.categories), values: flip(series.values) }));
  const nonNegative = chart.series.every((series) => series.values.every((value) => value >= 0));
  // One series of bars in one colour: several colours would suggest categories that the legend does not explain.
  const colours = round ? SERIES_COLOURS.slice(0, Math.max(chart.categories.length, 1)) : chart.series.length === 1 ? SERIES_COLOURS.slice(0, 1) : SERIES_COLOURS;
  slide.addChart(type, data, {
    ...area,
    chartColors: colours,
    showLegend: round || chart.series.length > 1,
    legendPos: round ? "r" : "b",
    legendFontFace: DECK_FONT,
    legendFontSize: DECK_MIN_FONT,
    catAxisLabelFontFace: DECK_FONT,
    catAxisLabelFontSize: DECK_MIN_FONT,
    // Every category named: LibreOffice otherwise skips every other department of a ranking.
    catAxisLabelFrequency: "1",
    valAxisLabelFontFace: DECK_FONT,
    valAxisLabelFontSize: DECK_MIN_FONT,
    valAxisLabelFormatCode: "#,##0",
    // Bars start at zero: an axis starting at 93% makes 95% look like half of 99%.
    ...(round || !nonNegative ? {} : { valAxisMinVal: 0 }),
    showValAxisTitle: !round && chart.unit !== "",
    valAxisTitle: chart.unit,
    valAxisTitleFontFace: DECK_FONT,
    valAxisTitleFontSize: DECK_MIN_FONT,
    dataLabelFontFace: DECK_FONT,
    dataLabelFontSize: DECK_MIN_FONT,
    dataLabelFormatCode: round ? "0.0%" : labelFormat(chart),
    showValue: !round && chart.categories.length * chart.series.length <= MAX_LABELLED_BARS,
    showPercent: round,
    barDir: chart.horizontal === true ? "bar" : "col",
    barGrouping: "clustered",
    lineDataSymbol: "circle",
    lineSize: 2,
    holeSize: 55,
    altText: `${chart.series.map((series) => series.name).join("、")}（${chart.unit}）`,
  });
}

function tableText(row: DataTable["rows"][number], column: DataTable["columns"][number]): string {
  const cell = toExportCell(column, row[column.key]);
  if (cell.type === "empty") return "";
  if (cell.type === "text") return cell.text;
  return column.kind === "amount" || column.kind === "count" ? formatNumber(cell.value, { decimals: column.kind === "amount" ? 2 : 0 }) : cell.text;
}

function addTable(slide: PptxGenJS.Slide, table: DataTable, area: Box): void {
  const header = table.columns.map((column) => ({ text: headerLabel(column), options: { bold: true, fill: { color: "EFF3F8" } } }));
  const body = table.rows.slice(0, TABLE_ROW_LIMIT).map((row) =>
    table.columns.map((column) => ({
      text: tableText(row, column),
      options: { align: column.kind === "text" ? ("left" as const) : ("right" as const) },
    })),
  );
  slide.addTable([header, ...body], { ...area, fontFace: DECK_FONT, fontSize: DECK_MIN_FONT, border: { type: "solid", pt: 0.5, color: "BFC7D2" } });
  if (table.rows.length > TABLE_ROW_LIMIT) {
    slide.addText(`共${table.rows.length}行，此处显示前${TABLE_ROW_LIMIT}行，完整数据见备注`, {
      x: area.x, y: area.y + area.h, w: area.w, h: 0.25, fontFace: DECK_FONT, fontSize: DECK_MIN_FONT, color: "6B7280",
    });
  }
}

/** The slide's table as tab-separated text for the speaker notes, so the figures travel with the deck. */
export function tableNotes(table: DataTable): string {
  const lines = [table.title, table.columns.map(headerLabel).join("\t")];
  for (const row of table.rows) lines.push(table.columns.map((column) => tableText(row, column)).join("\t"));
  return lines.join("\n");
}

/**
 * Places the slide's main visual: a native chart (editable in PowerPoint/WPS) when the data allows, else the
 * pre-rendered PNG, else the SVG, else the table. Returns what was placed so the caller can lay out the rest.
 */
export function addVisual(slide: PptxGenJS.Slide, spec: DeckSlide, area: Box): VisualKind {
  if (spec.chart !== undefined) assertChartData(spec.title, spec.chart);
  const type = spec.chart === undefined ? null : nativeType(spec.chart);
  if (spec.chart !== undefined && type !== null) {
    addChart(slide, spec.chart, type, area);
    return "chart";
  }
  if (spec.imagePng !== undefined) {
    slide.addImage({ data: pngDataUri(spec.imagePng), ...containBox(area, pngSize(spec.imagePng)), altText: spec.title });
    return "image";
  }
  if (spec.imageSvg !== undefined) {
    slide.addImage({ data: svgDataUri(spec.imageSvg), ...containBox(area, svgSize(spec.imageSvg)), altText: spec.title });
    return "image";
  }
  if (spec.chart !== undefined && spec.chart.categories.length > 0 && spec.chart.series.length > 0) {
    addChart(slide, spec.chart, "bar", area);
    return "chart";
  }
  if (spec.table !== undefined) {
    addTable(slide, spec.table, area);
    return "table";
  }
  return "none";
}
