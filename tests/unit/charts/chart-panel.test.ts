import { describe, expect, test } from "vitest";
import { buildChart, type ChartSpec } from "@/components/charts/chart-panel";
import { defaultChartContext, rankingHeight } from "@/lib/charts";
import * as fx from "./fixtures";

const specs: ChartSpec[] = [
  { kind: "structure", dto: fx.structure },
  { kind: "economic", dto: fx.economic },
  { kind: "yoy", dto: fx.yoy },
  { kind: "execution", dto: fx.execution },
  { kind: "sangongTrend", dto: fx.sangong },
  { kind: "heatmap", dto: fx.heatmap },
  { kind: "ranking", dto: fx.ranking },
  { kind: "histogram", dto: fx.histogram },
  { kind: "treemap", dto: fx.treemap },
  { kind: "compare", dto: fx.compare },
  { kind: "performance", dto: fx.performance },
];

describe("buildChart (ChartPanel's client-side builder dispatch)", () => {
  test.each(specs.map((spec) => [spec.kind, spec] as const))("%s gives an option and its table", (_kind, spec) => {
    const built = buildChart(spec, defaultChartContext());
    expect(built.option.aria).toMatchObject({ enabled: true });
    expect(built.table.columns.length).toBeGreaterThan(1);
  });

  test("ranking-like charts size themselves from their row count", () => {
    expect(buildChart({ kind: "ranking", dto: fx.ranking }, defaultChartContext()).height).toBe(rankingHeight(3));
    expect(buildChart({ kind: "performance", dto: fx.performance }, defaultChartContext()).height).toBe(rankingHeight(3));
    expect(buildChart({ kind: "yoy", dto: fx.yoy }, defaultChartContext()).height).toBeUndefined();
  });
});
