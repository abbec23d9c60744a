import { describe, expect, test } from "vitest";
import { ParsedReport } from "@/lib/parsers/contract";
import { RULES, validateReport } from "@/lib/validation";
import { makeReport } from "./make-report";

describe("the valid minimal report", () => {
  test("conforms to the parse contract", () => {
    expect(() => ParsedReport.parse(makeReport())).not.toThrow();
  });

  test("yields no findings at all", () => {
    expect(validateReport(makeReport())).toEqual([]);
  });

  test("top-level overrides replace a whole part of the report", () => {
    const findings = validateReport(makeReport({ claims: [] }));
    expect(findings.every((f) => f.severity === "info" && f.message.startsWith("未能核对"))).toBe(true);
    expect(findings.map((f) => f.rule)).toContain("N.share-recompute");
  });

  test("rule ids are unique and follow the prefix scheme", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(T0\d|X|N|E|C|D|P)\.[A-Za-z0-9.-]+$/);
  });
});
