import { defaultChartContext, type ChartContext } from "@/lib/charts/context";
import { chartOption, type ChartDtos, type ChartKind } from "@/lib/charts/registry";
import { formatSourceNote } from "@/lib/charts/source-note";
import { pctToNumber, yuanToWanNumber } from "@/lib/figures/format";
import type { DeckImageRequest, DeckPlanSlide } from "./deck-plan";
import type { DeckChart, DeckChartType, DeckFinding } from "./deck-types";

/** Helpers shared by the overview, department and comparison decks. Pure. */

/** Builders render for a static image: no animation, the default (red-up) colours. */
const STATIC_CONTEXT: ChartContext = defaultChartContext({ static: true });

export interface SourceLike {
  department: string;
  year: number;
  table: string;
  page: number | null;
}

export function sourceText(source: SourceLike | null | undefined): string | undefined {
  if (source === null || source === undefined) return undefined;
  return formatSourceNote({ department: source.department, year: source.year, table: source.table, page: source.page });
}

export interface SeriesInput {
  name: string;
  /** Decimal strings: 元 when the unit is 万元, percent when it is %. */
  values: ReadonlyArray<string | null>;
}

/**
 * A native chart from decimal strings. A category with a missing figure in any series is left out of the chart (a
 * bar at 0 would state a number the report does not give) and named in `omitted` so the narrative can say so.
 */
export function nativeChart(
  type: DeckChartType,
  categories: readonly string[],
  series: readonly SeriesInput[],
  unit: "万元" | "%" | string,
  options: { horizontal?: boolean } = {},
): { chart: DeckChart | undefined; omitted: string[] } {
  const toNumber = unit === "万元" ? yuanToWanNumber : unit === "%" ? pctToNumber : (v: string | null) => (v === null ? null : Number(v));
  const keep: number[] = [];
  const omitted: string[] = [];
  categories.forEach((name, index) => {
    const complete = series.every((s) => {
      const value = toNumber(s.values[index] ?? null);
      return value !== null && Number.isFinite(value) && (type === "bar" || type === "line" || value > 0);
    });
    if (complete) keep.push(index);
    else omitted.push(name);
  });
  if (keep.length === 0 || series.length === 0) return { chart: undefined, omitted };
  return {
    chart: {
      type,
      categories: keep.map((index) => categories[index] ?? ""),
      series: series.map((s) => ({ name: s.name, values: keep.map((index) => toNumber(s.values[index] ?? null) ?? 0) })),
      unit,
      ...(options.horizontal === true ? { horizontal: true } : {}),
    },
    omitted,
  };
}

/** "图中未绘出缺少数据的：A、B。" — appended to a narrative when a chart had to leave categories out. */
export function omittedNote(omitted: readonly string[], what = "数据"): string {
  if (omitted.length === 0) return "";
  const names = omitted.slice(0, 5).join("、") + (omitted.length > 5 ? `等${omitted.length}项` : "");
  return `图中未绘出缺少${what}或为零的：${names}。`;
}

/**
 * A registered chart as a slide image, built as the page builds it; the slide's title and source line say what the
 * frame of an exported image would.
 */
export function imageRequest<K extends ChartKind>(kind: K, dto: ChartDtos[K], unit?: string): DeckImageRequest {
  const option = chartOption(kind, dto, STATIC_CONTEXT);
  return unit === undefined ? { option } : { option, unit };
}

/** Joins narrative sentences, skipping the empty ones; a slide with nothing computable says so instead of guessing. */
export function narrativeOf(...sentences: ReadonlyArray<string | null | undefined>): string {
  const text = sentences.filter((s): s is string => typeof s === "string" && s !== "").join("");
  return text === "" ? "报告未提供计算本页说明所需的数据。" : text;
}

export function slideWhen(condition: boolean, slide: () => DeckPlanSlide): DeckPlanSlide[] {
  return condition ? [slide()] : [];
}

export function deckFindings(rows: ReadonlyArray<{ severity: string; message: string; department?: string }>, withDepartment: boolean): DeckFinding[] {
  return rows.map((row) => ({
    severity: row.severity,
    message: withDepartment && row.department !== undefined ? `${row.department}：${row.message}` : row.message,
  }));
}

/** File name stem without characters that break downloads on Windows. */
export function fileStem(...parts: string[]): string {
  return parts.join("-").replace(/[\\/:*?"<>|\s]+/g, "_");
}
