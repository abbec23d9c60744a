import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { PARSE_CONTRACT_VERSION, readStoredParse, StoredParseError } from "@/lib/parsers/stored-parse";

const GOLDEN = path.join(import.meta.dirname, "../fixtures/golden");
const goldens = fs.readdirSync(GOLDEN).filter((f) => f.endsWith(".json") && !f.endsWith(".findings.json"));
/** A golden file holds the figures; its findings live beside it, stored parses carry them inline. */
const stored = (file: string): Record<string, unknown> => ({ findings: [], ...(JSON.parse(fs.readFileSync(path.join(GOLDEN, file), "utf8")) as Record<string, unknown>) });

describe("a stored parse is read back through the contract", () => {
  test.each(goldens)("%s reads back as stored", (file) => {
    const json = stored(file);
    expect(readStoredParse(1, json, PARSE_CONTRACT_VERSION)).toBe(json);
  });

  test("a stored parse that no longer satisfies the contract is refused, not served", () => {
    const json = stored(goldens[0]!);
    expect(() => readStoredParse(7, { ...json, totals: "2907.92" }, PARSE_CONTRACT_VERSION)).toThrow(StoredParseError);
    expect(() => readStoredParse(7, { ...json, totals: "2907.92" }, PARSE_CONTRACT_VERSION)).toThrow(/report 7.*totals/);
  });

  test("an unknown contract version is refused", () => {
    expect(() => readStoredParse(7, {}, PARSE_CONTRACT_VERSION + 1)).toThrow(/contract version/);
  });
});
