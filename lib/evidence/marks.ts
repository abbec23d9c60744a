import type { LineBox } from "@/lib/parsers/contract";

/** One highlighted line in the evidence viewer. */
export interface EvidenceMark {
  page: number;
  line: number | null;
  label: string;
}

export interface FindingFigures {
  page: number | null;
  line: number | null;
  expected: string | null;
  actual: string | null;
  /** The finding's text: it names the table and row of the other figure ("05表 201 一般公共服务支出"). */
  message?: string;
}

interface Located {
  page: number;
  line: number;
  values: string[];
  table: string | null;
  row: string | null;
}

const AMOUNT = /^-?\d+\.\d{2}$/;

/** Every object of a parse result that has a location with page and line, with the amounts it states. */
function locatedFigures(value: unknown, into: Located[] = []): Located[] {
  if (Array.isArray(value)) {
    for (const item of value) locatedFigures(item, into);
    return into;
  }
  if (value === null || typeof value !== "object") return into;
  const record = value as Record<string, unknown>;
  for (const key of ["location", "narrativeLocation"]) {
    const location = record[key] as { page?: unknown; line?: unknown; table?: unknown; row?: unknown } | null | undefined;
    if (location && typeof location.page === "number" && typeof location.line === "number") {
      const values = Object.values(record).filter((v): v is string => typeof v === "string" && AMOUNT.test(v));
      const text = (v: unknown) => (typeof v === "string" ? v : null);
      into.push({ page: location.page, line: location.line, values, table: text(location.table), row: text(location.row) });
    }
  }
  for (const [key, child] of Object.entries(record)) {
    if (key !== "findings" && key !== "layout") locatedFigures(child, into);
  }
  return into;
}

/**
 * The two figures a 审核 finding compares: the one it is located at, and the printed figure elsewhere in the report
 * that states the other side's amount (the table row a narrative figure disagrees with, the total a sum misses).
 * When the other side is only a computed sum, no printed figure holds it and only the finding's own line is marked.
 */
export function findingMarks(parsed: unknown, finding: FindingFigures): EvidenceMark[] {
  const marks: EvidenceMark[] = [];
  const own = finding.page === null ? null : { page: finding.page, line: finding.line };
  if (own !== null) marks.push({ ...own, label: "审核所指数字" });
  const figures = locatedFigures(parsed);
  const here = own === null ? [] : figures.filter((f) => f.page === own.page && f.line === own.line).flatMap((f) => f.values);
  const other = [finding.expected, finding.actual].find((v) => v !== null && AMOUNT.test(v) && !here.includes(v)) ?? null;
  if (other === null) return marks;
  const message = finding.message ?? "";
  const named = (f: Located) => (f.table !== null && message.includes(`${f.table}表`) ? 2 : 0) + (f.row !== null && message.includes(f.row) ? 1 : 0);
  const match = figures
    .filter((f) => f.values.includes(other) && !(own !== null && f.page === own.page && f.line === own.line))
    .sort((a, b) => named(b) - named(a))[0];
  if (match !== undefined) marks.push({ page: match.page, line: match.line, label: "对照数字" });
  return marks;
}

/** The boxes to draw on one PDF page: those of the marked lines on it. */
export function boxesOnPage(boxes: readonly LineBox[], marks: readonly EvidenceMark[], page: number): LineBox[] {
  const wanted = new Set(marks.filter((m) => m.page === page && m.line !== null).map((m) => m.line));
  return boxes.filter((box) => box.page === page && wanted.has(box.line));
}
