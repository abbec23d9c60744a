import "server-only";
import { getPrisma } from "../../db/client";
import { regionInfo, type RegionInfo, type RegionViewer } from "../region/region-scope";
import type { FunctionLevel, HeatmapDto } from "../../charts/dto";
import { countedReportsSql } from "../scope-sql";
import { pickYear } from "../list-years";
import { listReportYears } from "../overview/list-report-years";
import { effectiveDepartmentSql } from "../overview/cross-sql";
import { chooseBasis, type ExecutionBasis } from "../../figures/execution";
import { sharedPerScope } from "../page-data-cache";
import { departmentRows, heatmapCells, heatmapOrder, type DepartmentRow, type ExecutionSort, type HeatmapOrder, type ReportRow } from "./heatmap-order";

export type { ExecutionSort } from "./heatmap-order";
export const EXECUTION_SORTS: ReadonlyArray<ExecutionSort> = ["name", "size", "rate"];
export const EXECUTION_LEVELS: ReadonlyArray<FunctionLevel> = ["类", "款", "项"];

export interface ExecutionHeatmapDto extends HeatmapDto {
  years: number[];
  year: number | null;
  level: FunctionLevel;
  sort: ExecutionSort;
  isDemo: boolean;
  /** The region the figures are computed in (?region=, or the home region). */
  region: RegionInfo;
  /** The denominator of every rate: 年初预算 or 全年预算 (`?basis=`, else the one more departments state). */
  basis: ExecutionBasis;
  /** Departments with an overall rate against each budget (the selector says what the other basis would show). */
  coverage: Record<ExecutionBasis, number>;
  /** Per department: Σ budget, Σ actual and the overall rate against `basis` (sorting and the row tooltip). */
  totals: Array<{ departmentId: string; budget: string | null; actual: string | null; ratePct: string | null }>;
}

export function parseLevel(raw: string | string[] | undefined): FunctionLevel {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return EXECUTION_LEVELS.find((l) => l === value) ?? "类";
}

export function parseSort(raw: string | string[] | undefined): ExecutionSort {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return EXECUTION_SORTS.find((s) => s === value) ?? "size";
}

type HeatmapParams = { year?: string | string[]; level?: string | string[]; sort?: string | string[]; basis?: string | string[] };

/** The heatmap's years, rows and order: everything but its cells (all the by-year heatmap takes from it). */
export interface ExecutionOrder extends Omit<ExecutionHeatmapDto, "codes" | "cells"> {
  /** The departments' rows in ascending id, and the level's code names. */
  rows: DepartmentRow[];
  codeNames: Array<[string, string]>;
}

/**
 * 执行率 heatmap: departments × functional codes at `level`, cell = Σ 决算 / Σ 预算 (年初 or 全年) of the 一般公共预算 项
 * lines under the code that state that budget (the narrative states budgets per 项, so 类/款 cells roll their 项 up).
 * Every reporting department is a row, including one without any 项 line (drawn as 无数据): nothing is cut off.
 * This reads the rows and orders them; loadExecutionHeatmap adds the cells.
 */
async function loadExecutionOrder(viewer: RegionViewer, params: HeatmapParams): Promise<ExecutionOrder> {
  const years = await listReportYears(viewer);
  const year = pickYear(params.year, years);
  const level = parseLevel(params.level);
  const sort = parseSort(params.sort);
  const none = { initial: 0, full: 0 };
  const base = { years, year, level, sort, isDemo: false, region: regionInfo(viewer), basis: chooseBasis(params.basis, none), coverage: none };
  if (year === null) return { ...base, departments: [], totals: [], rows: [], codeNames: [] };
  const prisma = await getPrisma();
  const dept = effectiveDepartmentSql("d");
  const reports = await prisma.$queryRaw<ReportRow[]>`
    WITH cur AS (
      SELECT r.id, r."isDemo", ${dept} AS dept
      FROM "Report" r JOIN "Department" d ON d.id = r."departmentId"
      WHERE ${countedReportsSql(viewer, "r")} AND r.year = ${year}
    ),
    -- Each counted report's cells at the level, packed at import (GpbCellPack, kept with GpbCodeRollup by the triggers
    -- on FunctionLine): one row per report, where grouping and packing its rollups took most of the statement.
    packs AS MATERIALIZED (
      SELECT cur.dept, cur."isDemo", p.cells, p.names
      FROM cur LEFT JOIN "GpbCellPack" p ON p."reportId" = cur.id AND p.level = ${level}
    )
    SELECT packs.dept AS "departmentId", e.name, packs."isDemo", packs.cells AS entries
    FROM packs JOIN "Department" e ON e.id = packs.dept
    UNION ALL
    -- Row 0 (ids start at 1) carries the level's code names as JSON pairs (names may hold any character): MIN over the
    -- reports' names as over their lines, read once per distinct set of names (most reports name their codes alike).
    SELECT 0, '', false, (SELECT json_agg(json_build_array(n.code, n.name))::text
                          FROM (SELECT x.pair->>0 AS code, MIN(x.pair->>1) AS name
                                FROM (SELECT DISTINCT names FROM packs WHERE names IS NOT NULL) s
                                CROSS JOIN json_array_elements(s.names::json) x(pair)
                                GROUP BY 1) n)`;
  const namesRow = reports.find((r) => r.departmentId === 0);
  const rows = departmentRows(reports.filter((r) => r.departmentId !== 0));
  const order: HeatmapOrder = heatmapOrder(rows, sort, params.basis);
  return { ...base, ...order, rows, codeNames: JSON.parse(namesRow?.entries ?? "[]") as Array<[string, string]> };
}

/** The heatmap's order, shared like the heatmap: the by-year heatmap takes its departments' order and basis from it. */
export const getExecutionOrder = sharedPerScope("execution-order", loadExecutionOrder);

async function loadExecutionHeatmap(viewer: RegionViewer, params: HeatmapParams): Promise<ExecutionHeatmapDto> {
  const { rows, codeNames, ...order } = await getExecutionOrder(viewer, params);
  const { cells, codes } = heatmapCells(rows, order.basis);
  const nameOf = new Map(codeNames);
  // The answer's fields in the order they have always been written (the JSON API's bytes).
  return {
    years: order.years, year: order.year, level: order.level, sort: order.sort, isDemo: order.isDemo, region: order.region, basis: order.basis,
    coverage: order.coverage, departments: order.departments, codes: codes.map((code) => ({ code, name: nameOf.get(code) ?? "" })), cells, totals: order.totals,
  };
}

/** getExecutionHeatmap shared by viewers of the same scope until the data changes (lib/queries/page-data-cache.ts). */
export const getExecutionHeatmap = sharedPerScope("execution-heatmap", loadExecutionHeatmap);
