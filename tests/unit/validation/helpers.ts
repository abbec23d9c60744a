import type { Finding, ParsedReport } from "@/lib/parsers/contract";

type Line = { code: string };

/** The row with this code; throws so a typo in a test fails loudly instead of mutating nothing. */
export function row<L extends Line>(lines: L[], code: string): L {
  const found = lines.find((l) => l.code === code);
  if (!found) throw new Error(`no row ${code}`);
  return found;
}

export function claimOf(report: ParsedReport, subject: string, kind?: string) {
  const found = report.claims.find((c) => c.subject === subject && (kind === undefined || c.kind === kind));
  if (!found) throw new Error(`no claim ${subject}`);
  return found;
}

export function byRule(findings: readonly Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

export function summary(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule}:${f.severity}`);
}
