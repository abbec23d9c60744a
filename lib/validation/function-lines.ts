import type { Location } from "@/lib/parsers/contract";
import { Decimal } from "@/lib/money";

/** What the 类/款/项 checks need from a table 02/03/05 row. */
export interface CodedLine {
  code: string;
  name: string;
  location: Location;
}

export type AmountGetter<L> = (line: L) => string | null | undefined;

export interface AmountColumn<L> {
  label: string;
  get: AmountGetter<L>;
}

export function lineLabel(line: CodedLine): string {
  return `${line.code} ${line.name}`.trim();
}

/** Level follows the code length (3/5/7), which is what the hierarchy means; the printed level column can be wrong. */
export function linesOfLength<L extends CodedLine>(lines: readonly L[], length: 3 | 5 | 7): L[] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    if (line.code.length !== length || seen.has(line.code)) return false;
    seen.add(line.code);
    return true;
  });
}

export function childrenOf<L extends CodedLine>(lines: readonly L[], parent: CodedLine, length: 5 | 7): L[] {
  return linesOfLength(lines, length).filter((line) => line.code.startsWith(parent.code));
}

/** Σ of a column over lines; blanks count as 0 but are reported so callers can soften their verdict. */
export function sumColumn<L>(lines: readonly L[], get: AmountGetter<L>): { sum: Decimal; blanks: number; present: number } {
  let sum = new Decimal(0);
  let blanks = 0;
  let present = 0;
  for (const line of lines) {
    const value = get(line);
    if (value === null || value === undefined) blanks += 1;
    else {
      sum = sum.plus(value);
      present += 1;
    }
  }
  return { sum, blanks, present };
}

/** Names compare by meaning: drop spaces, fold bracket widths, and the trailing 支出 that some tables omit. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string): string =>
    s.replace(/[\s\u3000]/g, "").replace(/\(/g, "（").replace(/\)/g, "）").replace(/（[类款项]）/g, "").replace(/支出$/, "");
  return norm(a) === norm(b);
}
