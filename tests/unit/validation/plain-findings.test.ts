import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { RULES } from "@/lib/validation/registry";
import { RULE_TEXT, ruleText } from "@/lib/validation/rule-text";
import { groupFindings, type GroupableFinding } from "@/lib/validation/group-findings";
import { parseText } from "@/lib/parsers/parse-report";

describe("rule text", () => {
  test("every registered rule has a Chinese title and a one-line explanation", () => {
    for (const rule of RULES) {
      const text = RULE_TEXT[rule.id];
      expect(text, rule.id).toBeDefined();
      expect(text?.title).toMatch(/[\u4e00-\u9fff]/);
      expect(text?.explain).toMatch(/。$/);
      expect(text?.explain.includes("\n")).toBe(false);
    }
  });

  test("an unknown (older) rule id shows as itself", () => {
    expect(ruleText("Z.gone")).toEqual({ title: "Z.gone", explain: "" });
  });
});

describe("groupFindings", () => {
  const f = (rule: string, severity: GroupableFinding["severity"], expected: string | null, actual: string | null) => ({ rule, severity, expected, actual });

  test("rounding tails become one line per kind with the largest difference, rounded up", () => {
    const groups = groupFindings([
      f("T03.row-total", "info", "18813800.00", "18813700.00"),
      f("X.T03-basic-project-vs-totals", "info", "4914500.00", "4914300.00"),
      f("N.share-recompute", "info", "9.5575", "9.55"),
      f("N.completion-recompute", "error", "71.7343", "77.73"),
      f("N.change-recompute", "warning", null, "100.00"),
      f("X.T06-vs-T09-sangong", "info", null, null),
      f("E.execution-rate", "info", "90-110", "139.52"),
    ]);
    expect(groups.amountTails).toEqual({ items: [expect.objectContaining({ rule: "T03.row-total" }), expect.objectContaining({ rule: "X.T03-basic-project-vs-totals" })], max: "0.02" });
    expect(groups.pctTails?.max).toBe("0.01");
    expect(groups.errors.map((e) => e.rule)).toEqual(["N.completion-recompute"]);
    expect(groups.warnings.map((e) => e.rule)).toEqual(["N.change-recompute"]);
    expect(groups.notRun.map((e) => e.rule)).toEqual(["X.T06-vs-T09-sangong"]);
    expect(groups.notes.map((e) => e.rule)).toEqual(["E.execution-rate"]);
  });

  test("no tails → null groups", () => {
    expect(groupFindings([]).amountTails).toBeNull();
  });
});

describe("messages at printed precision (咸宁 sample)", () => {
  test("a recomputed rate is shown with the stated figure's two decimals, not four", async () => {
    const text = readFileSync("tests/fixtures/xianning-zhengfuban-2024.txt", "utf8");
    const { findings } = await parseText(text, "xianning-zhengfuban-2024.txt");
    const sangong = findings.find((x) => x.rule === "N.completion-recompute" && x.severity === "error");
    expect(sangong?.message).toContain("重算为 71.73%，相差 6.00 个百分点");
    expect(sangong?.expected).toBe("71.7343");
    expect(findings.every((x) => !/\d\.\d{3,}%|\d\.\d{3,} 个百分点/.test(x.message))).toBe(true);
  });
});
