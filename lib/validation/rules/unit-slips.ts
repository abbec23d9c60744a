import type { Finding, ParsedReport } from "@/lib/parsers/contract";
import { finding, type RuleContext } from "../context";

/**
 * N.unit-slip: a narrative amount printed in 元 where the tables use 万元 (or the reverse). The extractor already
 * converted it by the unit it printed and noted the slip (unread section "…unit"); the reader should still hear of it,
 * since such a figure is often a typo for the other unit.
 */
export function checkUnitSlips(report: ParsedReport, _ctx: RuleContext): Finding[] {
  const rule = "N.unit-slip";
  return report.unread
    .filter((u) => /(^|\.)unit$/.test(u.section))
    .map((u) => finding(rule, "warning", `金额单位不一致：${u.reason}`, report.sourceUnit, null, u.location ?? null));
}
