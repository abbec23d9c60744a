import type { Indicator, Unread } from "../contract";
import type { DocLine } from "../document";
import { compact } from "./narrative-text";
import { lineTokens } from "./performance-budget-row";

/** Level names of the national templates (project tables) and the common 整体 template, longest first. */
const LEVEL1 = ["可持续发展能力", "满意度指标", "成本指标", "产出指标", "效益指标", "运行成本", "管理效率", "履职效能", "社会效应", "满意度"];
const LEVEL2 = [
  "服务对象满意度指标",
  "生态环境成本指标",
  "可持续影响指标",
  "经济成本指标",
  "社会成本指标",
  "经济效益指标",
  "社会效益指标",
  "生态效益指标",
  "数量指标",
  "质量指标",
  "时效指标",
  "成本指标",
  "可持续影响",
  "经济效益",
  "社会效益",
  "生态效益",
];
const MAX_FRAGMENTS = 40;
const CATEGORY = /^(?:绩效基本型|绩效个性型|基本型|个性型|共性指标|个性指标|共性|个性)$/;
const NUMBERISH = /^[≥≤<>=＞＜]?\d+(?:\.\d+)?%?$/;
const END = /^(?:偏差大或|原因分析|总分|合计|备注|改进措施|自评得分)/;
const NOISE = /^(?:第[一二三四五六七八九十]+部分.*|附件\d*|[-—]\d+[-—]|一级指标|二级指标|三级指标)$/;

/**
 * "≥22 次" and "6 个县市区" are one value each: a short word with no digits after a bare number is its unit, and
 * "2024 年 12 月底前" is one date.
 */
function mergeUnits(tokens: string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const last = out[out.length - 1];
    const unit = last !== undefined && NUMBERISH.test(last) && !/\d/.test(token) && token.length <= 4 && !CATEGORY.test(token);
    const date =
      last !== undefined &&
      ((/^\d{4}年$/.test(last) && /^\d{1,2}(?:月|$)/.test(token)) || (/^\d{4}年\d{1,2}$/.test(last) && /^月/.test(token)));
    if (last !== undefined && (unit || date)) out[out.length - 1] = last + token;
    else out.push(token);
  }
  return out;
}

const BARE_VALUE = /^[≥≤<>=]?\d+(?:\.\d+)?[%年月日]?$/;

function stripPrefix(text: string, names: readonly string[]): { name: string | null; rest: string } {
  for (const name of names) if (text.startsWith(name)) return { name, rest: text.slice(name.length) };
  return { name: null, rest: text };
}

interface State {
  level1: string | null;
  level2: string | null;
  pending: string[];
  /** A row whose values were not on its line; the lines after it may hold them. */
  awaiting: { indicator: Indicator; line: DocLine } | null;
}

interface Emit {
  indicators: Indicator[];
  unread: Unread[];
  section: string;
}

/** Where a run of fragments repeats itself ("充分掌握基/层情况/充分掌握基/层情况"): a text target equal to its actual. */
function findDoubled(fragments: readonly string[]): { at: number; length: number } | null {
  // Split cells span a handful of lines; a long run is prose, and the search is cubic in its length.
  if (fragments.length > MAX_FRAGMENTS) return null;
  for (let at = 0; at < fragments.length; at += 1) {
    for (let length = Math.floor((fragments.length - at) / 2); length >= 1; length -= 1) {
      const first = fragments.slice(at, at + length).join("");
      if (first === fragments.slice(at + length, at + 2 * length).join("")) return { at, length };
    }
  }
  return null;
}

/** Length of the run of level names ("产出指标数量指标…") heading the text. */
function leadingLevelsLength(text: string): number {
  let rest = text;
  for (;;) {
    const next = stripPrefix(rest, LEVEL1).name ?? stripPrefix(rest, LEVEL2).name;
    if (next === null) return text.length - rest.length;
    rest = rest.slice(next.length);
  }
}

