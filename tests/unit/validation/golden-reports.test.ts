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
  test("咸宁 2024: rounding tails are info; the errors are the report's own two rate slips", () => {
    const findings = validateReport(golden("xianning-2024"));
    const serious = findings.filter((f) => f.severity !== "info");
    // 三公: 51.29 / 71.5 = 71.73%, printed 77.73%; 金融服务实体经济: 8.08 / 12.5 = 64.64%, printed 65.64%.
    expect(serious.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ["N.completion-recompute", "error", "71.7343", "77.73"],
      ["N.performance-rate", "error", "64.6400", "65.64"],
    ]);
    expect(findings.filter((f) => f.rule === "X.T03-basic-project-vs-totals").map((f) => f.severity)).toEqual(["info", "info"]);
  });

  test("上海普陀 2024: growth and completion stated against a base of 0 are errors", () => {
    const errors = validateReport(golden("shanghai-putuo-2024")).filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    for (const f of errors) expect(f.message).toMatch(/为 0，却称/);
    expect(errors.map((f) => f.rule)).toContain("N.completion-recompute");
  });
});
