import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ParsedReport } from "@/lib/parsers/contract";
import { parseText } from "@/lib/parsers/parse-report";

const FIXTURE = path.resolve(import.meta.dirname, "../../fixtures/xianning-zhengfuban-2024.txt");
const GOLDEN = path.resolve(import.meta.dirname, "../../fixtures/golden/xianning-2024.json");

/**
 * The whole parse of the 咸宁 sample against a reviewed golden file. Every figure in the golden was checked against
 * the text by line number; refresh on purpose with UPDATE_GOLDEN=1 and review the diff, never blindly.
 */
describe("咸宁市人民政府办公室 2024 (extracted text) → golden", () => {
  test("matches tests/fixtures/golden/xianning-2024.json", async () => {
    const report = await parseText(readFileSync(FIXTURE, "utf8"), "xianning-zhengfuban-2024.txt");
    const json = JSON.parse(JSON.stringify(ParsedReport.parse(report))) as unknown;
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, `${JSON.stringify(json, null, 2)}\n`);
    expect(existsSync(GOLDEN), "golden missing: run once with UPDATE_GOLDEN=1 and review it").toBe(true);
    expect(json).toEqual(JSON.parse(readFileSync(GOLDEN, "utf8")));
  });
});
