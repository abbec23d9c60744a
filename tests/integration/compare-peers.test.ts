import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LOCAL_VIEWER } from "@/lib/auth/viewer";
import { setProcessDatabase, type Database } from "@/lib/db/client";
import { loadDemoCity, loadSampleReports } from "@/lib/ingest/load-demo";
import { dominantClassesForPeers, listDepartmentProfiles, withDominantClass } from "@/lib/queries/compare/list-department-profiles";
import { MAX_PEERS, sizeBandCandidates, suggestPeers } from "@/lib/queries/compare/suggest-peers";
import { resolveRegionViewer } from "@/lib/queries/region/region-scope";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

let db: Database;
let cleanup: () => Promise<void>;
const saved = process.env.FISCAL_LENS_DATA_CACHE_MB;

/** Each department's 类 with the largest 03表 amount, summed over every current report counting under it (the slow way). */
async function dominantOfEach(year: number): Promise<Map<number, string>> {
  const rows = await db.prisma.$queryRaw<Array<{ dept: number; code: string; amount: string | null }>>`
    SELECT COALESCE(d."mergedIntoId", d.id) AS dept, f.code, SUM(f.total)::text AS amount
    FROM "FunctionLine" f JOIN "Report" r ON r.id = f."reportId" JOIN "Department" d ON d.id = r."departmentId"
    WHERE r."currentKey" IS NOT NULL AND r.year = ${year} AND f."table" = 'expenditure' AND f.level = '类'
    GROUP BY 1, 2`;
  const best = new Map<number, { code: string; amount: number | null }>();
  for (const row of rows) {
    const amount = row.amount === null ? null : Number(row.amount);
    const held = best.get(row.dept);
    const better = held === undefined || (amount !== null && (held.amount === null || amount > held.amount || (amount === held.amount && row.code < held.code)));
    if (better) best.set(row.dept, { code: row.code, amount });
  }
  return new Map([...best].map(([dept, b]) => [dept, b.code]));
}

describe(`peer suggestions: the dominant 类 of the closest candidates only, read in growing batches, on ${dbLabel}`, () => {
  beforeAll(async () => {
    process.env.FISCAL_LENS_DATA_CACHE_MB = "0";
    ({ db, cleanup } = await openTestDatabase());
    setProcessDatabase(db);
    await loadSampleReports(db.prisma);
    await loadDemoCity(db.prisma, { departments: 12, years: [2023, 2024], seed: 11, districts: true });
  }, 600_000);
  afterAll(async () => {
    process.env.FISCAL_LENS_DATA_CACHE_MB = saved;
    await cleanup();
  });

  test.each([[{ region: "9901", sub: "1" }], [{ region: "990101" }]])("every department of %o: the suggestions every candidate's 类 would give", async (params) => {
    const viewer = await resolveRegionViewer(LOCAL_VIEWER, params);
    const picker = await listDepartmentProfiles(viewer, 2024);
    const expected = await dominantOfEach(2024);
    const withExpected = (p: (typeof picker)[number]) => ({ ...p, dominantClass: expected.get(p.id) ?? null });
    expect(picker.length).toBeGreaterThan(5);
    let suggested = 0;
    let partial = 0;
    for (const first of picker) {
      const ranked = sizeBandCandidates(first, picker);
      const everyone = suggestPeers(withExpected(first), ranked.map(withExpected));
      suggested += everyone.length;
      // Batches of 1 and 2 (×4 after each) stop early whenever they can; 32 reads the whole band here.
      for (const [wanted, firstBatch] of [[MAX_PEERS, 1], [MAX_PEERS, 2], [1, 1], [MAX_PEERS, 32]] as const) {
        const classes = await dominantClassesForPeers(viewer, 2024, first, ranked, wanted, firstBatch);
        for (const [id, c] of classes) expect(c.code, `${first.id} → ${id}`).toBe(expected.get(id));
        if (classes.size < ranked.length + 1) partial += 1;
        const [target, ...candidates] = withDominantClass([first, ...ranked], classes);
        expect(target!.dominantClass).toBe(expected.get(first.id) ?? null);
        const got = suggestPeers(target!, candidates, wanted).map((p) => p.id);
        expect(got, `${first.id} (${wanted}, ${firstBatch})`).toEqual(everyone.slice(0, wanted).map((p) => p.id));
      }
    }
    expect(suggested).toBeGreaterThan(0);
    expect(partial).toBeGreaterThan(0);
  });
});
