import type { ExecutionBasis } from "../figures/execution";
/**
 * What lib/queries hands to the chart builders. Amounts are decimal strings in 元 (contract format), rates decimal
 * strings in percent; a figure the source does not give is null, never 0. Builders draw 万元.
 */
export type Yuan = string;
export type PctString = string;
export type FunctionLevel = "类" | "款" | "项";

/** Functional structure: the children of the current drill level. */
export interface StructureNode {
  code: string;
  name: string;
  level: FunctionLevel;
  amount: Yuan | null;
}
export interface StructureDto {
  /** The node being drilled into; null at the top (all 类). */
  parent: { code: string; name: string } | null;
  nodes: StructureNode[];
}

/** 公开06表: 人员经费 / 公用经费 → 301/302/303/310 → items. */
export interface EconomicItem {
  code: string;
  name: string;
  amount: Yuan | null;
}
export interface EconomicGroup extends EconomicItem {
  items: EconomicItem[];
}
export interface EconomicCategory {
  key: "personnel" | "publicUse";
  name: string;
  amount: Yuan | null;
  groups: EconomicGroup[];
}
export interface EconomicDto {
  categories: EconomicCategory[];
}

/** Year-over-year totals; `narrative` years come only from a prior-year figure stated in the 说明. */
export interface YoyPoint {
  year: number;
  amount: Yuan | null;
  source: "table" | "narrative";
}
export interface YoyDto {
  label: string;
  points: YoyPoint[];
}

/** Per 项/类: 决算 against 年初预算. `ratePct` as printed when the report states it, else computed. */
export interface ExecutionRow {
  code: string;
  name: string;
  budget: Yuan | null;
  actual: Yuan | null;
  ratePct?: PctString | null;
  /** Names of the codes above, nearest first (款, 类): labels repeated 项 names such as 行政运行 apart. */
  parents?: string[];
}
export interface ExecutionDto {
  rows: ExecutionRow[];
  /** The budget the bars and rates are against (年初预算 / 全年预算); labels name it when given. */
  basis?: ExecutionBasis;
}

export type SangongItemKey = "outbound" | "vehiclePurchase" | "vehicleOperation" | "reception";
export interface SangongSeries {
  budget: Array<Yuan | null>;
  actual: Array<Yuan | null>;
}
export interface SangongTrendDto {
  years: number[];
  items: Array<SangongSeries & { key: SangongItemKey; name: string }>;
  total: SangongSeries;
}

/** Departments × codes execution matrix. A code missing from `cells` for a department means "no data". */
export interface HeatmapCell {
  departmentId: string;
  code: string;
  budget: Yuan | null;
  actual: Yuan | null;
}
export interface HeatmapDto {
  departments: Array<{ id: string; name: string }>;
  codes: Array<{ code: string; name: string }>;
  cells: HeatmapCell[];
  /** The budget every cell's rate is against (年初预算 / 全年预算); labels name it when given. */
  basis?: ExecutionBasis;
}

export interface RankingRow {
  departmentId: string;
  name: string;
  amount: Yuan | null;
}
export interface RankingDto {
  metricLabel: string;
  rows: RankingRow[];
}

export interface HistogramDto {
  /** One rate per department/project; null = could not be computed (counted separately). */
  rates: Array<PctString | null>;
  /** Who each rate belongs to (same order as `rates`): a bar click lists the departments in its band. */
  subjects?: Array<{ id: string; name: string }>;
  /** Sent without `subjects`, which the page reads when a bar is first clicked (the overview's distribution). */
  listsOnClick?: boolean;
}

export interface TreemapItem {
  id: string;
  name: string;
  amount: Yuan | null;
  /** Set when the tile is a code (drill further). */
  code?: string;
  /** Set when the tile is a department spending on the code. */
  departmentId?: string;
}
export interface TreemapDto {
  root: { code: string | null; name: string };
  mode: "children" | "departments";
  items: TreemapItem[];
}

export interface CompareDto {
  metrics: Array<{ key: string; label: string }>;
  /** 2–6 departments; `values[metric.key]` in 元. */
  departments: Array<{ id: string; name: string; values: Record<string, Yuan | null> }>;
}

export interface PerformanceProjectRow {
  name: string;
  budget: Yuan | null;
  actual: Yuan | null;
  ratePct: PctString | null;
}
export interface PerformanceDto {
  projects: PerformanceProjectRow[];
}

/** Title block of a DataTable derived from a chart. */
export interface TableMeta {
  title?: string;
  period?: string;
  source?: string;
}
