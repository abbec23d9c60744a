"use client";

import type { ReactNode } from "react";
import type { YoyDto } from "@/lib/charts";
import { ChartCard } from "@/components/charts/chart-card";
import { useChart } from "@/components/charts/use-chart";
import type { SourceRef } from "@/lib/queries/department/types";
import { periodOf, toSourceNote } from "./source-note";

/** Bars per year with the growth rate; a year known only from the next report's 说明 is hatched and labelled. */
export function YoyChart({ title, dto, source, actions }: { title: string; dto: YoyDto; source: SourceRef | null; actions?: ReactNode }) {
  const { option, table } = useChart("yoy", dto);
  return (
    <ChartCard
      title={title}
      period={periodOf(dto.points.map((p) => p.year))}
      option={option}
      table={table}
      source={toSourceNote(source)}
      actions={actions}
      height={320}
    />
  );
}
