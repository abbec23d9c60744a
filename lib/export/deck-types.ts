import type { DataTable } from "@/lib/data-table";

export type DeckChartType = "bar" | "line" | "pie" | "doughnut";

export interface DeckChart {
  type: DeckChartType;
  categories: string[];
  series: Array<{ name: string; values: number[] }>;
  /** Unit of the values as drawn, e.g. "万元", "%". */
  unit: string;
  /** Bars running left to right (rankings with long names); column bars otherwise. */
  horizontal?: boolean;
}

export interface DeckSlide {
  title: string;
  narrative: string;
  chart?: DeckChart;
  /** Pre-rendered chart (renderChartSvg); used when there is no native chart. */
  imageSvg?: string;
  /** Pre-rendered chart as PNG; preferred over the SVG because every viewer can show it. */
  imagePng?: Uint8Array;
  table?: DataTable;
  /** Unit of an image's values (a native chart states its own), for the source line. */
  unit?: string;
  /** Source line; falls back to the table's source. */
  source?: string;
}

export interface DeckFinding {
  /** Validation severity ("error" | "warning" | "info"); other values are shown as given. */
  severity: string;
  message: string;
}

export interface DeckSpec {
  title: string;
  subtitle?: string;
  /** Printed on the title slide; passed in so the same spec always gives the same deck text. */
  generatedAt: Date;
  slides: DeckSlide[];
  findings: DeckFinding[];
  /** How many findings exist when `findings` is only the first of them; the closing slide counts the rest. */
  findingsTotal?: number;
}
