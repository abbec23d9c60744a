import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LOCAL_VIEWER } from "@/lib/auth/viewer";
import { setProcessDatabase, type Database } from "@/lib/db/client";
import { loadDemoCity } from "@/lib/ingest/load-demo";
import { attachAttentionEvidence } from "@/lib/queries/overview/attention-evidence";
import type { AttentionItem, EvidencePart } from "@/lib/queries/overview/attention";
import { getOverview, getOverviewWithEvidence } from "@/lib/queries/overview/get-overview";
import { attentionPage } from "@/components/overview/attention-list";
import { setAttentionThresholds } from "@/lib/ingest/set-attention-thresholds";
import { resolveRegionViewer } from "@/lib/queries/region/region-scope";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

let db: Database;
let cleanup: () => Promise<void>;

/** What each part's evidence must open, read straight from the stored rows. */
async function expectedEvidence(reportId: number, part: EvidencePart): Promise<{ page: number | null; finding: number | null }> {
  const table = part === "execution" ? "gpb" : part === "expenditure" ? "expenditure" : null;
  if (table !== null) {
    const pages = await db.prisma.functionLine.findMany({ where: { reportId, table, page: { not: null } }, select: { page: true } });
    return { page: pages.length === 0 ? null : Math.min(...pages.map((p) => p.page!)), finding: null };
  }
  if (part === "sangong") {
    const item = await db.prisma.sangongItem.findFirst({ where: { reportId, item: "total" }, select: { page: true } });
    return { page: item?.page ?? null, finding: null };
  }
  if (part === "finding") {
    const first = await db.prisma.finding.findFirst({ where: { reportId, severity: "error" }, orderBy: { id: "asc" }, select: { id: true, page: true } });
    return { page: first?.page ?? null, finding: first?.id ?? null };
  }
  return { page: null, finding: null };
}

describe(`需关注 evidence pages on ${dbLabel}`, () => {
  beforeAll(async () => {
    ({ db, cleanup } = await openTestDatabase());
    setProcessDatabase(db);
    await loadDemoCity(db.prisma, { departments: 12, years: [2023, 2024], seed: 5 });
  }, 600_000);
  afterAll(async () => cleanup());

  test("each item opens the page of the table that proves it, or the first 审核 error", async () => {
    const city = await resolveRegionViewer(LOCAL_VIEWER, { region: "9901" });
    const { attention } = await getOverviewWithEvidence(city, "2024");
    const withEvidence = attention.filter((a): a is AttentionItem & { evidence: NonNullable<AttentionItem["evidence"]> } => a.evidence !== null);
    expect(withEvidence.length).toBeGreaterThan(0);
    expect(withEvidence.some((a) => a.evidence.page !== null)).toBe(true);
    for (const item of withEvidence) {
      expect({ page: item.evidence.page, finding: item.evidence.finding }).toEqual(await expectedEvidence(item.evidence.reportId, item.evidence.part));
    }
  });

  test("the page reads the evidence of the rows it shows only, and it is the API's for those rows", async () => {
    // Every growth counts, so the list has pages: the demo city's 12 departments have one material item.
    await setAttentionThresholds({ expenditureGrowthPct: 0, expenditureGrowthMinWan: 0, sangongGrowthPct: 0, sangongGrowthMinWan: 0, sangongGrowthPerMille: 0 }, { name: "test" });
    const city = await resolveRegionViewer(LOCAL_VIEWER, { region: "9901" });
    const full = (await getOverviewWithEvidence(city, "2024")).attention;
    const unread = (await getOverview(city, "2024")).attention;
    expect(unread.every((a) => a.evidence === null || (a.evidence.page === null && a.evidence.finding === null))).toBe(true);
    expect(full.length).toBeGreaterThan(4);
    for (const params of [{}, { apage: "2" }, { attention: full[0]!.kind }, { attention: "expenditureGrowth", apage: "2" }]) {
      const shown = attentionPage(unread, params, 2);
      const expected = attentionPage(full, params, 2).rows;
      expect(shown.rows.length).toBeGreaterThan(0);
      expect(await attachAttentionEvidence(city, shown.rows)).toEqual(expected);
    }
    expect(full.some((a) => a.evidence !== null && a.evidence.page !== null)).toBe(true);
    await setAttentionThresholds(null, { name: "test" });
  });

  test("a report outside the viewer's departments gives no evidence, not another department's page", async () => {
    const city = await resolveRegionViewer(LOCAL_VIEWER, { region: "9901" });
    const { attention } = await getOverviewWithEvidence(city, "2024");
    const item = attention.find((a) => a.evidence !== null)!;
    const reported = attention.filter((a) => a.evidence !== null).map((a) => ({ ...a, evidence: { ...a.evidence!, page: null, finding: null } }));
    const others = await attachAttentionEvidence({ ...city, departmentIds: [item.departmentId + 100_000] }, reported);
    expect(others.every((a) => a.evidence === null)).toBe(true);
    const own = await attachAttentionEvidence({ ...city, departmentIds: [item.departmentId] }, reported);
    expect(own.filter((a) => a.evidence !== null).every((a) => a.departmentId === item.departmentId)).toBe(true);
    expect(own.some((a) => a.evidence !== null)).toBe(true);
  });
});
