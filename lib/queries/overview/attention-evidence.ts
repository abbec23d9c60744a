import "server-only";
import { getPrisma } from "../../db/client";
import type { Viewer } from "../../auth/viewer";
import type { AttentionItem, EvidencePart } from "./attention";

interface ReportPages {
  execution: number | null;
  sangong: number | null;
  expenditure: number | null;
  finding: { id: number; page: number | null } | null;
}

/**
 * The page of each report that proves a 需关注 item: table 05 for execution, table 09 for 三公, table 03 for spending,
 * the first 审核 error for errors. The items come from facts already scoped to the viewer; the reports are read only
 * when the viewer may see them, so an out-of-scope id yields no page rather than another department's.
 */
export async function attachAttentionEvidence(viewer: Viewer, items: AttentionItem[]): Promise<AttentionItem[]> {
  const ids = [...new Set(items.flatMap((i) => (i.evidence === null ? [] : [i.evidence.reportId])))];
  if (ids.length === 0) return items;
  const prisma = await getPrisma();
  const scope = viewer.departmentIds === null ? {} : { departmentId: { in: viewer.departmentIds } };
  // The scope check and the page lookups run at once; pages of a report outside the scope are dropped below.
  const [reports, sangong, lines, findings] = await Promise.all([
    prisma.report.findMany({ where: { id: { in: ids }, ...scope }, select: { id: true } }),
    prisma.sangongItem.findMany({ where: { reportId: { in: ids }, item: "total" }, select: { reportId: true, page: true } }),
    prisma.functionLine.groupBy({ by: ["reportId", "table"], where: { reportId: { in: ids }, table: { in: ["gpb", "expenditure"] } }, _min: { page: true } }),
    prisma.finding.findMany({ where: { reportId: { in: ids }, severity: "error" }, orderBy: { id: "asc" }, select: { id: true, reportId: true, page: true } }),
  ]);
  const pages = new Map<number, ReportPages>(reports.map((r) => [r.id, { execution: null, sangong: null, expenditure: null, finding: null }]));
  for (const s of sangong) {
    const entry = pages.get(s.reportId);
    if (entry !== undefined) entry.sangong = s.page;
  }
  for (const l of lines) {
    const entry = pages.get(l.reportId);
    if (entry === undefined) continue;
    if (l.table === "gpb") entry.execution = l._min.page;
    else entry.expenditure = l._min.page;
  }
  for (const f of findings) {
    const entry = pages.get(f.reportId);
    if (entry !== undefined) entry.finding ??= { id: f.id, page: f.page };
  }
  const pick = (p: ReportPages, part: EvidencePart): { page: number | null; finding: number | null } => {
    if (part === "finding") return { page: p.finding?.page ?? null, finding: p.finding?.id ?? null };
    if (part === "report") return { page: null, finding: null };
    return { page: p[part], finding: null };
  };
  return items.map((item) => {
    const p = item.evidence === null ? undefined : pages.get(item.evidence.reportId);
    if (item.evidence === null || p === undefined) return { ...item, evidence: null };
    return { ...item, evidence: { ...item.evidence, ...pick(p, item.evidence.part) } };
  });
}
