import { formatAmount, formatPct, formatWan } from "@/lib/figures/format";
import { EXECUTION_BAND, type ExecutionBand } from "@/lib/settings/execution-band";
import {
  DIVERGING,
  FONT_FAMILY,
  GREEN,
  GREEN_TEXT,
  MUTED_TEXT_COLOR,
  NO_BUDGET_COLOR,
  NO_DATA_BORDER,
  NO_DATA_COLOR,
  PALETTE,
  RED,
  RED_TEXT,
  TEXT_COLOR,
} from "./theme";

/**
 * Everything a builder needs besides the data: colours, fonts, formatters and render mode. Passed in (not imported)
 * so a user setting (涨跌颜色) or an export can change the look without touching a builder.
 */
export type UpColor = "red" | "green";

export interface ChartFormatters {
  /** 元 string → "2,907.92万元" / "1.23亿元". */
  amount: (yuan: string | null) => string;
  /** 元 string → "2,907.92" (the unit is stated on the card). */
  wan: (yuan: string | null) => string;
  /** percent string → "96.81%". */
  pct: (pct: string | null) => string;
}

export interface ChartContext {
  palette: readonly string[];
  fonts: { family: string; size: number; color: string; mutedColor: string };
  upColor: UpColor;
  increaseColor: string;
  decreaseColor: string;
  /** Darker shades of the two for text: at least 4.5:1 on white, where the marks' own colours are not. */
  increaseTextColor: string;
  decreaseTextColor: string;
  /** Diverging colours for rates: [below, centre, above]. */
  diverging: readonly [string, string, string];
  noBudgetColor: string;
  noDataColor: string;
  noDataBorderColor: string;
  formatters: ChartFormatters;
  locale: "ZH";
  /** The expected band of execution rates: colours, reference lines and band labels (lib/settings). */
  executionBand: ExecutionBand;
  /** Server render or image export: no animation, nothing that waits for interaction. */
  static: boolean;
}

export interface ChartContextSettings {
  upColor?: UpColor;
  static?: boolean;
}

export function defaultChartContext(settings: ChartContextSettings = {}): ChartContext {
  const upColor = settings.upColor ?? "red";
  return {
    palette: PALETTE,
    fonts: { family: FONT_FAMILY, size: 12, color: TEXT_COLOR, mutedColor: MUTED_TEXT_COLOR },
    upColor,
    increaseColor: upColor === "red" ? RED : GREEN,
    decreaseColor: upColor === "red" ? GREEN : RED,
    increaseTextColor: upColor === "red" ? RED_TEXT : GREEN_TEXT,
    decreaseTextColor: upColor === "red" ? GREEN_TEXT : RED_TEXT,
    diverging: DIVERGING,
    noBudgetColor: NO_BUDGET_COLOR,
    noDataColor: NO_DATA_COLOR,
    noDataBorderColor: NO_DATA_BORDER,
    formatters: { amount: (v) => formatAmount(v), wan: (v) => formatWan(v), pct: (v) => formatPct(v) },
    locale: "ZH",
    executionBand: EXECUTION_BAND,
    static: settings.static ?? false,
  };
}

/** Colour of the i-th category, cycling through the palette. */
export function paletteColor(ctx: ChartContext, index: number): string {
  const size = ctx.palette.length;
  return ctx.palette[((index % size) + size) % size] ?? "#1f3a5f";
}
