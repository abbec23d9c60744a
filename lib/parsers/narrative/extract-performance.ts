import type { MoneyUnit } from "@/lib/money";
import type { PerformanceProject, Unread } from "../contract";
import type { DocLine, SourceDoc } from "../document";
import type { PerformanceFacts } from "./types";
import { compact, findNarrativeRange, joinLines } from "./narrative-text";
import { readBudgetRow, readScore } from "./performance-budget-row";
import { readIndicators } from "./performance-indicators";
import { NUM, NarrativeContext, UNIT, pctText, regex } from "./stated-amount";

interface Block {
  kind: "overall" | "project";
  title: string;
  lines: DocLine[];
}

/** Table titles; the narrative's references ("《…自评表》详见附件 2") are not tables. */
function isTitle(flat: string): boolean {
  return /绩效自评表/.test(flat) && !/《|》|详见|见附件/.test(flat);
}

function findBlocks(lines: readonly DocLine[]): Block[] {
  // Only a line with 表 can be a title: the cheap test first, this runs on every line.
  const starts = lines.flatMap((line, index) => (line.text.includes("表") && isTitle(compact(line.text)) ? [index] : []));
  return starts.map((start, i) => {
    const title = compact(lines[start]?.text ?? "");
    return {
      kind: /整体/.test(title) ? "overall" : "project",
      title,
      lines: lines.slice(start, starts[i + 1] ?? lines.length),
    };
  });
}

function projectName(block: Block): string | null {
  const at = block.lines.findIndex((line) => compact(line.text).startsWith("项目名称"));
  const line = block.lines[at];
  if (!line) return null;
  const rest = compact(line.text).replace(/^项目名称:?/, "");
  if (rest !== "") return rest;
  const next = compact(block.lines[at + 1]?.text ?? "");
  return next === "" ? null : next;
}

function titleName(title: string): string | null {
  const name = title.replace(/^(?:附件\d+)?(?:20\d{2}年度?)?/, "").replace(/(?:项目(?:支出)?)?绩效自评表.*$/, "");
  return name === "" ? null : name;
}

/** "N.XXX项目绩效自评综述：项目全年预算数为 40 万元，执行数为 39.5 万元，完成预算 98.75%" in the narrative. */
const SUMMARY = regex(
  String.raw`(?<![\d.])\(?\d+[.、)]([^。:]{2,60}?)项目绩效自评综述:?项目(?:全年|年度)?预算(?:数)?为?(${NUM})(${UNIT})?,?(?:实际)?执行数为?(${NUM})(${UNIT})?,?(?:完成预算|执行率为?)(?:的)?(${NUM})%`,
);
const OVERALL = regex(
  String.raw`(?:全年)?预算(?:数)?为?(${NUM})(${UNIT}),?(?:实际)?执行数为?(${NUM})(${UNIT})[^。]{0,60}?执行率为?(${NUM})%`,
  "",
);

function narrativeSummaries(doc: SourceDoc, unit: MoneyUnit): { ctx: NarrativeContext; projects: PerformanceProject[] } {
  const range = findNarrativeRange(doc.lines);
  const ctx = new NarrativeContext(joinLines(doc.lines.slice(range.start, range.end)), unit);
  const projects = [...ctx.text.matchAll(SUMMARY)].flatMap((m): PerformanceProject[] => {
    const name = m[1];
    if (!name || !m[2] || !m[4]) return [];
    return [
      {
        name,
        budget: ctx.amount(m[2], m[3], m.index)?.value ?? null,
        actual: ctx.amount(m[4], m[5], m.index)?.value ?? null,
        ratePct: m[6] ? pctText(m[6]) : null,
        score: null,
        indicators: [],
        location: ctx.locate(m.index + m[0].indexOf(name)),
      },
    ];
  });
  return { ctx, projects };
}

/**
 * The performance self-evaluation: the 整体绩效自评表 (预算数/执行数/执行率, score) and each 项目绩效自评表 with its
 * indicator rows. Tables come first; the narrative's summaries ("项目全年预算数为 …") fill a project whose table is
 * missing or unreadable. Whatever cannot be attributed is null plus an unread entry.
 */
export function extractPerformance(doc: SourceDoc, unit: MoneyUnit): PerformanceFacts {
  const unread: Unread[] = [];
  const blocks = findBlocks(doc.lines);
  const summaries = narrativeSummaries(doc, unit);
  unread.push(...summaries.ctx.unread);
  const overall: PerformanceFacts["overall"] = { budget: null, actual: null, ratePct: null, score: null };

  const overallBlock = blocks.find((block) => block.kind === "overall");
  const overallRow = overallBlock ? readBudgetRow(overallBlock.lines, unit) : null;
  if (overallRow) {
    const score = overallRow.score ?? (overallBlock ? readScore(overallBlock.lines) : null);
    Object.assign(overall, { budget: overallRow.budget, actual: overallRow.actual, ratePct: overallRow.ratePct, score });
  }
  else {
    const m = /整体/.test(summaries.ctx.text) ? OVERALL.exec(summaries.ctx.text.slice(summaries.ctx.text.search(/整体/))) : null;
    if (m?.[1] && m[3]) {
      overall.budget = summaries.ctx.amount(m[1], m[2], 0)?.value ?? null;
      overall.actual = summaries.ctx.amount(m[3], m[4], 0)?.value ?? null;
      overall.ratePct = m[5] ? pctText(m[5]) : null;
    } else unread.push({ section: "performance.overall", reason: "未找到整体绩效自评表的预算数、执行数与执行率", location: null });
  }

  const projects = blocks
    .filter((block) => block.kind === "project")
    .map((block): PerformanceProject => {
      const name = projectName(block) ?? titleName(block.title) ?? block.title;
      const section = `performance.project:${name}`;
      const row = readBudgetRow(block.lines, unit);
      const fallback = summaries.projects.find((project) => project.name === name);
      if (!row && !fallback) unread.push({ section, reason: "项目绩效自评表中未读到预算数、执行数与执行率", location: locationOf(block) });
      const { indicators, unread: indicatorUnread } = readIndicators(block.lines, section);
      unread.push(...indicatorUnread);
      return {
        name,
        budget: row?.budget ?? fallback?.budget ?? null,
        actual: row?.actual ?? fallback?.actual ?? null,
        ratePct: row?.ratePct ?? fallback?.ratePct ?? null,
        score: row?.score ?? readScore(block.lines),
        indicators,
        location: locationOf(block),
      };
    });
  const overallIndicators = overallBlock ? readIndicators(overallBlock.lines, "performance.overall") : null;
  unread.push(...(overallIndicators?.unread ?? []));
  return {
    overall,
    overallIndicators: overallIndicators?.indicators ?? [],
    projects: projects.length > 0 ? projects : summaries.projects,
    unread,
  };
}

function locationOf(block: Block): { page: number; line: number } | null {
  const line = block.lines[0];
  return line ? { page: line.page, line: line.line } : null;
}
