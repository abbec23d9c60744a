import { describe, expect, test } from "vitest";
import { bucketRates, buildHistogramOption, buildRankingOption, rankingHeight, toHistogramTable, toRankingTable } from "@/lib/charts";
import { defaultChartContext } from "@/lib/charts/context";
import { dataOf, field, labelText, path, seriesAt, tooltipText, values } from "./helpers";
import { histogram, ranking } from "./fixtures";

const ctx = defaultChartContext();

describe("buildRankingOption", () => {
  const option = buildRankingOption(ranking, ctx);
  const bars = seriesAt(option, 0);

  test("all rows, largest first, nulls last", () => {
    expect(bars.type).toBe("bar");
    expect(values(bars)).toEqual([2907.92, 1200, null]);
    expect(dataOf(bars).map((item) => field(item, "departmentId"))).toEqual(["d1", "d2", "d3"]);
    const yAxis = Array.isArray(option.yAxis) ? option.yAxis[0] : option.yAxis;
    expect(field(yAxis, "inverse")).toBe(true);
    expect(field(yAxis, "data")).toEqual(["市政府办公室", "市财政局", "市统计局"]);
    expect(labelText(bars, 0)).toBe("2,907.92");
    expect(labelText(bars, 2)).toBe("—");
  });

  test.each([
    [0, 200],
    [3, 200],
    [10, 296],
    [100, 2456],
  ])("rankingHeight(%i) = %i", (n, height) => {
    expect(rankingHeight(n)).toBe(height);
  });

  test("tooltip and table", () => {
    expect(tooltipText(option, { data: { key: "d2" } })).toContain("29.21%");
    expect(toRankingTable(ranking).rows.map((row) => row.rank)).toEqual([1, 2, null]);
  });
});

describe("histogram", () => {
  test("bucketRates: half-open 10-point buckets with open ends, nulls counted apart", () => {
    const { buckets, missing } = bucketRates(histogram.rates);
    const counts = Object.fromEntries(buckets.map((bucket) => [bucket.label, bucket.count]));
    expect(missing).toBe(1);
    expect(counts).toMatchObject({
      "<50%": 1,
      "70–80%": 1,
      "90–100%": 2,
      "110–120%": 1,
      "130–140%": 1,
      "≥150%": 1,
    });
    expect(buckets.reduce((n, bucket) => n + bucket.count, 0)).toBe(7);
    expect(buckets).toHaveLength(12);
  });

  test("bars coloured by attention band; missing note drawn", () => {
    const option = buildHistogramOption(histogram, ctx);
    const bars = seriesAt(option, 0);
    expect(values(bars)).toHaveLength(12);
    const colour = (i: number) => path(dataOf(bars)[i], "itemStyle", "color");
    expect(colour(4)).toBe(ctx.diverging[0]); // 80–90
    expect(colour(5)).toBe(ctx.palette[1]); // 90–100
    expect(colour(7)).toBe(ctx.diverging[2]); // 110–120
    expect(JSON.stringify(option.graphic)).toContain("另有 1 个无法计算执行率");
    expect(toHistogramTable(histogram).rows.at(-1)).toEqual({ bucket: "无法计算", count: 1 });
  });

  test("a bar with departments says a click lists them: with their names, or when the page reads them on click", () => {
    const hint = "点击查看这些部门";
    const tip = (dto: typeof histogram, dataIndex: number) => tooltipText(buildHistogramOption(dto, ctx), { dataIndex });
    const subjects = histogram.rates.map((_, i) => ({ id: String(i + 1), name: `部门${i + 1}` }));
    expect(tip(histogram, 5)).not.toContain(hint);
    expect(tip({ ...histogram, subjects }, 5)).toContain(hint);
    expect(tip({ ...histogram, listsOnClick: true }, 5)).toContain(hint);
    // 60–70% holds no rate: nothing to list.
    expect(tip({ ...histogram, listsOnClick: true }, 2)).not.toContain(hint);
  });
});
