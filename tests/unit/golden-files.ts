import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { ParsedReport, type Finding } from "@/lib/parsers/contract";

const DIR = path.resolve(import.meta.dirname, "../fixtures/golden");

/** What a finding is compared by: its wording may change, its rule, severity, place and figures may not silently. */
export type FindingKey = Pick<Finding, "rule" | "severity" | "location" | "expected" | "actual">;

export function findingKeys(findings: ReadonlyArray<Finding>): FindingKey[] {
  return findings.map(({ rule, severity, location, expected, actual }) => ({ rule, severity, location, expected, actual }));
}

/** The reviewed parse without its findings (tests/fixtures/golden/NAME.json), as a report with no findings. */
export function readGoldenParse(name: string): ParsedReport {
  const json = JSON.parse(readFileSync(path.join(DIR, `${name}.json`), "utf8")) as Record<string, unknown>;
  return ParsedReport.parse({ ...json, findings: [] });
}

/**
 * Compares a parse with its two reviewed goldens: the figures (NAME.json) and the findings by key
 * (NAME.findings.json). Refresh on purpose with UPDATE_GOLDEN=1 and review the diff, never blindly; a missing golden
 * fails rather than being written silently.
 */
export function expectGolden(name: string, report: ParsedReport): void {
  const { findings, ...figures } = JSON.parse(JSON.stringify(ParsedReport.parse(report))) as ParsedReport;
  const parseFile = path.join(DIR, `${name}.json`);
  const findingsFile = path.join(DIR, `${name}.findings.json`);
  if (process.env.UPDATE_GOLDEN === "1") {
    writeFileSync(parseFile, `${JSON.stringify(figures, null, 2)}\n`);
    writeFileSync(findingsFile, `${JSON.stringify(findingKeys(findings), null, 2)}\n`);
  }
  expect(existsSync(parseFile), `golden missing: ${parseFile}`).toBe(true);
  expect(existsSync(findingsFile), `golden missing: ${findingsFile}`).toBe(true);
  expect(figures).toEqual(JSON.parse(readFileSync(parseFile, "utf8")));
  expect(findingKeys(findings)).toEqual(JSON.parse(readFileSync(findingsFile, "utf8")));
}
