import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ParsedReport } from "@/lib/parsers/contract";
import { isParseError } from "@/lib/parsers/errors";
import { parseReport, parseText } from "@/lib/parsers/parse-report";
import { figures, tablesOfText } from "./table-report";

const SAMPLE = readFileSync(path.resolve(import.meta.dirname, "../../fixtures/xianning-zhengfuban-2024.txt"), "utf8");
const LINES = SAMPLE.split("\n");

/** Deterministic PRNG (mulberry32) so a failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function outcome(run: () => Promise<ParsedReport>): Promise<"report" | "error"> {
  try {
    const report = await run();
    ParsedReport.parse(report);
    return "report";
  } catch (error) {
    if (isParseError(error)) return "error";
    throw error;
  }
}

/** Every amount a table yields must be printed somewhere in the input, in 万元 or in 元: nothing is invented. */
function amountsPrinted(text: string): Set<string> {
  const printed = new Set<string>(["0.00"]);
  const rejoined = text.replace(/(\d),(?=\d{3})/g, "$1").replace(/(\d\.)[ \t]*\n\s*(\d{1,2})(?=\s|$)/g, "$1$2\n");
  for (const match of `${text}\n${rejoined}`.replace(/(\d),(?=\d{3})/g, "$1").matchAll(/\d+(?:\.\d+)?/g)) {
    const value = Number(match[0]);
    printed.add((value * 10000).toFixed(2));
    printed.add(value.toFixed(2));
  }
  return printed;
}

function tableAmounts(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string" && /^-?\d+\.\d{2}$/.test(value)) out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => tableAmounts(v, out));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => tableAmounts(v, out));
  return out;
}

function mutate(seed: number): string {
  const next = random(seed);
  const lines = [...LINES];
  for (let k = 0; k < 40; k += 1) {
    const i = 98 + Math.floor(next() * 915);
    const op = Math.floor(next() * 4);
    const line = lines[i] ?? "";
    if (op === 0) lines.splice(i, 1);
    else if (op === 1) lines.splice(i, 0, line);
    else if (op === 2) {
      const j = 98 + Math.floor(next() * 915);
      lines[i] = lines[j] ?? "";
      lines[j] = line;
    } else {
      const at = Math.floor(next() * (line.length + 1));
      lines[i] = `${line.slice(0, at)}${" 0.01 合计 201 ,.".charAt(Math.floor(next() * 16))}${line.slice(at + 1)}`;
    }
  }
  return lines.join("\n");
}

describe("whatever the input, a ParsedReport or a ParseError", () => {
  test.each(Array.from({ length: 12 }, (_, i) => i + 1))("random bytes, seed %i", async (seed) => {
    const next = random(seed);
    const bytes = Uint8Array.from({ length: Math.floor(next() * 4000) }, () => Math.floor(next() * 256));
    expect(await outcome(() => parseReport({ bytes, fileName: `random-${seed}.bin` }))).toBe("error");
  });

  test.each([
    [0.05, null],
    [0.2, "29079200.00"],
    [0.33, "29079200.00"],
    [0.5, "29079200.00"],
    [0.8, "29079200.00"],
  ])("the sample truncated at %d of its length is still a report, with only printed figures", async (fraction, income) => {
    const text = SAMPLE.slice(0, Math.floor(SAMPLE.length * fraction));
    const report = await parseText(text, "truncated.txt");
    expect(report.department).toBe("咸宁市人民政府办公室");
    expect(report.totals.income).toBe(income);
    expect(tableAmounts(figures(report)).filter((a) => !amountsPrinted(text).has(a))).toEqual([]);
  });

  test.each([1, 2, 3])("mutated table lines through the whole parser, seed %i: a report, nothing invented", async (seed) => {
    const text = mutate(seed);
    expect(await outcome(() => parseText(text, `mutated-${seed}.txt`))).toBe("report");
    const report = await parseText(text, `mutated-${seed}.txt`);
    expect(tableAmounts(figures(report)).filter((a) => !amountsPrinted(text).has(a))).toEqual([]);
  });
});

describe("mutated tables never invent a number", () => {
  test.each(Array.from({ length: 25 }, (_, i) => i + 100))("seed %i", (seed) => {
    const text = mutate(seed);
    const report = tablesOfText(text);
    expect(() => ParsedReport.parse({ ...report })).not.toThrow();
    const printed = amountsPrinted(text);
    const invented = tableAmounts(figures(report)).filter((a) => !printed.has(a));
    expect(invented).toEqual([]);
  });

  test("shuffled lines", () => {
    const next = random(7);
    const lines = [...LINES].sort(() => next() - 0.5);
    const text = lines.join("\n");
    const invented = tableAmounts(figures(tablesOfText(text))).filter((a) => !amountsPrinted(text).has(a));
    expect(invented).toEqual([]);
  });
});
