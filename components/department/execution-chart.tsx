"use client";

import type { ExecutionDto } from "@/lib/charts";
import { ChartCard } from "@/components/charts/chart-card";
import { useChart } from "@/components/charts/use-chart";
import { BASIS_BUDGET_LABEL, EXECUTION_BASES, rateLabel, type ExecutionBasis } from "@/lib/figures/execution";
import type { SourceRef } from "@/lib/queries/department/types";
import { toSourceNote } from "./source-note";
import { useViewUrl } from "./use-view-url";

/**
 * 决算 vs 年初预算 or 全年预算 (?basis=) per 项 or per 类 (?exec=class), rate diamonds against the 90/100/110% lines.
 * `coverage` counts the 项 with a rate against each budget, so the choice says what it would show.
 */
export function ExecutionChart({ dto, byClass, year, source, basis, coverage }: {
  dto: ExecutionDto;
  byClass: boolean;
  year: number;
  source: SourceRef;
  basis: ExecutionBasis;
  coverage: Record<ExecutionBasis, number>;
}) {
  const setUrl = useViewUrl();
  const { option, table } = useChart("execution", dto);
  const toggles = (
    <>
      <span className="dept-toggle" role="group" aria-label="执行率分母">
        {EXECUTION_BASES.map((b) => (
          <button key={b} type="button" aria-pressed={basis === b} title={`${coverage[b]} 个项有${BASIS_BUDGET_LABEL[b]}`} onClick={() => setUrl({ basis: b }, "execution")}>
            对{BASIS_BUDGET_LABEL[b]}
          </button>
        ))}
      </span>{" "}
      <span className="dept-toggle" role="group" aria-label="口径">
        <button type="button" aria-pressed={!byClass} onClick={() => setUrl({ exec: null }, "execution")}>按项</button>
        <button type="button" aria-pressed={byClass} onClick={() => setUrl({ exec: "class" }, "execution")}>按类</button>
      </span>
    </>
  );
  return (
    <ChartCard
      title={`一般公共预算财政拨款支出${rateLabel(basis)} · ${byClass ? "按类" : "按项"}`}
      period={`${year}年度`}
      option={option}
      table={table}
      source={toSourceNote(source)}
      actions={toggles}
      height={Math.max(340, Math.min(520, 260 + dto.rows.length * 8))}
    />
  );
}
