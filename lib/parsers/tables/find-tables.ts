import type { MoneyUnit } from "@/lib/money";
import type { DocLine, SourceDoc } from "@/lib/parsers/document";
import { compact } from "@/lib/parsers/tables/tokens";

export type TableId = "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09";

export interface TableSection {
  id: TableId;
  /** "公开03表 支出决算表" — how findings and unread entries name the table. */
  label: string;
  titleLine: DocLine;
  /** Lines after the title up to the next table title or the end of the tables part. */
  lines: DocLine[];
  unit: MoneyUnit | null;
}

/** Longest titles first so "财政拨款收入支出决算总表" is not taken for "收入支出决算总表". */
const TITLES: ReadonlyArray<readonly [TableId, string]> = [
  ["06", "一般公共预算财政拨款基本支出决算明细表"],
  ["06", "一般公共预算财政拨款基本支出决算表"],
  ["07", "政府性基金预算财政拨款收入支出决算表"],
  ["08", "国有资本经营预算财政拨款收入支出决算表"],
  ["08", "国有资本经营预算财政拨款支出决算表"],
  ["07", "政府性基金预算财政拨款支出决算表"],
  ["05", "一般公共预算财政拨款支出决算表"],
  ["09", "财政拨款三公经费支出决算表"],
  ["04", "财政拨款收入支出决算总表"],
  ["09", "三公经费支出决算表"],
  ["01", "收入支出决算总表"],
  ["02", "收入决算表"],
  ["03", "支出决算表"],
];

export const TABLE_NAMES: Record<TableId, string> = {
  "01": "收入支出决算总表",
  "02": "收入决算表",
  "03": "支出决算表",
  "04": "财政拨款收入支出决算总表",
  "05": "一般公共预算财政拨款支出决算表",
  "06": "一般公共预算财政拨款基本支出决算明细表",
  "07": "政府性基金预算财政拨款收入支出决算表",
  "08": "国有资本经营预算财政拨款支出决算表",
  "09": "财政拨款“三公”经费支出决算表",
};

const NUMERAL = "[一二三四五六七八九十\\d]+";
/** What may stand before a title: numbering ("一、", "表1", "附表1：", "公开01表") or a "XX2024年度" prefix. */
const PREFIX = new RegExp(
  `^(第${NUMERAL}部分)?(\\(?${NUMERAL}\\)?[、.:]?)?((附)?表${NUMERAL}[:.、]?|公开${NUMERAL}表[:.、]?)?(.{0,40}\\d{4}年度?(部门|单位)?)?$`,
);
const SUFFIX = new RegExp(`^(\\(?(公开|附)?${NUMERAL}表?\\)?|\\(?(附)?表${NUMERAL}\\)?)?$`);
const PART_HEADING = /^第[一二三四五六七八九十]+部分/;
const UNIT = /单位[:：]?\s*(万元|元)/;

export function matchTitle(text: string): TableId | null {
  // Every title ends in 表 (a cheap test: this runs on every line of the document).
  if (!text.includes("表") || text.length > 200) return null;
  const c = compact(text);
  if (c.length > 70 || c.includes("说明") || c.includes("注:")) return null;
  for (const [id, title] of TITLES) {
    const at = c.indexOf(title);
    if (at < 0) continue;
    const before = c.slice(0, at);
    const after = c.slice(at + title.length);
    return PREFIX.test(before) && SUFFIX.test(after) ? id : null;
  }
  return null;
}

export function unitOf(lines: ReadonlyArray<DocLine>): MoneyUnit | null {
  for (const line of lines) {
    const match = UNIT.exec(line.text.replace(/\s+/g, ""));
    if (match?.[1] === "万元" || match?.[1] === "元") return match[1];
  }
  return null;
}

/**
 * The standard tables by their title, whatever their numbering and order. A title that reappears (a table of
 * contents, a repeated title on a continuation page) keeps the occurrence whose section holds the most lines; the
 * continuation lines of a table broken by a repeated title are appended to it.
 */
export function findTables(doc: SourceDoc): Map<TableId, TableSection> {
  const starts: Array<{ id: TableId; index: number }> = [];
  doc.lines.forEach((line, index) => {
    const id = matchTitle(line.text);
    if (id !== null) starts.push({ id, index });
  });

  const found = new Map<TableId, TableSection>();
  starts.forEach(({ id, index }, k) => {
    const next = starts[k + 1]?.index ?? doc.lines.length;
    const lines: DocLine[] = [];
    for (let i = index + 1; i < next; i += 1) {
      const line = doc.lines[i];
      if (!line) break;
      if (PART_HEADING.test(compact(line.text))) break;
      lines.push(line);
    }
    const titleLine = doc.lines[index];
    if (!titleLine) return;
    const previous = found.get(id);
    if (previous && starts[k - 1]?.id === id && lines.length > 0 && previous.lines.length > 1) {
      previous.lines.push(...lines);
      return;
    }
    if (previous && previous.lines.length >= lines.length) return;
    found.set(id, { id, label: `公开${id}表 ${TABLE_NAMES[id]}`, titleLine, lines, unit: unitOf(lines) });
  });
  return found;
}
