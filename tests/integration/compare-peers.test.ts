import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LOCAL_VIEWER } from "@/lib/auth/viewer";
import { setProcessDatabase, type Database } from "@/lib/db/client";
import { loadDemoCity, loadSampleReports } from "@/lib/ingest/load-demo";
import { dominantClassesOfBand, listDepartmentProfiles } from "@/lib/queries/compare/list-department-profiles";
import { sizeBandCandidates } from "@/lib/queries/compare/suggest-peers";
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

describe(`peer suggestions: the dominant 类 of a department's size band in one statement on ${dbLabel}`, () => {
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

  test.each([[{ region: "9901", sub: "1" }], [{ region: "990101" }]])("every department of %o and its picker's size band", async (params) => {
    const viewer = await resolveRegionViewer(LOCAL_VIEWER, params);
    const picker = await listDepartmentProfiles(viewer, 2024);
    const expected = await dominantOfEach(2024);
    expect(picker.length).toBeGreaterThan(5);
    let candidates = 0;
    for (const first of picker) {
      const classes = await dominantClassesOfBand(viewer, 2024, first.id);
      const band = sizeBandCandidates(first, picker);
      candidates += band.length;
      for (const p of [first, ...band]) expect(classes.get(p.id)?.code ?? null, `${first.id} → ${p.id}`).toBe(expected.get(p.id) ?? null);
    }
    expect(candidates).toBeGreaterThan(0);
  });
});
