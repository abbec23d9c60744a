import type { Finding, ParsedReport } from "@/lib/parsers/contract";
import { at, finding, type RuleContext } from "../context";
import { TABLE_01, TABLE_02, TABLE_03, TABLE_05 } from "../tables";

/** "XX单位", "ＸＸ", "xx" — template leftovers where a name should be. */
const PLACEHOLDER = /[XＸxｘ]{2,}/;

/**
 * P.placeholder: template leftovers the parser flagged (unread section "placeholder" or "narrative.placeholder") or "XX"
 * left in names.
 */
export function checkPlaceholders(report: ParsedReport, _ctx: RuleContext): Finding[] {
  const rule = "P.placeholder";
  const fromParser = report.unread
    .filter((u) => /(^|\.)placeholder$/.test(u.section))
    .map((u) => finding(rule, "warning", `模板遗留或占位符未替换：${u.reason}`, null, u.reason, u.location ?? null));
  const named: Array<{ table: string; name: string; location: Parameters<typeof at>[0] }> = [
    ...(report.department !== null ? [{ table: "封面", name: report.department, location: report.sources["department"] }] : []),
    ...report.incomeBySource.map((r) => ({ table: TABLE_01, name: r.label, location: r.location })),
    ...report.expenditureByClass.map((r) => ({ table: TABLE_01, name: r.name, location: r.location })),
    ...report.incomeByFunction.map((r) => ({ table: TABLE_02, name: r.name, location: r.location })),
    ...report.expenditureByFunction.map((r) => ({ table: TABLE_03, name: r.name, location: r.location })),
    ...report.gpbExpenditureByFunction.map((r) => ({ table: TABLE_05, name: r.name, location: r.location })),
    ...report.performance.projects.map((p) => ({ table: "项目绩效自评表", name: p.name, location: p.location })),
  ];
  const seen = new Set<string>();
  const inNames = named.flatMap(({ table, name, location }) => {
    if (!PLACEHOLDER.test(name) || seen.has(name)) return [];
    seen.add(name);
    return [finding(rule, "warning", `${table} 中出现占位符“${name}”，疑为模板未替换`, null, name, at(location, table, name, null))];
  });
  return [...fromParser, ...inNames];
}
