import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { generateCity, renderReportText, renderReportXlsx } from "@/lib/demo";

const sha = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

function cityDigest(seed: number): string {
  const city = generateCity({ departments: 12, years: [2022, 2024], seed });
  return sha(city.reports.map(renderReportText).join("\u0000"));
}

describe("demo city determinism", () => {
  test("same seed gives byte-identical text for every report", () => {
    expect(cityDigest(42)).toBe(cityDigest(42));
  });

  test.each([[1, 2], [42, 43], [7, 700]])("seeds %i and %i give different cities", (a, b) => {
    expect(cityDigest(a)).not.toBe(cityDigest(b));
  });

  test("same seed gives byte-identical xlsx, even rendered at different times", async () => {
    const first = generateCity({ departments: 3, years: [2024, 2024], seed: 5 }).reports[0];
    const second = generateCity({ departments: 3, years: [2024, 2024], seed: 5 }).reports[0];
    if (first === undefined || second === undefined) throw new Error("no report generated");
    const a = await renderReportXlsx(first);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const b = await renderReportXlsx(second);
    expect(sha(a)).toBe(sha(b));
  });

  test("a different seed gives different xlsx bytes", async () => {
    const [a] = generateCity({ departments: 1, years: [2024, 2024], seed: 1 }).reports;
    const [b] = generateCity({ departments: 1, years: [2024, 2024], seed: 2 }).reports;
    if (a === undefined || b === undefined) throw new Error("no report generated");
    expect(sha(await renderReportXlsx(a))).not.toBe(sha(await renderReportXlsx(b)));
  });

  test("a department's reports do not depend on how many departments the city has", () => {
    const small = generateCity({ departments: 5, years: [2023, 2024], seed: 9 });
    const large = generateCity({ departments: 40, years: [2023, 2024], seed: 9 });
    const pick = (reports: typeof small.reports) => reports.find((r) => r.lineageId === "d00003" && r.year === 2024);
    const a = pick(small.reports);
    const b = pick(large.reports);
    expect(a && { ...a, mistakes: [] }).toEqual(b && { ...b, mistakes: [] });
  });

  test.each([
    [{ departments: 0, years: [2024, 2024] as [number, number], seed: 1 }],
    [{ departments: 3, years: [2025, 2024] as [number, number], seed: 1 }],
    [{ departments: 3, years: [2024, 2024] as [number, number], seed: 1.5 }],
  ])("rejects invalid options %o", (options) => {
    expect(() => generateCity(options)).toThrow(RangeError);
  });
});
