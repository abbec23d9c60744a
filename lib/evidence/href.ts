/** What an evidence link points at: a page of a report's source file, optionally one line, or a 审核 finding. */
export interface EvidenceTarget {
  reportId: number;
  page?: number | null;
  line?: number | null;
  /** A stored finding: the viewer opens its page with both of its figures marked. */
  finding?: number | null;
}

/** The in-app evidence viewer's URL: the page rendered with the figure's line highlighted. */
export function evidenceHref(target: EvidenceTarget): string {
  const params = new URLSearchParams();
  if (target.finding !== undefined && target.finding !== null) params.set("finding", String(target.finding));
  if (target.page !== undefined && target.page !== null) params.set("page", String(target.page));
  if (target.line !== undefined && target.line !== null) params.set("line", String(target.line));
  const query = params.toString();
  return `/evidence/${target.reportId}${query === "" ? "" : `?${query}`}`;
}

/** The viewer's own query (page, line, finding), each a positive integer or null when absent or malformed. */
export function parseEvidenceQuery(search: Record<string, string | string[] | undefined>): { page: number | null; line: number | null; finding: number | null } {
  const positive = (key: string): number | null => {
    const raw = search[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    const n = Number(value);
    return value !== undefined && /^\d{1,9}$/.test(value) && n > 0 ? n : null;
  };
  return { page: positive("page"), line: positive("line"), finding: positive("finding") };
}
