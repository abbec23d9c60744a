import "server-only";
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PGLITE_MEMORY, type DbTarget } from "./target";

export interface OpenedDatabase {
  factory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

/**
 * A shadow database for the schema engine's diff that is always an in-memory PGlite: with adapter-pg the engine's
 * shadow connection can silently point at the MAIN database (see STACK.md), so we never let it near PostgreSQL.
 */
async function memoryShadow(): Promise<SqlDriverAdapter> {
  return new PrismaPGlite(new PGlite()).connect();
}

/**
 * Runs a migration script as one simple-protocol query: PostgreSQL executes its statements in order as one implicit
 * transaction. adapter-pg's own executeScript splits the text on every ";", which breaks function bodies
 * (the data-version trigger) and string literals.
 */
async function runScript(url: string, schema: string | undefined, script: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (schema) await client.query(`SET search_path TO "${schema.replaceAll('"', '""')}"`);
    await client.query(script);
  } finally {
    await client.end();
  }
}

export async function openDatabase(target: DbTarget): Promise<OpenedDatabase> {
  if (target.kind === "pglite") {
    if (target.dataDir !== PGLITE_MEMORY) fs.mkdirSync(target.dataDir, { recursive: true });
    const pglite = target.dataDir === PGLITE_MEMORY ? new PGlite() : new PGlite(target.dataDir);
    await pglite.waitReady;
    const factory = new PrismaPGlite(pglite);
    return { factory, close: () => pglite.close() };
  }
  const factory = new PrismaPg(
    { connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) },
    target.schema ? { schema: target.schema } : undefined,
  );
  const shadowSafe: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => Object.assign(await factory.connect(), { executeScript: (script: string) => runScript(target.url, target.schema, script) }),
    connectToShadowDb: memoryShadow,
  };
  return { factory: shadowSafe, close: async () => undefined };
}
