import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Database } from "@/lib/db/client";
import { refreshPlannerStatistics } from "@/lib/db/statistics";
import { ingestFile } from "@/lib/ingest/ingest-file";
import { openTestDatabase, usingPostgres } from "./helpers/test-db";

/**
 * PGlite has no autovacuum: the app refreshes planner statistics itself after imports and at start; so it does on a
 * PostgreSQL whose autovacuum is off (the test database's, when it is).
 */
describe("planner statistics where no autovacuum keeps them", () => {
  let db: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ db, cleanup } = await openTestDatabase());
  });
  afterAll(async () => cleanup());

  test("after refreshing, the planner knows how many reports and lines there are and the tables are vacuumed (a live autovacuum is left to do it)", async () => {
    const [setting] = await db.prisma.$queryRaw<Array<{ on: boolean }>>`SELECT current_setting('autovacuum')::boolean AS on`;
    const appRefreshes = !usingPostgres || setting?.on === false;
    const bytes = fs.readFileSync("tests/fixtures/xianning-zhengfuban-2024.txt");
    await ingestFile(db.prisma, { bytes, fileName: "a.txt", actor: "t", channel: "cli" });
    const tuples = async () => db.prisma.$queryRaw<Array<{ relname: string; reltuples: number; relallvisible: number }>>`
      SELECT relname, reltuples::float8 AS reltuples, relallvisible FROM pg_class WHERE relname IN ('Report', 'FunctionLine') ORDER BY relname`;
    expect((await tuples()).every((t) => t.reltuples < 1)).toBe(true);
    await refreshPlannerStatistics(db);
    if (appRefreshes) {
      const after = await tuples();
      expect(after.find((t) => t.relname === "Report")?.reltuples).toBe(1);
      expect(after.find((t) => t.relname === "FunctionLine")?.reltuples).toBeGreaterThan(10);
      // Vacuumed, not only analyzed: only VACUUM marks pages all-visible (the replaced rows of an import are gone).
      expect(after.every((t) => t.relallvisible > 0)).toBe(true);
    } else {
      // No ANALYZE issued by the app (a manual one would set last_analyze; autovacuum sets last_autoanalyze).
      const [report] = await db.prisma.$queryRaw<Array<{ analyzed: boolean }>>`
        SELECT last_analyze IS NOT NULL AS analyzed FROM pg_stat_user_tables WHERE relname = 'Report'`;
      expect(report?.analyzed).toBe(false);
    }
  });
});
