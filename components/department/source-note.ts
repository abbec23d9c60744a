import type { SourceNote } from "@/lib/charts/source-note";
import type { SourceRef } from "@/lib/queries/department/types";

/** A query's SourceRef as the chart card's source note (department, year, table, page, link to that page). */
export function toSourceNote(ref: SourceRef | null | undefined): SourceNote | undefined {
  if (ref === null || ref === undefined) return undefined;
  return { department: ref.department, year: ref.year, table: ref.table, page: ref.page, reportId: ref.reportId };
}

/** "2022—2024年" for multi-year cards. */
export function periodOf(years: number[]): string | undefined {
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return undefined;
  return first === last ? `${first}年度` : `${first}—${last}年`;
}
