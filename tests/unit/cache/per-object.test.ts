import { describe, expect, it } from "vitest";
import { perObject } from "@/lib/cache/per-object";
import { pack, unpack } from "@/lib/cache/packed";

describe("perObject", () => {
  it("computes once per input object and again for an equal but different object", () => {
    let calls = 0;
    const size = perObject((rows: number[]) => {
      calls += 1;
      return JSON.stringify(rows);
    });
    const shared = Object.freeze([1, 2, 3]);
    expect(size(shared as number[])).toBe("[1,2,3]");
    expect(size(shared as number[])).toBe("[1,2,3]");
    expect(calls).toBe(1);
    expect(size([1, 2, 3])).toBe("[1,2,3]");
    expect(calls).toBe(2);
  });
});

describe("pack", () => {
  it("turns a value into one JSON string, the same string for the same shared object, and back", () => {
    const rates = Object.freeze({ rates: ["97.91", null], subjects: [{ id: "1", name: "示例市人民政府办公室" }] });
    const packed = pack(rates);
    expect(pack(rates)).toBe(packed);
    expect(unpack(packed)).toEqual(rates);
  });
});
