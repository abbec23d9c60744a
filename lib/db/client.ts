import "server-only";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../generated/prisma/client";
import { openDatabase } from "./adapters";
import { acquireLock } from "./pglite-lock";
import { PGLITE_MEMORY, resolveDbTarget, type DbTarget } from "./target";

export type Prisma = PrismaClient;

export interface Database {
  prisma: PrismaClient;
  target: DbTarget;
  factory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

export interface ConnectOptions {
  target?: DbTarget;
  /** Who holds the PGlite folder, shown to a second process that is refused. */
  role?: string;
}

/**
 * Opens the database, takes the PGlite folder lock and returns one Prisma client. It does not migrate: the web server's
 * bundle carries no schema engine; `npm start` and the CLI migrate first (lib/db/open-migrated.ts).
 */
export async function connectDatabase(options: ConnectOptions = {}): Promise<Database> {
  const target = options.target ?? resolveDbTarget();
  const release =
    target.kind === "pglite" && target.dataDir !== PGLITE_MEMORY
      ? acquireLock(target.dataDir, options.role ?? "fiscal-lens")
      : () => undefined;
  try {
    const opened = await openDatabase(target);
    const prisma = new PrismaClient({ adapter: opened.factory });
    return {
      prisma,
      factory: opened.factory,
      target,
      close: async () => {
        await prisma.$disconnect();
        await opened.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

const GLOBAL_KEY = Symbol.for("fiscal-lens.database");
type GlobalWithDb = typeof globalThis & { [GLOBAL_KEY]?: Promise<Database> };

/** The process-wide database for the web server (kept on globalThis so dev reloads do not open PGlite twice). */
export function getDatabase(): Promise<Database> {
  const g = globalThis as GlobalWithDb;
  g[GLOBAL_KEY] ??= connectDatabase({ role: "web server" }).catch((error: unknown) => {
    delete g[GLOBAL_KEY];
    throw error;
  });
  return g[GLOBAL_KEY];
}

export async function getPrisma(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}

/** Tests and the CLI point the process-wide database (what lib/queries uses) at an already opened one. */
export function setProcessDatabase(db: Database): void {
  (globalThis as GlobalWithDb)[GLOBAL_KEY] = Promise.resolve(db);
}
