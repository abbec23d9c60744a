/**
 * Project chart theme: calm navy/teal/amber, twelve categorical colours distinct enough for the 12 most common
 * 类 of a department report. Registered by components/charts/echart.tsx under THEME_NAME; builders read the same
 * values through ChartContext so an option renders identically with or without the registered theme (SSR/export).
 */
export const THEME_NAME = "fiscal-lens";

export const PALETTE: readonly string[] = [
  "#1f3a5f", // navy
  "#2a9d8f", // teal
  "#e9a03b", // amber
  "#5b8db8", // steel blue
  "#8ab17d", // sage
  "#7a5c99", // muted violet
  "#c8553d", // brick
  "#98c1d9", // sky
  "#b08968", // tan
  "#3d5a80", // slate
  "#f2cc8f", // sand
  "#6c757d", // grey
];

/** Single quotes inside: ECharts' SVG renderer writes this into a double-quoted style attribute without escaping. */
export const FONT_FAMILY =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Source Han Sans SC', system-ui, sans-serif";

export const TEXT_COLOR = "#1f2933";
export const MUTED_TEXT_COLOR = "#6b7785";
export const AXIS_LINE_COLOR = "#c9d1da";
export const SPLIT_LINE_COLOR = "#edf0f3";

/** Red up / green down is the Chinese finance convention; the pair is swappable through ChartContext. */
export const RED = "#d1493f";
export const GREEN = "#2e8b57";
/** The same hues dark enough for text on white (≥ 4.5:1); labels use these, marks the ones above. */
export const RED_TEXT = "#b02a21";
export const GREEN_TEXT = "#1d6b40";

/**
 * Diverging scale for execution rates (ColorBrewer RdYlBu ends: blue = under-spent, pale yellow = on budget,
 * red = over-spent): readable with red-green colour blindness, and its centre is not white, so it never
 * looks like an empty (无数据) cell.
 */
export const DIVERGING: readonly [string, string, string] = ["#4575b4", "#ffffbf", "#d73027"];
export const NO_BUDGET_COLOR = "#9aa5b1";
export const NO_DATA_COLOR = "#f3f5f7";
export const NO_DATA_BORDER = "#d5dbe1";

export const fiscalTheme = {
  color: [...PALETTE],
  backgroundColor: "transparent",
  textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
  title: { textStyle: { color: TEXT_COLOR, fontWeight: 600 }, subtextStyle: { color: MUTED_TEXT_COLOR } },
  legend: { textStyle: { color: TEXT_COLOR } },
  categoryAxis: {
    axisLine: { lineStyle: { color: AXIS_LINE_COLOR } },
    axisTick: { lineStyle: { color: AXIS_LINE_COLOR } },
    axisLabel: { color: MUTED_TEXT_COLOR },
    splitLine: { lineStyle: { color: SPLIT_LINE_COLOR } },
  },
  valueAxis: {
    axisLine: { lineStyle: { color: AXIS_LINE_COLOR } },
    axisLabel: { color: MUTED_TEXT_COLOR },
    splitLine: { lineStyle: { color: SPLIT_LINE_COLOR } },
  },
  tooltip: {
    backgroundColor: "rgba(255,255,255,0.97)",
    borderColor: AXIS_LINE_COLOR,
    textStyle: { color: TEXT_COLOR },
  },
  dataZoom: { borderColor: AXIS_LINE_COLOR, fillerColor: "rgba(42,157,143,0.15)" },
};