/** Sets 一级/二级 from the level names leading the fragments (the last of each wins); returns what is left. */
function takeLevels(state: State, fragments: string[]): string[] {
  const joined = fragments.join("");
  let remaining = joined;
  for (;;) {
    const first = stripPrefix(remaining, LEVEL1);
    if (first.name) {
      state.level1 = first.name;
      state.level2 = null;
      remaining = first.rest;
      continue;
    }
    const second = stripPrefix(remaining, LEVEL2);
    if (!second.name) break;
    state.level2 = second.name;
    remaining = second.rest;
  }
  let skip = joined.length - remaining.length;
  const rest: string[] = [];
  for (const fragment of fragments) {
    if (skip >= fragment.length) skip -= fragment.length;
    else {
      rest.push(fragment.slice(skip));
      skip = 0;
    }
  }
  return rest;
}

function settleAwaiting(state: State, emit: Emit, value: string | null): void {
  if (!state.awaiting) return;
  const { indicator, line } = state.awaiting;
  state.awaiting = null;
  if (value !== null) {
    indicator.target = value;
    indicator.actual = value;
    return;
  }
  emit.unread.push({
    section: emit.section,
    reason: `指标“${indicator.name}”的年初目标值与实际完成值跨行断开，无法对应`,
    location: { page: line.page, line: line.line },
  });
}

/**
 * Consumes the fragments gathered since the last row and returns the name fragments of the row at hand. A doubled
 * run is a text value (target = actual) of the row before it or of the row still awaiting its values; text right after
 * an awaiting row that is neither is spill-over and goes to unread.
 */
function resolvePending(state: State, emit: Emit, at: DocLine): string[] {
  let fragments = state.pending;
  state.pending = [];
  const doubled = findDoubled(fragments);
  if (doubled) {
    const value = fragments.slice(doubled.at, doubled.at + doubled.length).join("");
    const head = takeLevels(state, fragments.slice(0, doubled.at));
    if (head.length > 0) {
      settleAwaiting(state, emit, null);
      const location = { page: at.page, line: at.line };
      emit.indicators.push({ level1: state.level1, level2: state.level2, name: head.join(""), target: value, actual: value, location });
    } else settleAwaiting(state, emit, value);
    fragments = fragments.slice(doubled.at + 2 * doubled.length);
  }
  if (state.awaiting && fragments.length > 0) {
    const joined = fragments.join("");
    const positions = LEVEL1.map((name) => joined.indexOf(name)).filter((index) => index >= 0);
    const cut = positions.length > 0 ? Math.min(...positions) : joined.length;
    if (cut > 0) {
      emit.unread.push({ section: emit.section, reason: `指标表中“${joined.slice(0, cut)}”无法归属到具体指标`, location: { page: at.page, line: at.line } });
    }
    fragments = cut < joined.length ? [joined.slice(cut)] : [];
  }
  settleAwaiting(state, emit, null);
  fragments = cutSpill(fragments, emit, at);
  const rest = takeLevels(state, fragments);
  // "核心业务产出 1 / 召开市政府常务会次 / 数": a numbered label on its own line heads the name below it.
  if (rest.length >= 2 && /^\D+\d+$/.test(rest[0] ?? "")) {
    state.level2 = rest[0] ?? null;
    return rest.slice(1);
  }
  return rest;
}

const INNER_LEVELS = [...LEVEL1, ...LEVEL2].filter((name) => name.endsWith("指标"));

/** Position of the first level name ("…指标") that starts inside the text rather than at its head, or -1. */
function innerLevelAt(text: string): number {
  let best = -1;
  for (const name of INNER_LEVELS) {
    for (let at = text.indexOf(name, 1); at > 0; at = text.indexOf(name, at + 1)) {
      // "成本指标" inside "经济成本指标" is part of the longer name, not a new level.
      const inLonger = INNER_LEVELS.some((longer) => longer !== name && longer.endsWith(name) && text.slice(at - (longer.length - name.length), at + name.length) === longer);
      if (!inLonger && (best < 0 || at < best)) best = at;
    }
  }
  return best;
}

/**
 * Cells of a row whose values could not be paired run into the next level heading ("…提升完成满意度指标服务对象…");
 * the text before an inner level name belongs to no indicator that can be named and goes to unread.
 */
function cutSpill(fragments: string[], emit: Emit, at: DocLine): string[] {
  const joined = fragments.join("");
  const lead = leadingLevelsLength(joined);
  const cut = innerLevelAt(joined.slice(lead));
  if (cut <= 0) return fragments;
  const spill = joined.slice(lead, lead + cut);
  emit.unread.push({ section: emit.section, reason: `指标表中“${spill}”无法归属到具体指标`, location: { page: at.page, line: at.line } });
  return [joined.slice(0, lead) + joined.slice(lead + cut)];
}

