import { describe, expect, test } from "vitest";
import * as charts from "@/lib/charts";
import { cases } from "./cases";

describe.each(cases)("%s builder", (_name, build, toTable) => {
  test("is accessible, title-less and animates only when interactive", () => {
    const live = build(charts.defaultChartContext());
    expect(live.aria).toMatchObject({ enabled: true });
    expect(live.title).toBeUndefined();
    expect(live.animation).toBe(true);
    expect(build(charts.defaultChartContext({ static: true })).animation).toBe(false);
  });

  test("table twin has columns for every row key", () => {
    const dataTable = toTable();
    expect(dataTable.title).not.toBe("");
    const keys = new Set(dataTable.columns.map((column) => column.key));
    for (const row of dataTable.rows) expect(Object.keys(row).every((key) => keys.has(key))).toBe(true);
  });

  test("is pure: same input, same structure", () => {
    const ctx = charts.defaultChartContext();
    expect(JSON.stringify(build(ctx))).toBe(JSON.stringify(build(ctx)));
  });
});
