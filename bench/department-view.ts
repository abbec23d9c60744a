/**
 * Server-side data time of the department page: every query it runs (getDepartmentView: profile, summary, structure,
 * economic, funding, execution, performance, YoY, 三公) for one department, median over N runs, at `--departments` ×
 * `--years` seeded with bench/lib/seed-fast.ts. PGlite by default; PostgreSQL when TEST_DATABASE_URL is set (a fresh
 * database is created and dropped).
 *   node --experimental-wasm-modules --import tsx bench/department-view.ts --departments 1000 --years 2015-2024 --runs 30
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { LOCAL_VIEWER } from "@/lib/auth/viewer";
import { setProcessDatabase } from "@/lib/db/client";
import { openMigratedDatabase } from "@/lib/db/open-migrated";
import { getDepartmentView } from "@/lib/queries/department/get-department-view";
import { listDepartments } from "@/lib/queries/department/list-departments";
import { createTestTarget, dbLabel } from "../tests/integration/helpers/test-db";
import { seedFast } from "./lib/seed-fast";

const { values } = parseArgs({
  options: {
    departments: { type: "string", default: "1000" },
    years: { type: "string", default: "2015-2024" },
    runs: { type: "string", default: "30" },
    seed: { type: "string", default: "2024" },
  },
});
const departments = Number(values.departments);
const [from, to] = values.years.split("-").map(Number) as [number, number];
const runs = Number(values.runs);

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

async function time(label: string, fn: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 3; i += 1) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  console.log(`${label.padEnd(34)} median ${quantile(samples, 0.5).toFixed(1)} ms  p95 ${quantile(samples, 0.95).toFixed(1)} ms  (n=${runs})`);
}

const test = await createTestTarget();
const db = await openMigratedDatabase({ target: test.target, role: "bench" });
try {
  setProcessDatabase(db);
  const seeded = await seedFast(db.prisma, { departments, years: [from, to], seed: Number(values.seed) });
  console.log(`${dbLabel}: seeded ${departments} departments × ${from}–${to} = ${seeded.reports} reports in ${(seeded.ms / 1000).toFixed(1)} s`);
  const counts = await db.prisma.$queryRaw<Array<{ n: bigint }>>`SELECT COUNT(*) AS n FROM "FunctionLine"`;
  console.log(`FunctionLine rows: ${Number(counts[0]?.n ?? 0)}`);
  const list = await listDepartments(LOCAL_VIEWER, { sort: "years" });
  const target = list.filter((d) => d.years.length === to - from + 1)[Math.floor(list.length / 4)] ?? list[0];
  if (target === undefined) throw new Error("nothing seeded");
  console.log(`department #${target.id} ${target.name}: ${target.years.length} years`);
  const top = await getDepartmentView(LOCAL_VIEWER, target.id);
  const code = top?.structure?.rows.find((r) => r.hasChildren)?.code ?? null;
  await time("department page (latest year)", () => getDepartmentView(LOCAL_VIEWER, target.id));
  await time(`department page (drilled ?code=${code ?? "-"})`, () => getDepartmentView(LOCAL_VIEWER, target.id, { year: from + 1, code }));
  await time("department list (all, sort=total)", () => listDepartments(LOCAL_VIEWER, { sort: "total" }));
} finally {
  await db.close();
  await test.drop();
}
