import type { DataZoomComponentOption, EChartsOption } from "echarts";

/**
 * An exported image shows every row and column, not the window the dataZoom slider shows on screen (a heatmap of 60
 * departments scrolls 20 at a time in the page; a snapshot that silently drops 40 would mislead). The zoom components
 * are removed and the canvas grows by the hidden rows/columns at the on-screen row height.
 */
export interface ExtentSize {
  width: number;
  height: number;
}

type AxisName = "xAxis" | "yAxis";

function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function categoryCount(option: EChartsOption, axis: AxisName, index: number): number | null {
  const spec: unknown = asArray(option[axis])[index];
  if (typeof spec !== "object" || spec === null || !("data" in spec) || !Array.isArray(spec.data)) return null;
  return spec.data.length;
}

function axisIndexOf(zoom: DataZoomComponentOption, axis: AxisName): number | null {
  const raw: unknown = axis === "yAxis" ? zoom.yAxisIndex : zoom.xAxisIndex;
  const first: unknown = Array.isArray(raw) ? raw[0] : raw;
  return typeof first === "number" ? first : null;
}

/** How many categories the zoom window shows; null when the window is given as percentages or not at all. */
function visibleCount(zoom: DataZoomComponentOption): number | null {
  const { startValue, endValue } = zoom;
  if (typeof startValue !== "number" || typeof endValue !== "number") return null;
  return Math.max(1, endValue - startValue + 1);
}

function gridEdges(option: EChartsOption): { top: number; right: number; bottom: number; left: number } {
  const grid: unknown = asArray(option.grid)[0];
  const edge = (key: string): number => {
    if (typeof grid !== "object" || grid === null || !(key in grid)) return 0;
    const value: unknown = (grid as Record<string, unknown>)[key];
    return typeof value === "number" ? value : 0;
  };
  return { top: edge("top"), right: edge("right"), bottom: edge("bottom"), left: edge("left") };
}

/** Growth factor along one axis: total / visible categories of the zoom that windows it (1 when none does). */
function growth(option: EChartsOption, zooms: DataZoomComponentOption[], axis: AxisName): number {
  let factor = 1;
  for (const zoom of zooms) {
    const index = axisIndexOf(zoom, axis);
    const visible = visibleCount(zoom);
    if (index === null || visible === null) continue;
    const total = categoryCount(option, axis, index);
    if (total !== null && total > visible) factor = Math.max(factor, total / visible);
  }
  return factor;
}

export function fullExtent(option: EChartsOption, size: ExtentSize): { option: EChartsOption; size: ExtentSize } {
  const zooms = asArray(option.dataZoom);
  if (zooms.length === 0) return { option, size };
  const edges = gridEdges(option);
  const rows = growth(option, zooms, "yAxis");
  const columns = growth(option, zooms, "xAxis");
  const plotHeight = Math.max(1, size.height - edges.top - edges.bottom);
  const plotWidth = Math.max(1, size.width - edges.left - edges.right);
  return {
    option: { ...option, dataZoom: [] },
    size: {
      width: Math.round(size.width + plotWidth * (columns - 1)),
      height: Math.round(size.height + plotHeight * (rows - 1)),
    },
  };
}
