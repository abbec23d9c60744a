import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "vitest";
import { parseText } from "@/lib/parsers/parse-report";
import { expectGolden } from "../golden-files";

const FIXTURE = path.resolve(import.meta.dirname, "../../fixtures/xianning-zhengfuban-2024.txt");

/**
 * The whole parse of the 咸宁 sample against its reviewed goldens: figures (golden/xianning-2024.json, every one
 * checked against the text by line number) and findings by rule, severity, location and figures
 * (golden/xianning-2024.findings.json). Refresh on purpose with UPDATE_GOLDEN=1 and review the diff, never blindly.
 */
describe("咸宁市人民政府办公室 2024 (extracted text) → golden", () => {
  test("matches tests/fixtures/golden/xianning-2024.json and .findings.json", async () => {
    expectGolden("xianning-2024", await parseText(readFileSync(FIXTURE, "utf8"), "xianning-zhengfuban-2024.txt"));
  });
});
