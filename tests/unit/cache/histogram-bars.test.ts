import { describe, expect, test } from "vitest";
import { unpack } from "@/lib/cache/packed";
import type { HistogramDto } from "@/lib/charts";
import { packHistogramBars } from "@/lib/queries/overview/histogram-bars";

describe("packHistogramBars", () => {
  const shared: HistogramDto = { rates: ["96.81", null, "110"], subjects: [{ id: "1", name: "甲" }, { id: "2", name: "乙" }, { id: "3", name: "丙" }] };

  test("the overview page's bars carry the rates, not who they belong to, and say a click reads them", () => {
    expect(unpack(packHistogramBars(shared))).toEqual({ rates: ["96.81", null, "110"], listsOnClick: true });
  });
});
