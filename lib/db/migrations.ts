import "server-only";
import fs from "node:fs";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { SchemaEngine, type MigrationList } from "@prisma/schema-engine-wasm";

/**
 * Migrations through Prisma's schema engine compiled to WASM: the same engine `prisma migrate deploy` uses, so
 * `_prisma_migrations` is recorded exactly as Prisma does, without a native engine download.
 */
export const PRISMA_DIR = path.join(process.cwd(), "prisma");
const FILTERS = { externalTables: [], externalEnums: [] };

export function readSchema(prismaDir = PRISMA_DIR): { path: string; content: string } {
  const file = path.join(prismaDir, "schema.prisma");
  return { path: file, content: fs.readFileSync(file, "utf8") };
}

export function readMigrations(prismaDir = PRISMA_DIR): MigrationList {
  const baseDir = path.join(prismaDir, "migrations");
  const lockPath = path.join(baseDir, "migration_lock.toml");
  const names = fs.existsSync(baseDir)
    ? fs.readdirSync(baseDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  return {
    baseDir,
    lockfile: { path: lockPath, content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: fs.readFileSync(path.join(baseDir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

async function withEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  prismaDir: string,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const schema = readSchema(prismaDir);
  const logs: string[] = [];
  const engine = await SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    (log: string) => logs.push(log),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

/** Applies every committed migration not yet applied; returns the names it applied (empty when up to date). */
export async function applyMigrations(factory: SqlMigrationAwareDriverAdapterFactory, prismaDir = PRISMA_DIR): Promise<string[]> {
  return withEngine(factory, prismaDir, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: readMigrations(prismaDir), filters: FILTERS });
    return out.appliedMigrationNames;
  });
}

/**
 * SQL that takes the committed migrations to schema.prisma: empty when they agree (no drift). Runs the migrations in
 * the engine's shadow database, which adapters.ts pins to an in-memory PGlite.
 */
export async function diffMigrationsToSchema(
  factory: SqlMigrationAwareDriverAdapterFactory,
  prismaDir = PRISMA_DIR,
): Promise<{ drift: boolean; sql: string }> {
  return withEngine(factory, prismaDir, async (engine) => {
    const schema = readSchema(prismaDir);
    const result = await engine.diff({
      from: { tag: "migrations", ...readMigrations(prismaDir) },
      to: { tag: "schemaDatamodel", files: [{ path: schema.path, content: schema.content }] },
      script: true,
      exitCode: true,
      filters: FILTERS,
    });
    return { drift: result.exitCode === 2, sql: result.stdout ?? "" };
  });
}
