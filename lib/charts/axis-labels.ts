/**
 * Sizes and formats for axis and bar labels, computed before ECharts lays them out, so a builder can leave room for
 * them (grid margins) instead of letting them run into each other or off the canvas.
 */

/** Approximate drawn width in px: CJK and full-width characters are one em, digits and Latin about 0.6 em. */
export function textWidth(text: string, fontSize = 12): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\uFFEF]/u.test(ch) ? fontSize : fontSize * 0.6;
  return Math.ceil(width);
}

/** Room for the widest of `labels` beside a bar, plus the gap ECharts leaves between bar and label. */
export function labelRoom(labels: readonly string[], fontSize = 12): number {
  return Math.max(0, ...labels.map((label) => textWidth(label, fontSize))) + 12;
}

const GROUPED = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2, useGrouping: true });

/** A value-axis tick: grouped, at most two decimals ("12,000", "0.5"), never exponent notation. */
export function axisNumber(value: number | string): string {
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? GROUPED.format(n) : String(value);
}

/**
 * A value axis whose tick labels never touch: grouped numbers, overlapping ones hidden, and few enough ticks that
 * "3,000 6,000 9,000" fits a 1024 px card instead of running together into "3,0006,0009,000".
 */
export function valueAxisLabel(extra: { formatter?: (value: number) => string } = {}) {
  return { hideOverlap: true, formatter: extra.formatter ?? ((value: number) => axisNumber(value)) };
}
