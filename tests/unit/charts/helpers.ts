import type { EChartsOption, SeriesOption, TooltipComponentFormatterCallbackParams } from "echarts";

/** Structural access to an option without re-typing ECharts' unions in every test. */
export function seriesList(option: EChartsOption): SeriesOption[] {
  const series = option.series;
  if (series === undefined) return [];
  return Array.isArray(series) ? series : [series];
}

export function seriesAt(option: EChartsOption, index: number): SeriesOption {
  const series = seriesList(option)[index];
  if (series === undefined) throw new Error(`no series ${index}`);
  return series;
}

export function dataOf(series: SeriesOption): unknown[] {
  if (!("data" in series)) return [];
  const data: unknown = series.data;
  return Array.isArray(data) ? data : [];
}

export function field(item: unknown, key: string): unknown {
  if (typeof item !== "object" || item === null || !(key in item)) return undefined;
  return Object.entries(item).find(([name]) => name === key)?.[1];
}

export function path(item: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>((value, key) => field(value, key), item);
}

export const values = (series: SeriesOption): unknown[] => dataOf(series).map((item) => field(item, "value"));

/** Calls the option's tooltip formatter as ECharts would, with the minimal params the builders read. */
export function tooltipText(option: EChartsOption, params: { data?: unknown; dataIndex?: number }): string {
  const tooltip = Array.isArray(option.tooltip) ? option.tooltip[0] : option.tooltip;
  const formatter = tooltip?.formatter;
  if (typeof formatter !== "function") throw new Error("tooltip formatter is not a function");
  const result = formatter({ dataIndex: 0, ...params } as unknown as TooltipComponentFormatterCallbackParams, "");
  if (typeof result !== "string") throw new Error("tooltip formatter did not return a string");
  return result;
}

/** Same for a series label formatter. */
export function labelText(series: SeriesOption, dataIndex: number): string {
  const formatter = path(series, "label", "formatter");
  if (typeof formatter !== "function") throw new Error("label formatter is not a function");
  const result: unknown = formatter({ dataIndex, data: dataOf(series)[dataIndex] });
  return String(result);
}
