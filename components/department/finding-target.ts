import type { FindingRow } from "@/lib/queries/department/get-department-summary";

/** Section ids of the department page (anchors). */
export const SECTIONS = {
  overview: "overview",
  structure: "structure",
  funding: "funding",
  economic: "economic",
  yoy: "yoy",
  execution: "execution",
  sangong: "sangong",
  performance: "performance",
  findings: "findings",
  versions: "versions",
} as const;
export type SectionId = (typeof SECTIONS)[keyof typeof SECTIONS];

export interface FindingTarget {
  section: SectionId;
  /** Drill code that brings the row into the structure chart. */
  drill: string | null;
  /** Row anchor inside the section (execution table rows). */
  anchor: string | null;
}

const CODE = /^(\d{3}(?:\d{2}){0,2})\s/;

/** Where on the department page the figures a finding talks about are shown. */
export function findingTarget(f: Pick<FindingRow, "rule" | "table" | "row">): FindingTarget {
  const code = f.row === null ? null : (CODE.exec(f.row)?.[1] ?? null);
  const text = `${f.rule} ${f.row ?? ""}`;
  if (/三公|T09|sangong|机关运行经费/.test(text)) return { section: "sangong", drill: null, anchor: null };
  switch (f.table) {
    case "02":
    case "03":
      return { section: "structure", drill: code === null ? null : code.length === 3 ? code : code.slice(0, code.length - 2), anchor: null };
    case "05":
      return { section: "execution", drill: null, anchor: code === null ? null : `row-${code}` };
    case "06":
      return { section: "economic", drill: null, anchor: null };
    case "01":
    case "04":
    case "07":
    case "08":
      return { section: "funding", drill: null, anchor: null };
    case "绩效自评表":
      return { section: "performance", drill: null, anchor: null };
    default:
      break;
  }
  if (code !== null && code.length === 7) return { section: "execution", drill: null, anchor: `row-${code}` };
  if (/completion|budget-initial|execution/.test(f.rule)) return { section: "execution", drill: null, anchor: null };
  if (/change/.test(f.rule)) return { section: "yoy", drill: null, anchor: null };
  if (/performance/.test(f.rule)) return { section: "performance", drill: null, anchor: null };
  if (/share|totals/.test(f.rule)) return { section: "structure", drill: null, anchor: null };
  return { section: "overview", drill: null, anchor: null };
}

/** The in-page link for a finding, keeping year/version and setting the drill code when the row needs it. */
export function findingHref(f: Pick<FindingRow, "rule" | "table" | "row">, base: URLSearchParams): string {
  const target = findingTarget(f);
  const params = new URLSearchParams(base);
  if (target.section === "structure") {
    if (target.drill === null) params.delete("code");
    else params.set("code", target.drill);
  }
  return `?${params.toString()}#${target.anchor ?? target.section}`;
}
