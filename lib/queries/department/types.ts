/**
 * DTOs of the department views (pages, JSON API, bench). Amounts are decimal strings in 元, rates percent strings;
 * a figure the report does not give is null, never 0.
 */
export type Yuan = string;

/** Where a chart's figures come from: enough for the card's source note and a link to the page of the original file. */
export interface SourceRef {
  reportId: number;
  department: string;
  year: number;
  /** "公开03表" etc., or "决算情况说明". */
  table: string;
  page: number | null;
  href: string;
}

/** The report a department view reads: the current version of department × year, or an older one by id. */
export interface ReportHead {
  id: number;
  departmentId: number;
  department: string;
  year: number;
  scope: string;
  version: number;
  isCurrent: boolean;
  isDemo: boolean;
  fileName: string;
  importedAt: string;
}

export interface ReportRef {
  departmentId: number;
  year: number;
  /** An older version to look at (?report=ID); must belong to the department and year. */
  reportId?: number | null;
}

export function sourceHref(reportId: number, page: number | null): string {
  return page === null ? `/api/reports/${reportId}/source` : `/api/reports/${reportId}/source#page=${page}`;
}

export function sourceRef(head: ReportHead, table: string, page: number | null | undefined): SourceRef {
  const p = page ?? null;
  return { reportId: head.id, department: head.department, year: head.year, table, page: p, href: sourceHref(head.id, p) };
}

export const toYuan = (value: { toFixed(dp: number): string } | null | undefined): Yuan | null =>
  value === null || value === undefined ? null : value.toFixed(2);

/** Percent with up to 4 decimals as stored, trailing zeros trimmed ("96.8100" → "96.81"). */
export const toPct = (value: string | { toFixed(dp: number): string } | null | undefined): string | null => {
  if (value === null || value === undefined) return null;
  const fixed = typeof value === "string" ? value : value.toFixed(4);
  return fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
};
