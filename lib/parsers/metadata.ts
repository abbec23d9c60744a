import type { MoneyUnit } from "@/lib/money";
import type { Location, ParsedReport, Publisher, Unread } from "@/lib/parsers/contract";
import type { SourceDoc } from "@/lib/parsers/document";
import { chooseYearAndKind, choosePublisher } from "@/lib/parsers/metadata/choose";
import { collectSightings, compactText, fileNameSightings, type DocumentKind } from "@/lib/parsers/metadata/sightings";
import { readUnitComposition, type ReportUnit } from "@/lib/parsers/metadata/unit-composition";

export interface ReportMetadata {
  department: string | null;
  year: number | null;
  scope: ParsedReport["scope"];
  unit: MoneyUnit | null;
  sources: Record<string, Location>;
  publisher: Publisher | null;
  documentKind: DocumentKind | null;
  units: ReportUnit[];
  /** What the reader could not settle (the year stated two ways), for the user to confirm. */
  unread: Unread[];
  /** The document is printed in traditional characters (read through a simplified copy). */
  traditional?: boolean;
}

const UNIT = /单位[:：](万元|元)/;
const SCOPE_IN_HEADER = /(?:部门|单位|编制部门|编制单位)[:：][^:：]*?(本级|汇总)/;
/** Table titles when no cover or part title says which kind: "…决算表" / "…预算表" (not "一般公共预算…决算表"). */
const FINAL_TABLE = /决算(?:明细|总)?表$/;
const BUDGET_TABLE = /(?<!公共|基金|经营)预算(?:明细|总)?表$/;

function kindFromTables(lines: SourceDoc["lines"]): DocumentKind | null {
  let final = 0;
  let budget = 0;
  for (const line of lines) {
    if (!line.text.includes("表")) continue;
    const text = compactText(line.text);
    if (FINAL_TABLE.test(text)) final += 1;
    else if (BUDGET_TABLE.test(text)) budget += 1;
  }
  if (final === 0 && budget === 0) return null;
  return budget > final ? "部门预算" : "部门决算";
}

function scopeOf(kind: DocumentKind | null, units: readonly ReportUnit[], header: string | undefined): ParsedReport["scope"] {
  if (kind === "单位决算") return "单位";
  if (units.some((u) => u.role === "所属单位")) return "汇总";
  if (units.length > 0) return "本级";
  return header === "本级" || header === "汇总" ? header : null;
}

/**
 * Who published the report, which fiscal year it accounts for, what kind of document it is and which units it
 * covers — each chosen by agreement across the places the document states it; the file name only when the document
 * names no one. Nothing is defaulted: unknown stays null.
 */
export function readMetadata(doc: SourceDoc, fileName = ""): ReportMetadata {
  const seen = collectSightings(doc.lines);
  const fromFile = seen.names.length === 0 || seen.titles.length === 0 ? fileNameSightings(fileName) : null;
  const publisher = choosePublisher(seen.names.length > 0 ? seen.names : (fromFile?.names ?? []));
  const chosen = chooseYearAndKind(seen.titles.length > 0 ? seen.titles : (fromFile?.titles ?? []));
  const documentKind = chosen.documentKind ?? kindFromTables(doc.lines);
  const units = readUnitComposition(doc.lines);

  let unit: MoneyUnit | null = null;
  let headerScope: string | undefined;
  for (const line of doc.lines) {
    if (!line.text.includes("单位") && !line.text.includes("部门")) continue;
    const text = compactText(line.text);
    unit ??= (UNIT.exec(text)?.[1] as MoneyUnit | undefined) ?? null;
    headerScope ??= SCOPE_IN_HEADER.exec(text)?.[1];
    if (unit && headerScope) break;
  }

  const sources: Record<string, Location> = {};
  const firstSeen = publisher?.seenAt[0];
  if (firstSeen) sources.department = { page: firstSeen.page, line: firstSeen.line };
  if (chosen.yearSeenAt) sources.year = { page: chosen.yearSeenAt.page, line: chosen.yearSeenAt.line };
  const unread: Unread[] = chosen.conflict
    ? [{ section: "年度", reason: `文档中的年度不一致（${chosen.conflict.join("、")}），请确认报告所属的决算年度` }]
    : [];
  return {
    department: publisher?.name ?? null,
    year: chosen.year,
    scope: scopeOf(documentKind, units, headerScope),
    unit,
    sources,
    publisher,
    documentKind,
    units,
    unread,
  };
}
