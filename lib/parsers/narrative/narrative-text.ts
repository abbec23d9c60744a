import type { Location } from "../contract";
import type { DocLine } from "../document";

/**
 * The narrative as one string. Extracted text wraps sentences anywhere (mid-word, mid-number: "2907.4\n万元"), so
 * lines are glued without separators and all whitespace is dropped; every kept character remembers its source line
 * so a figure found in the joined text still points at the page and line where it starts.
 */
export interface NarrativeText {
  text: string;
  locate(offset: number): Location;
}

/** Full-width forms that mean the same as their ASCII counterparts in these reports; one-to-one so offsets hold. */
const CHAR_MAP: Record<string, string> = {
  "．": ".",
  "％": "%",
  "（": "(",
  "）": ")",
  "：": ":",
  "；": ";",
  "，": ",",
  "〔": "(",
  "〕": ")",
};

/** Page footers ("- 27 -", "第 3 页") are not part of any sentence. */
const FOOTER = /^\s*(?:[-－—]\s*\d+\s*[-－—]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?)\s*$/;

const TO_NORMALIZE = /[０-９．％（）：；，〔〕]/g;
const SPACE = /\s+/g;

function normalizeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0);
  return CHAR_MAP[ch] ?? ch;
}

/** Every mapping is one UTF-16 unit to one, so offsets in the result match the whitespace-free text. */
function normalize(text: string): string {
  return text.replace(SPACE, "").replace(TO_NORMALIZE, normalizeChar);
}

export function joinLines(lines: readonly DocLine[]): NarrativeText {
  const parts: string[] = [];
  // Where each line's text starts in the joined string: offsets map back by binary search.
  const starts: number[] = [];
  const indexes: number[] = [];
  let length = 0;
  lines.forEach((line, index) => {
    if (FOOTER.test(line.text)) return;
    const part = normalize(line.text);
    if (part === "") return;
    parts.push(part);
    starts.push(length);
    indexes.push(index);
    length += part.length;
  });
  const text = parts.join("");
  return {
    text,
    locate(offset: number): Location {
      const at = Math.min(Math.max(offset, 0), length - 1);
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= at) lo = mid;
        else hi = mid - 1;
      }
      const origin = indexes[lo];
      const line = origin === undefined ? undefined : lines[origin];
      return line ? { page: line.page > 0 ? line.page : null, line: line.line > 0 ? line.line : null } : { page: null, line: null };
    },
  };
}

/** Normalised, whitespace-free text of one line, for heading tests. */
export function compact(text: string): string {
  return normalize(text);
}

const NARRATIVE_HEADING = /^第[一二三四五六七八九十]+部分.*(?:决算情况|决算说明|情况说明)/;
const PART_HEADING = /^第[一二三四五六七八九十]+部分/;

/** Lines holding figures ("1854.91万元"); used to tell the real narrative from its table-of-contents entry. */
function countAmounts(compacted: readonly string[]): number {
  return compacted.reduce((n, text) => n + (text.match(/\d万元/g)?.length ?? 0), 0);
}

export interface LineRange {
  start: number;
  end: number;
  found: boolean;
}

/**
 * Finds the 决算情况说明 part: from its heading to the next 第X部分 heading. The table of contents repeats the heading,
 * so among the candidates the one whose body carries the most amounts wins. Without a heading the whole document is
 * searched (patterns are specific enough) and the caller reports that.
 */
export function findNarrativeRange(lines: readonly DocLine[]): LineRange {
  const compacted = lines.map((line) => compact(line.text));
  const candidates: LineRange[] = [];
  compacted.forEach((text, index) => {
    if (!NARRATIVE_HEADING.test(text)) return;
    let end = index + 1;
    while (end < lines.length && !PART_HEADING.test(compacted[end] ?? "")) end += 1;
    candidates.push({ start: index, end, found: true });
  });
  let best: LineRange | null = null;
  let bestCount = -1;
  for (const candidate of candidates) {
    const count = countAmounts(compacted.slice(candidate.start, candidate.end));
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best ?? { start: 0, end: lines.length, found: false };
}
