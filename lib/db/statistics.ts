import "server-only";
import type { Database } from "./client";

/**
 * Refreshes the planner's statistics on embedded PGlite, which runs no autovacuum: without them the cross-department
 * queries pick nested loops over every report (the execution heatmap took 480 ms instead of 90 ms at 1,000 departments
 * × 10 years). PostgreSQL's autovacuum does this itself, so there it is a no-op.
 */
export async function refreshPlannerStatistics(db: Pick<Database, "prisma" | "target">): Promise<void> {
  if (db.target.kind !== "pglite") return;
  await db.prisma.$executeRawUnsafe("ANALYZE");
}