const VALUE_LIKE = /\d|^(?:无|是|否|达标|完成|合理|规范|健全|良好|满意)$/;
/** Words an 实际完成值 cell typically holds; with one of them second, a two-token line is a (target, actual) pair. */
const ACTUAL_WORD = /^(?:已?完成|未完成|基本完成|达到|已达到|达标|实现|是|否|无|满意|良好|较好|合格|优|良|有效)$/;

/** Splits a line into (label tokens, values) when it is an indicator row; null when it is a fragment. */
function splitRow(tokens: string[], hasPending: boolean): { labels: string[]; values: string[] } | null {
  const category = tokens.findIndex((token) => CATEGORY.test(token));
  if (category >= 0) return { labels: tokens.slice(0, category), values: tokens.slice(category + 1) };
  if (tokens.length >= 3) return { labels: tokens.slice(0, -2), values: tokens.slice(-2) };
  const [a, b] = tokens;
  // Two tokens are the values of a name above them only when they look like values (numbers, or the same text twice).
  if (tokens.length === 2 && hasPending && a !== undefined && b !== undefined && (a === b || ACTUAL_WORD.test(b) || (VALUE_LIKE.test(a) && VALUE_LIKE.test(b)))) {
    return { labels: [], values: tokens };
  }
  return null;
}

/**
 * Indicator rows (一级/二级/三级指标, 年初目标值, 实际完成值) of one self-evaluation table, from the line after its
 * "三级指标" header to the 偏差/备注 footer. Extracted text breaks long cells over lines; a row is read only when its
 * values can be told apart, otherwise target/actual stay null and the row goes to unread.
 */
export function readIndicators(lines: readonly DocLine[], section: string): { indicators: Indicator[]; unread: Unread[] } {
  const emit: Emit = { indicators: [], unread: [], section };
  const headerAt = lines.findIndex((line) => /三级指标/.test(compact(line.text)));
  if (headerAt < 0) return { indicators: emit.indicators, unread: emit.unread };
  const state: State = { level1: null, level2: null, pending: [], awaiting: null };
  for (const line of lines.slice(headerAt + 1)) {
    const flat = compact(line.text);
    if (flat === "" || NOISE.test(flat)) continue;
    if (END.test(flat)) break;
    const tokens = mergeUnits(lineTokens(line));
    const row = splitRow(tokens, state.pending.length > 0);
    if (!row) {
      state.pending.push(flat);
      continue;
    }
    const rest = resolvePending(state, emit, line);
    readRow(state, emit, row, rest, line);
  }
  const last = lines[lines.length - 1];
  if (state.pending.length > 0 && last) resolvePending(state, emit, last);
  settleAwaiting(state, emit, null);
  return { indicators: emit.indicators, unread: emit.unread };
}

function readRow(state: State, emit: Emit, row: { labels: string[]; values: string[] }, rest: string[], line: DocLine): void {
  const labels = row.labels.filter((label) => {
    const level = stripPrefix(label, LEVEL1);
    if (level.name && level.rest === "") state.level1 = level.name;
    return !(level.name && level.rest === "");
  });
  const name = labels.length > 0 ? (labels[labels.length - 1] ?? "") : rest.join("");
  if (labels.length > 1) state.level2 = labels.slice(0, -1).join("");
  else if (labels.length === 1 && rest.length > 0) {
    const label = rest.join("");
    // A real 二级指标 label is short; a long run is cells spilt from rows above.
    if (label.length <= 12) state.level2 = label;
    else emit.unread.push({ section: emit.section, reason: `指标表中“${label}”无法归属到具体指标`, location: { page: line.page, line: line.line } });
  }
  const location = { page: line.page, line: line.line };
  if (name.length < 2 || BARE_VALUE.test(name)) {
    emit.unread.push({ section: emit.section, reason: `指标行“${compact(line.text)}”缺少可辨认的指标名称`, location });
    return;
  }
  const indicator: Indicator = { level1: state.level1, level2: state.level2, name, target: null, actual: null, location };
  emit.indicators.push(indicator);
  if (row.values.length === 2) {
    indicator.target = row.values[0] ?? null;
    indicator.actual = row.values[1] ?? null;
  } else state.awaiting = { indicator, line };
}
