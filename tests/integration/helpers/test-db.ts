import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { Database } from "@/lib/db/client";
import { openMigratedDatabase } from "@/lib/db/open-migrated";
import type { DbTarget } from "@/lib/db/target";

/**
 * Integration tests run against PGlite by default and against a real PostgreSQL when TEST_DATABASE_URL is set
 * (CI runs the suite both ways). Each test file gets a fresh database: a temp PGlite folder, or a new PostgreSQL
 * database created from TEST_DATABASE_URL and dropped afterwards.
 */
export const usingPostgres = Boolean(process.env.TEST_DATABASE_URL);
export const dbLabel = usingPostgres ? "PostgreSQL" : "PGlite";

export interface TestDatabase {
  target: DbTarget;
  drop(): Promise<void>;
}

export async function createTestTarget(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fl-test-"));
    return { target: { kind: "pglite", dataDir: dir }, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `fl_test_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    target: { kind: "postgres", url: url.toString(), schema: undefined },
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A fresh, migrated database for one test file; call the returned cleanup in afterAll. */
export async function openTestDatabase(): Promise<{ db: Database & { applied: string[] }; cleanup(): Promise<void> }> {
  const test = await createTestTarget();
  const db = await openMigratedDatabase({ target: test.target, role: "vitest" });
  return {
    db,
    cleanup: async () => {
      await db.close();
      await test.drop();
    },
  };
}
