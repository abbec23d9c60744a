import { Converter } from "opencc-js/t2cn";
import type { DocLine, SourceDoc } from "@/lib/parsers/document";

/**
 * Characters that exist only in traditional script and are frequent in these reports (決算, 預算, 部門, 經費, 財政撥款 …).
 * A simplified report contains none of them; a 繁體 mirror contains hundreds.
 */
const TRADITIONAL_ONLY = /[決預門單額費經務機關區縣會計劃與為說財撥採購國資產績輛號專業運維護應處這們開問題變進總標數據實際項辦報當時於對從]/g;
const SAMPLE_CHARS = 20_000;
const MIN_TRADITIONAL = 10;

let converter: ((text: string) => string) | null = null;

/** Built on first use only: the dictionaries take a moment to load and simplified reports never need them. */
function toSimplified(text: string): string {
  converter ??= Converter({ from: "tw", to: "cn" });
  return converter(text);
}

export function isTraditional(doc: SourceDoc): boolean {
  let sample = "";
  for (const line of doc.lines) {
    sample += line.text;
    if (sample.length > SAMPLE_CHARS) break;
  }
  return (sample.match(TRADITIONAL_ONLY)?.length ?? 0) >= MIN_TRADITIONAL;
}

function simplifyLine(line: DocLine): DocLine {
  if (line.cells.length === 0) return { ...line, text: toSimplified(line.text), original: line.text };
  const cells = line.cells.map((cell) => ({ ...cell, text: toSimplified(cell.text) }));
  return { ...line, cells, text: cells.map((c) => c.text).join(" "), original: line.text };
}

/**
 * A 繁體 document → the same lines in simplified characters for recognition (titles, table names, narrative phrases
 * are all matched in simplified); each line keeps its printed text in `original` for display.
 */
export function simplifyDocument(doc: SourceDoc): { doc: SourceDoc; traditional: boolean } {
  if (!isTraditional(doc)) return { doc, traditional: false };
  return { doc: { ...doc, lines: doc.lines.map(simplifyLine) }, traditional: true };
}

/** The printed (traditional) form of a name found in a simplified line, when the conversion kept its length. */
export function printedForm(name: string, line: DocLine | undefined): string | undefined {
  if (!line?.original) return undefined;
  const compact = (text: string) => text.replace(/\s+/g, "");
  const simplified = compact(line.text);
  const original = compact(line.original);
  const at = simplified.indexOf(name);
  if (at < 0 || simplified.length !== original.length) return undefined;
  const printed = original.slice(at, at + name.length);
  return printed === name ? undefined : printed;
}
