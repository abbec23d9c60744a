import type { DocLine } from "@/lib/parsers/document";
import { asOrgName } from "./org-name";

/** Where a report prints who published it and for which year. */
export type SeenKind = "cover" | "partTitle" | "tableHeader" | "overview" | "title" | "fileName";
export type DocumentKind = "部门决算" | "单位决算" | "部门预算" | "单位预算";

export interface Sighting {
  kind: SeenKind;
  page: number | null;
  line: number | null;
}
export interface NameSighting extends Sighting {
  name: string;
}
export interface TitleSighting extends Sighting {
  year: number;
  /** Null when the title says "年度决算" without 部门/单位 and no name stands before it. */
  documentKind: DocumentKind | null;
  accounts: "决算" | "预算";
}

export interface Sightings {
  names: NameSighting[];
  titles: TitleSighting[];
}

const YEAR = String.raw`(20\d{2}|[〇零一二三四五六七八九]{4})`;
/** 决算/预算 of a department or unit — not the "一般公共预算" of a 决算 table title. */
const ACCOUNTS = String.raw`(部门|单位)?(?:汇总)?(?<!公共|基金|经营)(决算|预算)`;
const NAME_FIRST = new RegExp(String.raw`^(.{3,40}?)${YEAR}年度?${ACCOUNTS}`);
const YEAR_FIRST = new RegExp(String.raw`^(?:第[一二三四五六七八九十]+部分)?${YEAR}年度?(.{0,40}?)${ACCOUNTS}`);
const PART_OVERVIEW = /^第[一二三四五六七八九十]+部分(.{3,40}?)(?:部门|单位)?概况$/;
const HEADER = /(?:部门名称|单位名称|编制单位|编制部门|填报单位|预算单位|部门|单位)[:：](.{3,60}?)(?=(?:金额)?单位[:：]|(?:公开)?\d{2}表|20\d{2}年|$)/g;
const OVERVIEW = /^(.{3,40}?)(?:是(?!指).{0,40}?(?:部门|机构|机关|单位|组织)|负责|主要职[责能]|决算包括)/;
const CHINESE_DIGITS: Record<string, string> = { 〇: "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };

/** Whitespace-free text, the form every pattern here reads. */
export function compactText(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, "");
}

function yearOf(printed: string): number {
  return Number([...printed].map((ch) => CHINESE_DIGITS[ch] ?? ch).join(""));
}

function titleOf(text: string): { name: string | null; year: number; unit: string | undefined; accounts: "决算" | "预算" } | null {
  const nameFirst = NAME_FIRST.exec(text);
  if (nameFirst?.[2] && nameFirst[4]) {
    const name = asOrgName(nameFirst[1] ?? "");
    if (name) return { name, year: yearOf(nameFirst[2]), unit: nameFirst[3], accounts: nameFirst[4] as "决算" | "预算" };
  }
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst?.[1] && yearFirst[4]) {
    const name = asOrgName(yearFirst[2] ?? "");
    // Without a name only an explicit "部门决算"/"单位决算" makes it a title ("2024年度一般公共预算…决算表" is a table).
    if (name || (yearFirst[2] === "" && yearFirst[3])) return { name, year: yearOf(yearFirst[1]), unit: yearFirst[3], accounts: yearFirst[4] as "决算" | "预算" };
  }
  return null;
}

function kindOf(unit: string | undefined, accounts: "决算" | "预算", named: boolean): DocumentKind | null {
  if (unit === "单位") return `单位${accounts}`;
  if (unit === "部门" || named) return `部门${accounts}`;
  return null;
}

/** The cover: the first lines up to the one that says 决算/预算, read as one title ("中共上海市普陀区委 / 社会工作部 2024 年度 / 部门决算"). */
function coverLines(lines: readonly DocLine[]): { text: string; count: number } | null {
  let joined = "";
  for (const [index, line] of lines.slice(0, 6).entries()) {
    const text = compactText(line.text);
    if (line.page !== lines[0]?.page || /^目录/.test(text) || /^第[一二三四五六七八九十]+部分/.test(text)) return null;
    joined += text;
    if (/决算|预算/.test(text)) return { text: joined, count: index + 1 };
  }
  return null;
}

