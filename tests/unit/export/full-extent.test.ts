import { describe, expect, test } from "vitest";
import { buildHeatmapOption, buildRankingOption, defaultChartContext, heatmapHeight, rankingHeight } from "@/lib/charts";
import { buildExportOption, EXPORT_FOOTER_HEIGHT, EXPORT_HEADER_HEIGHT } from "@/lib/charts/export-option";
import { fullExtent } from "@/lib/charts/export-extent";
import { renderFramedChartSvg, withoutDecals } from "@/lib/export/chart-svg";
import type { HeatmapDto } from "@/lib/charts/dto";

const ctx = defaultChartContext({ static: true });
const meta = { title: "部门 × 科目 预算执行率", unit: "%", period: "2024年度", source: "各部门决算 公开05表", exportedOn: "2026-11-27" };

function heatmap(departments: number, codes: number): HeatmapDto {
  const ds = Array.from({ length: departments }, (_, i) => ({ id: `d${i}`, name: `部门${String(i + 1).padStart(2, "0")}` }));
  const cs = Array.from({ length: codes }, (_, i) => ({ code: String(201 + i), name: `科目${i + 1}` }));
  return {
    departments: ds,
    codes: cs,
    cells: ds.flatMap((d, i) => cs.map((c, j) => ({ departmentId: d.id, code: c.code, budget: "100000.00", actual: `${80000 + ((i + j) % 40) * 1000}.00` }))),
  };
}

describe("exports show every row, not the zoom window", () => {
  test("no zoom: option and size unchanged", () => {
    const option = buildHeatmapOption(heatmap(5, 4), ctx);
    expect(fullExtent(option, { width: 800, height: 400 })).toEqual({ option, size: { width: 800, height: 400 } });
  });

  test.each([
    [20, 45, 1, 45 / 30],
    [60, 40, 1, 40 / 30],
  ])("%i departments × %i codes: zoom removed, plot grows by total/visible", (rows, columns, rowFactor, columnFactor) => {
    const option = buildHeatmapOption(heatmap(rows, columns), ctx);
    expect(Array.isArray(option.dataZoom) && option.dataZoom.length).toBeGreaterThan(0);
    const { option: full, size } = fullExtent(option, { width: 880, height: 560 });
    expect(full.dataZoom).toEqual([]);
    const grid = option.grid as { top: number; bottom: number; left: number; right: number };
    expect(size.height).toBe(Math.round(560 + (560 - grid.top - grid.bottom) * (rowFactor - 1)));
    expect(size.width).toBe(Math.round(880 + (880 - grid.left - grid.right) * (columnFactor - 1)));
  });

  test("the framed SVG of a 45-department heatmap names the last department and is taller than the screen", () => {
    const option = buildHeatmapOption(heatmap(45, 6), ctx);
    const size = { width: 880, height: heatmapHeight(45) };
    const framed = buildExportOption(option, meta, size);
    expect(framed.height).toBeGreaterThan(560 + EXPORT_HEADER_HEIGHT + EXPORT_FOOTER_HEIGHT);
    const { svg, height } = renderFramedChartSvg(option, meta, size);
    expect(height).toBe(framed.height);
    expect(svg).toContain("部门45");
    expect(svg).toContain("部门01");
    expect(svg).toContain("导出日期：2026-11-27");
  });

  test("a ranking sized by its rows exports every row at that size", () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ departmentId: `d${i}`, name: `部门${i + 1}`, amount: `${(40 - i) * 100000}.00` }));
    const option = buildRankingOption({ metricLabel: "本年支出合计", rows }, ctx);
    const { svg, height } = renderFramedChartSvg(option, meta, { width: 880, height: rankingHeight(40) });
    expect(height).toBe(rankingHeight(40) + EXPORT_HEADER_HEIGHT + EXPORT_FOOTER_HEIGHT);
    expect(svg).toContain("部门40");
  });

  test("withoutDecals drops only the hatch", () => {
    const option = buildHeatmapOption(heatmap(3, 3), ctx);
    const plain = withoutDecals(option);
    expect(JSON.stringify(plain.series)).not.toContain("decal");
    expect(JSON.stringify(option.series)).toContain("decal");
    expect((plain.series as Array<{ itemStyle?: { color?: string } }>)[2]?.itemStyle?.color).toBe(ctx.noDataColor);
  });
});
