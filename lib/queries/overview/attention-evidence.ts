import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { getPrisma } from "../../db/client";
import { pgArray } from "../../db/pg-array";
import type { Viewer } from "../../auth/viewer";
import type { AttentionItem, EvidencePart } from "./attention";

interface EvidenceRow {
  id: number;
  execution: number | null;
  expenditure: number | null;
  sangong: number | null;
  findingId: number | null;
  findingPage: number | null;
}

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
  const visible = viewer.departmentIds === null
    ? Prisma.sql`TRUE`
    : viewer.departmentIds.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`r."departmentId" IN (${Prisma.join(viewer.departmentIds)})`;
  // One statement with the ids as one array parameter: four ORM reads with an IN list of 1,500 parameters each cost
  // more than their queries at 10,000 departments. Reports outside the scope yield no row, so no page. The first pages
  // come from the (reportId, table, page) index; a report has one 三公 total at most (unique reportId, item).
  const rows = await prisma.$queryRaw<EvidenceRow[]>`
    SELECT r.id,
      (SELECT MIN(f.page) FROM "FunctionLine" f WHERE f."reportId" = r.id AND f."table" = 'gpb') AS execution,
      (SELECT MIN(f.page) FROM "FunctionLine" f WHERE f."reportId" = r.id AND f."table" = 'expenditure') AS expenditure,
      (SELECT s.page FROM "SangongItem" s WHERE s."reportId" = r.id AND s.item = 'total') AS sangong,
      e.id AS "findingId", e.page AS "findingPage"
    FROM "Report" r
    LEFT JOIN LATERAL (SELECT x.id, x.page FROM "Finding" x WHERE x."reportId" = r.id AND x.severity = 'error' ORDER BY x.id LIMIT 1) e ON TRUE
    WHERE r.id = ANY(${pgArray(ids)}::int[]) AND ${visible}`;
  const pages = new Map<number, ReportPages>(rows.map((r) => [r.id, {
    execution: r.execution, sangong: r.sangong, expenditure: r.expenditure,
    finding: r.findingId === null ? null : { id: r.findingId, page: r.findingPage },
  }]));
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
