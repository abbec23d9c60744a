"use client";

import { AppLink } from "@/components/layout/app-link";
import { useMemo } from "react";
import { ChartCard } from "@/components/charts/chart-card";
import { defaultChartContext, toCompareTable, type CompareDto } from "@/lib/charts";
import {
  buildCompareMultipleOption,
  buildCompareRatesOption,
  buildCompareSharesOption,
  buildCompareYoyOption,
  COMPARE_MODES,
  type CompareFigures,
  type CompareMode,
} from "@/lib/charts/builders/compare-modes";
import { CompareChart } from "./compare-chart";

interface Props {
  mode: CompareMode;
  /** The page URL of each mode (the same ids and year). */
  hrefs: Record<CompareMode, string>;
  totals: CompareDto;
  structure: CompareDto;
  sangong: CompareDto;
  figures: CompareFigures[];
  period: string;
}

/** The mode switch (金额 / 结构占比 / 执行率 / 同比变化) and the charts of the chosen mode. */
export function CompareModes({ mode, hrefs, totals, structure, sangong, figures, period }: Props) {
  const ctx = useMemo(() => defaultChartContext(), []);
  const structureTable = useMemo(() => toCompareTable(structure, { title: "支出结构", period }), [structure, period]);
  const rowsHeight = 80 + figures.length * 44;
  return (
    <div className="stack">
      <nav className="compare-modes" aria-label="对比方式">
        {COMPARE_MODES.map((m) => (
          <AppLink key={m.value} href={hrefs[m.value]} className={m.value === mode ? "button primary" : "button"} aria-current={m.value === mode ? "page" : undefined} scroll={false}>
            {m.label}
          </AppLink>
        ))}
      </nav>
      {mode === "amounts" ? (
        <>
          <div className="grid cols-2 compare-grid">
            <CompareChart dto={totals} title="支出总量与构成（本年 / 上年）" period={period} />
            <CompareChart dto={sangong} title="三公经费决算（分项）" period={period} />
          </div>
          <h3 className="compare-multiples-title">支出结构：各部门按功能分类（类），各自刻度</h3>
          <div className="compare-multiples">
            {structure.departments.map((d) => (
              <ChartCard key={d.id} title={d.name} period={period} option={buildCompareMultipleOption(structure, d.id, ctx)} height={40 + structure.metrics.length * 26} />
            ))}
          </div>
        </>
      ) : null}
      {mode === "shares" ? (
        <ChartCard title="支出结构占比：按功能分类（类）" unit="%（占本部门支出）" period={period} option={buildCompareSharesOption(structure, ctx)} table={structureTable} height={rowsHeight + 40} />
      ) : null}
      {mode === "rates" ? (
        <ChartCard title="预算执行率与三公经费执行率" unit="%（决算 ÷ 预算）" period={period} option={buildCompareRatesOption(figures, ctx)} height={rowsHeight + 20} />
      ) : null}
      {mode === "yoy" ? (
        <ChartCard title="支出合计比上年变化" unit="%" period={period} option={buildCompareYoyOption(figures, ctx)} height={rowsHeight} />
      ) : null}
    </div>
  );
}
