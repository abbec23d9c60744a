import { describe, expect, test } from "vitest";
import { regionRefFromParams, withRegion } from "@/lib/domain/region-href";

describe("withRegion keeps a view's region in its links", () => {
  test.each([
    ["/departments/5?year=2024", { code: "990101", sub: false }, "/departments/5?year=2024&region=990101"],
    ["/departments/5?year=2024&basis=full#execution", { code: "9901", sub: true }, "/departments/5?year=2024&basis=full&region=9901&sub=1#execution"],
    ["/compare", { code: null, sub: false }, "/compare?region=none"],
    ["/execution?region=31&sub=1&year=2023", { code: "310107", sub: false }, "/execution?year=2023&region=310107"],
    ["/departments/5#findings", null, "/departments/5#findings"],
  ])("%s", (href, ref, expected) => {
    expect(withRegion(href, ref)).toBe(expected);
  });

  test.each([
    [{}, null],
    [{ region: "" }, null],
    [{ region: "990102" }, { code: "990102", sub: false }],
    [{ region: ["9901", "31"], sub: "1" }, { code: "9901", sub: true }],
    [{ region: "none", sub: "true" }, { code: null, sub: true }],
  ])("regionRefFromParams(%o)", (params, expected) => {
    expect(regionRefFromParams(params)).toEqual(expected);
  });
});
