import { describe, expect, it } from "vitest";
import { topRankingRows } from "@/lib/charts/ranking-top";
import type { RankingRow } from "@/lib/charts/dto";

const row = (departmentId: string, amount: string | null): RankingRow => ({ departmentId, name: `部门${departmentId}`, amount });

describe("topRankingRows", () => {
  it("orders exactly by amount, missing amounts last, and cuts at n", () => {
    // 9007199254740993.01 and …992.99 are the same number as floats: only an exact comparison orders them.
    const rows = Object.freeze([row("1", "100.00"), row("2", null), row("3", "9007199254740992.99"), row("4", "9007199254740993.01"), row("5", "-5.00")]);
    expect(topRankingRows(rows, 3).map((r) => r.departmentId)).toEqual(["4", "3", "1"]);
    expect(topRankingRows(rows, 10).map((r) => r.departmentId)).toEqual(["4", "3", "1", "5", "2"]);
    expect(rows.map((r) => r.departmentId)).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("orders amounts with more than two decimals exactly too", () => {
    const rows = Object.freeze([row("1", "1.005"), row("2", "1.01"), row("3", null), row("4", "1.0049")]);
    expect(topRankingRows(rows, 4).map((r) => r.departmentId)).toEqual(["2", "1", "4", "3"]);
  });

  it("hands each caller its own list", () => {
    const rows = Object.freeze([row("1", "1.00"), row("2", "2.00")]);
    const first = topRankingRows(rows, 2);
    first.pop();
    expect(topRankingRows(rows, 2).map((r) => r.departmentId)).toEqual(["2", "1"]);
  });
});
