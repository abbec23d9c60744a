import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { PrismaClient } from "../generated/prisma/client";

/**
 * The database's data version (raised by triggers with every committed change to figures, departments or users).
 * One primary-key read; "0" before the migration's row exists.
 */
export async function readDataVersion(prisma: PrismaClient): Promise<string> {
  const request = requestVersions.getStore();
  if (request === undefined) return readStoredVersion(prisma);
  let version = request.get(prisma);
  if (version === undefined) {
    version = readStoredVersion(prisma);
    request.set(prisma, version);
    // A failed read is not remembered: the next caller in the request tries again.
    version.catch(() => request.delete(prisma));
  }
  return version;
}

async function readStoredVersion(prisma: PrismaClient): Promise<string> {
  const rows = await prisma.$queryRaw<Array<{ version: string }>>`SELECT "version"::text AS version FROM "DataVersion" WHERE "id" = 1`;
  return rows[0]?.version ?? "0";
}

type RequestVersions = AsyncLocalStorage<Map<PrismaClient, Promise<string>>>;
const STORE_KEY = Symbol.for("fiscal-lens.request-data-versions");

/**
 * Per request (and per database client): the version read first, which every later read in the request reuses. Kept
 * on globalThis like the database itself (lib/db/client.ts): the web server (lib/server, loaded by tsx) and Next's
 * bundle of the pages each have their own copy of this module, and with a store per copy the pages never saw the
 * server's request scope — a page read the version once per shared query (5 reads for the overview instead of 1).
 */
const requestVersions: RequestVersions = ((globalThis as typeof globalThis & { [STORE_KEY]?: RequestVersions })[STORE_KEY] ??=
  new AsyncLocalStorage());

/**
 * Runs one read-only request so that it reads the data version once: the layout, the page and each shared query
 * (lib/queries/page-data-cache.ts) then agree on one state of the data, and a page costs one version read, not one per
 * query. Only for requests that change nothing — a request that writes must see the version its own write raised.
 */
export function withOneDataVersion<T>(run: () => T): T {
  return requestVersions.run(new Map(), run);
}
