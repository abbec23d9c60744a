/**
 * Seeds a database for load tests with the bench-only fast path (bench/lib/seed-fast.ts).
 *   DATABASE_URL=postgresql://…/fl_load node --experimental-wasm-modules --import tsx bench/seed.ts 1000 2015-2024
 */
import { openMigratedDatabase } from "@/lib/db/open-migrated";
import { describeTarget } from "@/lib/db/target";
import { seedFast } from "./lib/seed-fast";

const departments = Number(process.argv[2] ?? 1000);
const [from, to] = (process.argv[3] ?? "2015-2024").split("-").map(Number);
const db = await openMigratedDatabase({ role: "bench seed" });
const result = await seedFast(db.prisma, { departments, years: [from ?? 2015, to ?? from ?? 2024], seed: 1 });
console.log(`${describeTarget(db.target)}: ${result.reports} reports seeded in ${(result.ms / 1000).toFixed(1)} s`);
await db.close();
process.exit(0);
