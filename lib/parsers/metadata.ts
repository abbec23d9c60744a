import type { MoneyUnit } from "@/lib/money";
import type { Location, ParsedReport } from "@/lib/parsers/contract";
import type { SourceDoc } from "@/lib/parsers/document";

export interface ReportMetadata {
  department: string | null;
  year: number | null;
  scope: ParsedReport["scope"];
  unit: MoneyUnit | null;
  sources: Record<string, Location>;
}

/** "咸宁市人民政府办公室 2024 年度部门决算" / "2024年度XX单位决算" — the title that names who and which year. */
const TITLE = /^(?:第[一二三四五六七八九十]+部分)?(.{2,40}?)(20\d{2})年度?(部门|单位)?决算/;
const TITLE_YEAR_FIRST = /^(20\d{2})年度?(.{2,40}?)(部门|单位)?决算/;
/** "部门：咸宁市人民政府办公室本级 金额单位：万元" on every table. */
const DEPARTMENT_LINE = /^(?:部门|单位|编制部门|编制单位)[:：](.+?)(?:金额)?(?:单位[:：].*)?$/;
const UNIT = /单位[:：](万元|元)/;

function clean(text: string): string {
  return text.replace(/[\s\u3000]+/g, "");
}

function scopeOf(text: string): ParsedReport["scope"] {
  if (/本级/.test(text)) return "本级";
  if (/汇总/.test(text)) return "汇总";
  if (/单位决算/.test(text)) return "单位";
  return null;
}

/** Department, year, scope and unit from the title lines and the "部门：…" line the tables carry. */
export function readMetadata(doc: SourceDoc): ReportMetadata {
  const result: ReportMetadata = { department: null, year: null, scope: null, unit: null, sources: {} };
  const at = (line: { page: number; line: number }): Location => ({ page: line.page, line: line.line });
  for (const line of doc.lines.slice(0, 2000)) {
    const text = clean(line.text);
    const match = DEPARTMENT_LINE.exec(text);
    // "单位：万元" is the amount unit, not a unit (单位) name.
    const byLine = match?.[1] && !/^(万元|元)/.test(match[1]) ? match : null;
    if (byLine?.[1]) result.scope ??= scopeOf(byLine[1]);
    if (byLine?.[1] && result.department === null) {
      const name = byLine[1].replace(/(金额)?单位$/, "");
      result.department = name.replace(/[（(]?本级[)）]?$/, "").replace(/[（(]?(部门)?汇总[)）]?$/, "") || null;
      if (result.department) result.sources.department = at(line);
    }
    const title = TITLE.exec(text);
    const yearFirst = title ? null : TITLE_YEAR_FIRST.exec(text);
    if (title && result.year === null && !/说明|情况/.test(text.slice(0, (title.index ?? 0) + title[0].length))) {
      result.year = Number(title[2]);
      result.sources.year = at(line);
      const name = title[1]?.replace(/^[一二三四五六七八九十]+、/, "") ?? "";
      if (result.department === null && name.length >= 2 && !/年|公开/.test(name)) {
        result.department = name;
        result.sources.department = at(line);
      }
      if (title[3] === "单位") result.scope ??= "单位";
      if (/汇总/.test(text)) result.scope ??= "汇总";
    } else if (yearFirst && result.year === null) {
      result.year = Number(yearFirst[1]);
      result.sources.year = at(line);
    }
    const unit = UNIT.exec(text);
    if (unit && result.unit === null && (unit[1] === "万元" || unit[1] === "元")) result.unit = unit[1];
  }
  return result;
}
