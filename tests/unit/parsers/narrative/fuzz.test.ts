import { describe, expect, test } from "vitest";
import { Amount, Claim, Indicator, Unread } from "@/lib/parsers/contract";
import type { SourceDoc } from "@/lib/parsers/document";
import { extractNarrative, extractPerformance } from "@/lib/parsers/narrative";
import { fixtureDoc, textToDoc } from "./text-doc";

/** mulberry32: a seeded generator so every run mutates the same way. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ["万元", "元", "%", "％", "（类）", "（款）", "（项）", "年初预算为", "支出决算为", "完成年初预算的", "增加", "减少", "占", "。", "，", "\f", " ", "9", "0.", "1,234", "XX", "202", "三公", "预算数（A）", "执行数（B）", "执行率（B/A）", "绩效基本型", "项目绩效自评表", "三级指标", "第三部分 决算情况说明", "亿元", "(", ")", "—", "１２"];

function mutate(lines: string[], random: () => number): string[] {
  const out = [...lines];
  const edits = 1 + Math.floor(random() * 40);
  for (let i = 0; i < edits; i += 1) {
    const at = Math.floor(random() * out.length);
    const line = out[at] ?? "";
    const pos = Math.floor(random() * (line.length + 1));
    const piece = PIECES[Math.floor(random() * PIECES.length)] ?? "";
    const roll = random();
    if (roll < 0.3) out[at] = line.slice(0, pos) + piece + line.slice(pos);
    else if (roll < 0.5) out[at] = line.slice(0, pos) + line.slice(pos + 1 + Math.floor(random() * 8));
    else if (roll < 0.65) out.splice(at, 1, line.slice(0, pos), line.slice(pos));
    else if (roll < 0.8) out.splice(at, 1);
    else out.splice(at, 0, out[Math.floor(random() * out.length)] ?? "");
  }
  return out;
}

function checkNarrative(doc: SourceDoc): void {
  const facts = extractNarrative(doc, "万元");
  const lineNumbers = new Set(doc.lines.map((line) => line.line));
  for (const claim of facts.claims) {
    expect(() => Claim.parse(claim)).not.toThrow();
    if (claim.location.line !== null) expect(lineNumbers.has(claim.location.line)).toBe(true);
  }
  for (const entry of facts.unread) expect(() => Unread.parse(entry)).not.toThrow();
  for (const item of facts.items) {
    for (const value of [item.budgetInitial, item.budgetFull, item.actual]) if (value !== null) expect(() => Amount.parse(value)).not.toThrow();
  }
}

function checkPerformance(doc: SourceDoc): void {
  const facts = extractPerformance(doc, "万元");
  for (const project of facts.projects) {
    for (const value of [project.budget, project.actual]) if (value !== null) expect(() => Amount.parse(value)).not.toThrow();
    for (const indicator of project.indicators) expect(() => Indicator.parse(indicator)).not.toThrow();
  }
  for (const entry of facts.unread) expect(() => Unread.parse(entry)).not.toThrow();
}

const sample = fixtureDoc("xianning-zhengfuban-2024.txt").lines.map((line) => line.text);
const narrativePart = sample.slice(1012, 1672);
const tablePart = sample.slice(2550, 2740);

describe("fuzz: mutated and random input never throws and stays inside the contract", () => {
  test.each(Array.from({ length: 40 }, (_, i) => i + 1))("mutated narrative, seed %i", (seed) => {
    const random = seeded(seed);
    checkNarrative(textToDoc(mutate(narrativePart, random).join("\n")));
  });

  test.each(Array.from({ length: 40 }, (_, i) => i + 1))("mutated performance table, seed %i", (seed) => {
    const random = seeded(seed * 7919);
    checkPerformance(textToDoc(mutate(["第六部分 附件", ...tablePart], random).join("\n")));
  });

  test.each(Array.from({ length: 20 }, (_, i) => i + 1))("random pieces only, seed %i", (seed) => {
    const random = seeded(seed * 104729);
    const lines = Array.from({ length: 60 }, () =>
      Array.from({ length: Math.floor(random() * 12) }, () => PIECES[Math.floor(random() * PIECES.length)] ?? "").join(""),
    );
    const doc = textToDoc(lines.join("\n"));
    checkNarrative(doc);
    checkPerformance(doc);
  });

  test.each([
    ["empty document", { format: "text", pageCount: 0, lines: [] } satisfies SourceDoc],
    ["blank lines", textToDoc("\n\n \n\f\n")],
    ["one huge line", textToDoc("年初预算为".repeat(2000) + "9".repeat(5000))],
    ["lines with nonsense positions", { format: "pdf", pageCount: 1, lines: [{ page: 0, line: 0, text: "机关运行经费支出 1 万元", cells: [] }] } satisfies SourceDoc],
  ])("%s", (_label, doc) => {
    checkNarrative(doc);
    checkPerformance(doc);
  });
});