/** How far into the document the 概况 sentences ("…是主管全区财政工作的区政府工作部门") are looked for. */
const OVERVIEW_LINES = 400;

/**
 * Every place the document names its publisher or states its year and kind: cover, part titles (TOC and body),
 * table headers ("部门：…"), the 概况's opening sentences and titles anywhere (running headers). Pure and linear.
 */
export function collectSightings(lines: readonly DocLine[]): Sightings {
  const names: NameSighting[] = [];
  const titles: TitleSighting[] = [];
  const at = (line: DocLine | undefined): { page: number | null; line: number | null } => ({ page: line?.page ?? null, line: line?.line ?? null });
  const cover = coverLines(lines);
  const coverTitle = cover ? titleOf(cover.text) : null;
  const afterCover = coverTitle && cover ? cover.count : 0;
  if (coverTitle) {
    if (coverTitle.name) names.push({ name: coverTitle.name, kind: "cover", ...at(lines[0]) });
    titles.push({ year: coverTitle.year, accounts: coverTitle.accounts, documentKind: kindOf(coverTitle.unit, coverTitle.accounts, coverTitle.name !== null), kind: "cover", ...at(lines[0]) });
  }
  lines.forEach((line, index) => {
    const text = compactText(line.text);
    if (text.length < 5 || index < afterCover) return;
    const where = at(line);
    if (/决算|预算/.test(text)) {
      const title = titleOf(text);
      if (title) {
        const kind: SeenKind = /^第[一二三四五六七八九十]+部分/.test(text) ? "partTitle" : /^纳入/.test(text) ? "overview" : "title";
        if (title.name) names.push({ name: title.name, kind, ...where });
        titles.push({ year: title.year, accounts: title.accounts, documentKind: kindOf(title.unit, title.accounts, title.name !== null), kind, ...where });
      }
    }
    if (text.includes("：") || text.includes(":")) {
      for (const m of text.matchAll(HEADER)) {
        const name = asOrgName(m[1] ?? "");
        if (name) names.push({ name, kind: "tableHeader", ...where });
      }
    }
    if (text.endsWith("概况")) {
      const name = asOrgName(PART_OVERVIEW.exec(text)?.[1] ?? "");
      if (name) names.push({ name, kind: "partTitle", ...where });
    }
    if (index < OVERVIEW_LINES && /是|负责|职[责能]|包括/.test(text)) {
      const sentence = compactText(`${text}${lines[index + 1]?.text ?? ""}`).replace(/^从(?:预算)?单位构成看[,，]?/, "");
      const subject = OVERVIEW.exec(sentence)?.[1] ?? "";
      // The subject starts the paragraph on this line ("一、主要职能" + the next line's name is not a subject).
      const name = subject.length <= text.length ? asOrgName(subject) : null;
      if (name) names.push({ name, kind: "overview", ...where });
    }
  });
  return { names, titles };
}

/** The file name, only when the document itself names no one: "上海市普陀区财政局2024年度部门决算.pdf". */
export function fileNameSightings(fileName: string): Sightings {
  const base = compactText(fileName.replace(/^.*[\\/]/, "").replace(/\.[A-Za-z0-9]{1,5}$/, ""));
  const title = titleOf(base);
  const name = title?.name ?? asOrgName(base.replace(/[-_]?20\d{2}.*$/, ""));
  const where = { kind: "fileName" as const, page: null, line: null };
  return {
    names: name ? [{ name, ...where }] : [],
    titles: title ? [{ year: title.year, accounts: title.accounts, documentKind: kindOf(title.unit, title.accounts, title.name !== null), ...where }] : [],
  };
}
