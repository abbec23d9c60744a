import type { EChartsOption } from "echarts";

/** ECharts' own default size for text an option leaves unsized (axis labels do not inherit the global textStyle). */
const DEFAULT_FONT_PX = 12;
/** Option keys whose object is a text style, sized or not. */
const TEXT_KEYS = new Set(["axisLabel", "nameTextStyle", "label", "upperLabel", "textStyle", "subtextStyle", "edgeLabel"]);

function scaled(size: unknown, factor: number, minPx: number): number {
  const px = typeof size === "number" ? size : DEFAULT_FONT_PX;
  return Math.round(Math.max(px, minPx) * factor * 10) / 10;
}

function walk(value: unknown, factor: number, minPx: number, isText: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => walk(item, factor, minPx, isText));
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = key === "fontSize" ? scaled(item, factor, minPx) : walk(item, factor, minPx, TEXT_KEYS.has(key));
  }
  // A text style without a size (a graphic text keeps its in `style`) gets the default size, scaled.
  const style = out.style;
  if (typeof style === "object" && style !== null && "text" in style && !("fontSize" in style)) {
    out.style = { ...style, fontSize: scaled(undefined, factor, minPx) };
  }
  if (isText && !("fontSize" in out)) out.fontSize = scaled(undefined, factor, minPx);
  return out;
}

/**
 * Every text of an option at least `minPx`, then times `factor`: a chart image shrunk onto a slide keeps its text at
 * a readable point size (the deck's 12 pt floor) without redesigning each builder for print.
 */
export function scaleFonts(option: EChartsOption, factor: number, minPx = DEFAULT_FONT_PX): EChartsOption {
  const next = walk(option, factor, minPx, false) as EChartsOption;
  const root = (next.textStyle ?? {}) as Record<string, unknown>;
  return { ...next, textStyle: { ...root, fontSize: scaled(root.fontSize, factor, minPx) } };
}

/**
 * How much to enlarge the text of an image of `image` px placed (aspect kept) into `area` pt, so that what was
 * `minPx` px on screen prints at `minPt` pt: 1 when the image is placed at full size or larger.
 */
export function fontFactorForPlacement(image: { width: number; height: number }, area: { w: number; h: number }, minPx = DEFAULT_FONT_PX, minPt = 12): number {
  const ptPerPx = Math.min(area.w / image.width, area.h / image.height);
  return Math.max(1, minPt / (minPx * ptPerPx));
}
