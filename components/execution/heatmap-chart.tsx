"use client";

import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { ChartCard } from "@/components/charts/chart-card";
import { useFetchedText } from "@/components/charts/use-fetched-text";
import { buildHeatmapOption, defaultChartContext, unpackHeatmap, type HeatmapShape } from "@/lib/charts";
import { heatmapHeight } from "@/lib/charts/builders/heatmap";
import { chartTable } from "@/lib/charts/registry";
import { withRegion, type RegionRef } from "@/lib/domain/region-href";
import { BASIS_BUDGET_LABEL, DEFAULT_EXECUTION_BASIS, rateFormula } from "@/lib/figures/execution";

/**
 * Departments × codes (or years) heatmap, as tall as its rows so every department is on the page; a click on a cell
 * with figures opens the department drilled to that code and year (empty cells are inert). `linkYear` null means the
 * columns are years themselves. The server draws the card from `shape` (its size and labels); the browser fetches the
 * figures from `src` (packed columns, heatmapColumnsHref), so a 1,000-department page is not 350 KB of HTML, and draws them.
 */
export function HeatmapChart({ src, shape, title, period, linkYear, region }: {
  src: string;
  shape: HeatmapShape;
  title: string;
  period: string;
  linkYear: number | null;
  region: RegionRef;
}) {
  const router = useRouter();
  const fetched = useFetchedText(src);
  const text = fetched.state === "ready" ? fetched.text : null;
  const dto = useMemo(() => (text === null ? null : unpackHeatmap(text)), [text]);
  const [showValues, setShowValues] = useState(false);
  // Every cell's option and table row are built in the browser only: the server sends the card, the browser draws it.
  const option = useMemo(() => (dto === null ? {} : buildHeatmapOption(dto, defaultChartContext(), { showValues })), [dto, showValues]);
  const table = useMemo(
    () => (dto === null ? { title, period, columns: [], rows: [] } : chartTable("heatmap", dto, { title, period })),
    [dto, title, period],
  );
  const basis = shape.basis ?? DEFAULT_EXECUTION_BASIS;
  // The fetched figures decide the size once they are here (the server's `shape` may be a lower bound: see the page).
  const size = dto === null ? shape : { departments: dto.departments.length, codes: dto.codes.length };
  return (
    <ChartCard
      title={title}
      unit={`%（${rateFormula(basis)}）`}
      period={period}
      source={{ scope: `${size.departments} 个部门`, table: `公开05表 一般公共预算财政拨款支出决算表与报告所列${BASIS_BUDGET_LABEL[basis]}` }}
      option={option}
      table={table}
      height={heatmapHeight(size.departments, size.codes)}
      // SVG keeps the axis names as text (selectable, searchable with Ctrl+F, readable by tests).
      renderer="svg"
      notice={fetched.state === "loading" ? "正在加载执行率…" : fetched.state === "failed" ? `执行率数据加载失败：${fetched.message}。请刷新页面重试。` : null}
      actions={
        <button type="button" className="button" aria-pressed={showValues} onClick={() => setShowValues((shown) => !shown)}>
          {showValues ? "隐藏数值" : "显示数值"}
        </button>
      }
      onEvents={{
        click: (event) => {
          const data = event.data as { departmentId?: string; code?: string; status?: string } | undefined;
          if (data?.departmentId === undefined || data.code === undefined || data.status === "noData") return;
          const href = linkYear === null
            ? `/departments/${data.departmentId}?year=${data.code}&basis=${basis}`
            : `/departments/${data.departmentId}?year=${linkYear}&code=${data.code}&basis=${basis}`;
          router.push(withRegion(href, region));
        },
      }}
    />
  );
}
