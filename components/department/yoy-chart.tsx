"use client";

import { useMemo, type ReactNode } from "react";
import { defaultChartContext, type YoyDto } from "@/lib/charts";
import { chartOption, chartTable } from "@/lib/charts/registry";
import { ChartCard } from "@/components/charts/chart-card";
import type { SourceRef } from "@/lib/queries/department/types";
import { periodOf, toSourceNote } from "./source-note";

/** Bars per year with the growth rate; a year known only from the next report's 说明 is hatched and labelled. */
export function YoyChart({ title, dto, source, actions }: { title: string; dto: YoyDto; source: SourceRef | null; actions?: ReactNode }) {
  const option = useMemo(() => chartOption("yoy", dto, defaultChartContext()), [dto]);
  return (
    <ChartCard
      title={title}
      period={periodOf(dto.points.map((p) => p.year))}
      option={option}
      table={chartTable("yoy", dto)}
      source={toSourceNote(source)}
      actions={actions}
      height={320}
    />
  );
}
