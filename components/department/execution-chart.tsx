"use client";

import { useMemo } from "react";
import { buildExecutionOption, defaultChartContext, toExecutionTable, type ExecutionDto } from "@/lib/charts";
import { ChartCard } from "@/components/charts/chart-card";
import type { SourceRef } from "@/lib/queries/department/types";
import { toSourceNote } from "./source-note";
import { useViewUrl } from "./use-view-url";

/** 决算 vs 年初预算 per 项 or per 类 (?exec=class), rate diamonds against the 90/100/110% lines. */
export function ExecutionChart({ dto, byClass, year, source }: { dto: ExecutionDto; byClass: boolean; year: number; source: SourceRef }) {
  const setUrl = useViewUrl();
  const option = useMemo(() => buildExecutionOption(dto, defaultChartContext()), [dto]);
  const toggle = (
    <span className="dept-toggle" role="group" aria-label="口径">
      <button type="button" aria-pressed={!byClass} onClick={() => setUrl({ exec: null }, "execution")}>按项</button>
      <button type="button" aria-pressed={byClass} onClick={() => setUrl({ exec: "class" }, "execution")}>按类</button>
    </span>
  );
  return (
    <ChartCard
      title={`一般公共预算财政拨款支出执行率 · ${byClass ? "按类" : "按项"}`}
      period={`${year}年度`}
      option={option}
      table={toExecutionTable(dto)}
      source={toSourceNote(source)}
      actions={toggle}
      height={Math.max(340, Math.min(520, 260 + dto.rows.length * 8))}
    />
  );
}
