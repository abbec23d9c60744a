import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ParsedReport } from "@/lib/parsers/contract";
import { validateReport } from "@/lib/validation";

const golden = (name: string): ParsedReport =>
  ParsedReport.parse(JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../fixtures/golden/${name}.json`), "utf8")));

/**
 * The validator on real parses (the reviewed golden files). Real reports are full of 0.01 万元 tail differences
 * ("金额单位转换时可能存在尾数误差"): those must stay info, and only genuine slips may be errors.
 */
describe("validator on the golden parses", () => {
  test("咸宁 2024: rounding tails are info; the one error is the 三公 completion rate (51.29 / 71.5 ≠ 77.73%)", () => {
    const findings = validateReport(golden("xianning-2024"));
    const serious = findings.filter((f) => f.severity !== "info");
    expect(serious.map((f) => [f.rule, f.severity, f.actual])).toEqual([["N.completion-recompute", "error", "77.73"]]);
    expect(serious[0]?.message).toContain("71.7343%");
    expect(findings.filter((f) => f.rule === "X.T03-basic-project-vs-totals").map((f) => f.severity)).toEqual(["info", "info"]);
  });

  test("上海普陀 2024: growth and completion stated against a base of 0 are errors", () => {
    const errors = validateReport(golden("shanghai-putuo-2024")).filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    for (const f of errors) expect(f.message).toMatch(/为 0，却称/);
    expect(errors.map((f) => f.rule)).toContain("N.completion-recompute");
  });
});
