"use client";

import { useMemo } from "react";
import type { EChartsOption } from "echarts";
import { defaultChartContext } from "@/lib/charts";
import type { TableMeta } from "@/lib/charts/dto";
import { chartOption, chartTable, type ChartDtos, type ChartKind } from "@/lib/charts/registry";
import type { DataTable } from "@/lib/data-table";
import { useHydrated } from "./use-hydrated";

const NO_OPTION: EChartsOption = {};

/**
 * A chart's ECharts option and data table, built in the browser only (useHydrated): the server renders the card around
 * an empty box that ECharts draws into, so building them there was thrown away on every request (~2 ms of the
 * department page's server CPU, more with the small multiples of /sangong). Until then the table is an empty one, so
 * the card's 数据表 button renders alike on both sides. `adjust` (a stable function) reworks the built option.
 */
export function useChart<K extends ChartKind>(kind: K, dto: ChartDtos[K], meta?: TableMeta, adjust?: (option: EChartsOption) => EChartsOption): { option: EChartsOption; table: DataTable } {
  const hydrated = useHydrated();
  const { title, period, source } = meta ?? {};
  const option = useMemo(() => {
    if (!hydrated) return NO_OPTION;
    const built = chartOption(kind, dto, defaultChartContext());
    return adjust === undefined ? built : adjust(built);
  }, [hydrated, kind, dto, adjust]);
  const hasMeta = meta !== undefined;
  // `meta` is read through its fields: a fresh object with the same fields is the same table.
  const table = useMemo(() => {
    if (!hydrated) return { title: title ?? "", columns: [], rows: [] };
    const fields: TableMeta = { ...(title === undefined ? {} : { title }), ...(period === undefined ? {} : { period }), ...(source === undefined ? {} : { source }) };
    return chartTable(kind, dto, hasMeta ? fields : undefined);
  }, [hydrated, kind, dto, hasMeta, title, period, source]);
  return { option, table };
}
