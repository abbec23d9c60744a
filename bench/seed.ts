/**
 * Seeds a database for load tests with the bench-only fast path (bench/lib/seed-fast.ts).
 *   DATABASE_URL=postgresql://…/fl_load node --experimental-wasm-modules --import tsx bench/seed.ts 1000 2015-2024 [--regions=10]
 * `--regions=N` spreads the departments over N districts of 示例市 (as bench/cross-views.ts does). The planner's
 * statistics are refreshed at the end: a freshly seeded database without them planned the city views 20× slower.
 */
import { openMigratedDatabase } from "@/lib/db/open-migrated";
import { describeTarget } from "@/lib/db/target";
import { seedFast } from "./lib/seed-fast";

const departments = Number(process.argv[2] ?? 1000);
const [from, to] = (process.argv[3] ?? "2015-2024").split("-").map(Number);
const regions = Number(process.argv.find((a) => a.startsWith("--regions="))?.split("=")[1] ?? 0);
const db = await openMigratedDatabase({ role: "bench seed" });
const result = await seedFast(db.prisma, { departments, years: [from ?? 2015, to ?? from ?? 2024], seed: 1, regions });
await db.prisma.$executeRaw`ANALYZE`;
console.log(`${describeTarget(db.target)}: ${result.reports} reports seeded in ${(result.ms / 1000).toFixed(1)} s`);
await db.close();
process.exit(0);
