import "server-only";
import type { PrismaClient } from "../generated/prisma/client";

/**
 * The database's data version (raised by triggers with every committed change to figures, departments or users).
 * One primary-key read; "0" before the migration's row exists.
 */
export async function readDataVersion(prisma: PrismaClient): Promise<string> {
  const rows = await prisma.$queryRaw<Array<{ version: string }>>`SELECT "version"::text AS version FROM "DataVersion" WHERE "id" = 1`;
  return rows[0]?.version ?? "0";
}
