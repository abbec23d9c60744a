import "server-only";
import type { Database } from "./client";

/**
 * Refreshes the planner's statistics where nothing else will: on embedded PGlite, which runs no autovacuum, and on a
 * PostgreSQL server whose autovacuum is off (as on the machines this project is tested on). Without them the
 * cross-department queries pick nested loops over every report (the execution heatmap took 480 ms instead of 90 ms at
 * 1,000 departments × 10 years; the department list 460 ms instead of 20 after its departments were given a region).
 * It vacuums too: where no autovacuum runs, the rows an import or a migration replaced (a report's earlier version, a
 * stored aggregate rewritten) stay in the tables until a VACUUM, and every scan reads them (≈ 30 ms more on the execution
 * heatmap at 10,000 departments after a migration rewrote every report); on tables with nothing to clean it only reads
 * the visibility map (VACUUM ANALYZE 5.4 s vs ANALYZE 4.3 s at 10,000 departments × 10 years).
 * A PostgreSQL with autovacuum on does this itself, so there it is a no-op.
 */
export async function refreshPlannerStatistics(db: Pick<Database, "prisma" | "target">): Promise<void> {
  if (db.target.kind !== "pglite") {
    const [setting] = await db.prisma.$queryRaw<Array<{ on: boolean }>>`SELECT current_setting('autovacuum')::boolean AS on`;
    if (setting?.on !== false) return;
  }
  await db.prisma.$executeRawUnsafe("VACUUM (ANALYZE)");
}
