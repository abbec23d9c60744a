import { describe, expect, test } from "vitest";
import { validateReport } from "@/lib/validation";
import { readGoldenParse as golden } from "../golden-files";

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

  test("上海普陀 2024: a new department's growth and completion against a base of 0 are warnings, not errors", () => {
    const findings = validateReport(golden("shanghai-putuo-2024"));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    const traps = findings.filter((f) => /为 0，却称/.test(f.message));
    // 增长100.00% ×4 against 2023 = 0 (the department was founded in 2024); 完成年初预算的95.89% with 年初预算 0.
    expect(traps.map((f) => [f.rule, f.severity])).toEqual([
      ["N.change-recompute", "warning"],
      ["N.change-recompute", "warning"],
      ["N.change-recompute", "warning"],
      ["N.change-recompute", "warning"],
      ["N.completion-recompute", "warning"],
    ]);
  });
});
