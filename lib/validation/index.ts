import type { Finding, ParsedReport } from "@/lib/parsers/contract";
import { finding, makeContext } from "./context";
import { resolveOptions, type ValidationOptions } from "./options";
import { RULES } from "./registry";

export { DEFAULT_VALIDATION_OPTIONS, type ValidationOptions } from "./options";
export { RULES } from "./registry";
export type { Check, RuleContext, RuleDefinition } from "./context";

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Runs every identity and narrative rule over a parsed report. Pure: the same report gives the same findings, in rule
 * order and, within a rule, in report order. A rule that cannot run says so with an `info` finding ("未能核对：…"); a rule
 * that breaks on malformed input is reported the same way instead of taking the others down.
 */
export function validateReport(report: ParsedReport, options: Partial<ValidationOptions> = {}): Finding[] {
  const resolved = resolveOptions(options);
  const ctx = makeContext(report, resolved);
  return RULES.filter((rule) => !resolved.disabledRules.includes(rule.id)).flatMap((rule) => {
    try {
      return rule.check(report, ctx);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return [finding(rule.id, "info", `未能核对：${rule.title}，数据格式异常（${reason}）`, null, null, null)];
    }
  });
}

/** Errors first, then warnings, then info; stable within a severity. For display, not for storage order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
