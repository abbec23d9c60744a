import { describe, expect, test } from "vitest";
import { Finding, type ParsedReport } from "@/lib/parsers/contract";
import { validateReport } from "@/lib/validation";
import { makeReport } from "./make-report";

/** mulberry32: a seeded PRNG so every run mutates the same way. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AMOUNT = /^-?\d+\.\d{2}$/;

/** Walks the report and replaces some amounts with null, 0, a negative or a shifted value. */
function scramble(node: unknown, random: () => number): unknown {
  if (typeof node === "string" && AMOUNT.test(node)) {
    const roll = random();
    if (roll < 0.1) return null;
    if (roll < 0.15) return "0.00";
    if (roll < 0.2) return `-${node.replace(/^-/, "")}`;
    if (roll < 0.3) return (Number(node) + Math.floor(random() * 100000)).toFixed(2);
    return node;
  }
  if (Array.isArray(node)) return node.filter(() => random() > 0.05).map((item) => scramble(item, random));
  if (node !== null && typeof node === "object") {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, scramble(value, random)]));
  }
  return node;
}

describe("robustness", () => {
  test.each(Array.from({ length: 40 }, (_, i) => i + 1))("scrambled report #%i: no exception, every finding well-formed", (seed) => {
    const report = scramble(makeReport(), prng(seed)) as ParsedReport;
    const findings = validateReport(report);
    for (const f of findings) {
      expect(() => Finding.parse(f)).not.toThrow();
      expect(f.message).not.toMatch(/undefined|NaN|\[object/);
      // Contract-valid input must never reach the safety net that reports a crashed rule.
      expect(f.message).not.toContain("数据格式异常");
    }
  });
});
