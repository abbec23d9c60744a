/**
 * Server-side data time of the cross-department pages: `node --experimental-wasm-modules --import tsx bench/cross-views.ts
 * [--pg-only|--pglite-only] [--sizes=1000,10000] [--years=10] [--runs=15] [--cache-off] [--regions=10]`.
 * Data is seeded with the bench-only fast path (bench/lib/seed-fast.ts: demo figures bulk-inserted with unnest), not
 * through the parser, which would take hours at these sizes. Each page's query function is timed in turns with its
 * yardstick, the raw SQL of the same aggregations (bench/lib/cross-raw-sql.ts), for the overhead ratio. PostgreSQL comes from
 * BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/test; a fresh database is created and dropped).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { LOCAL_VIEWER } from "@/lib/auth/viewer";
import { setProcessDatabase, type Database } from "@/lib/db/client";
import { openMigratedDatabase } from "@/lib/db/open-migrated";
import type { DbTarget } from "@/lib/db/target";
import { getCompare } from "@/lib/queries/compare/get-compare";
import { getExecutionHeatmap } from "@/lib/queries/execution/get-execution-heatmap";
import { getExecutionByYearColumns, getExecutionCodeColumns, getExecutionPageView } from "@/lib/queries/execution/get-execution-view";
import { getExplore } from "@/lib/queries/explore/get-explore";
import { getOverview } from "@/lib/queries/overview/get-overview";
import { getSangongCity } from "@/lib/queries/sangong/get-sangong-city";
import { benchRegionCodes, seedFast } from "./lib/seed-fast";
import { resolveRegionViewer, type RegionViewer } from "@/lib/queries/region/region-scope";
import { RAW_SQL, runYardstick, type RawContext } from "./lib/cross-raw-sql";
import { withOneDataVersion } from "@/lib/db/data-version";

/**
 * Each run is a page's first request after a change of the data: the data version is raised before it (untimed), so
 * the page-data cache (lib/queries/page-data-cache.ts) holds nothing the run could reuse, and the run reads the version
 * once as a request does (withOneDataVersion, as lib/server/serve.ts runs every read-only request); what one view shares
 * within itself (the region's departments, the stored regions) is read once, as in the server. `--cache-off` instead
 * turns the cache off, as this bench did before: every nested shared read is then read again (the region's
 * departments up to three times per view), which no server request does.
 */
const CACHE_OFF = process.argv.includes("--cache-off");
if (CACHE_OFF) process.env.FISCAL_LENS_DATA_CACHE_MB = "0";

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const SIZES = arg("sizes", "1000").split(",").map(Number);
const YEARS = Number(arg("years", "10"));
const RUNS = Number(arg("runs", "15"));
/** Departments are spread over this many districts; the pages are timed in one of them, then in 示例市 with all of them. */
const REGIONS = Number(arg("regions", "10"));
const LAST_YEAR = 2024;

const median = (times: number[]) => times.slice().sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? NaN;

/**
 * The page and its yardstick timed in turns (after one warm-up of each), so both see the same machine load: on a
 * shared two-core machine the load moves within seconds, and timing all pages before all yardsticks skewed ratios.
 * `before` runs untimed before each page (a fresh data version).
 */
async function timeInTurns(page: () => Promise<unknown>, raw: () => Promise<unknown>, before: () => Promise<unknown>): Promise<{ page: number; raw: number; ratio: number }> {
  const pages: number[] = [];
  const raws: number[] = [];
  for (let i = -1; i < RUNS; i += 1) {
    await before();
    const t0 = performance.now();
    await page();
    const t1 = performance.now();
    await raw();
    const t2 = performance.now();
    if (i >= 0) {
      pages.push(t1 - t0);
      raws.push(t2 - t1);
    }
  }
  // The ratio is the median of each turn's ratio: a turn's page and yardstick ran under the same load.
  return { page: median(pages), raw: median(raws), ratio: median(pages.map((p, i) => p / raws[i]!)) };
}

async function pgTarget(): Promise<{ target: DbTarget; drop(): Promise<void> }> {
  const admin = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
  const name = `fl_bench_${process.pid}_${Date.now()}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    target: { kind: "postgres", url: url.toString(), schema: undefined },
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

function pgliteTarget(): { target: DbTarget; drop(): Promise<void> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fl-bench-"));
  return { target: { kind: "pglite", dataDir: dir }, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Targets (issue 17): each page's data ≤ 100 ms at 1,000 departments (≤ 300 ms at 10,000) and ≤ 1.5× the raw SQL of
 * the same aggregation. `departmentsShown` is how many departments the timed view covers.
 */
async function benchPages(db: Database, label: string, viewer: RegionViewer, departmentsShown: number): Promise<void> {
  const y = String(LAST_YEAR);
  const first = String(LAST_YEAR - YEARS + 1);
  const overview = await getOverview(viewer, y);
  const compared = overview.ranking.rows.slice(0, 3).map((r) => Number(r.departmentId));
  const ids = compared.join(",");
  const { code, sub } = viewer.region;
  if (code === null) throw new Error("the bench views a stored region");
  const ctx: RawContext = { year: LAST_YEAR, from: LAST_YEAR - YEARS + 1, ids: compared, region: { code, sub } };
  // A fresh data version before each timed page (see CACHE_OFF): the page computes everything, as after an import.
  const freshVersion = () => db.prisma.$executeRaw`UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1`;
  const before = CACHE_OFF ? async () => undefined : freshVersion;
  const pages: Array<[string, () => Promise<unknown>, string]> = [
    ["overview", () => getOverview(viewer, y), "overview"],
    // /execution renders the code heatmap, then its by-year chart fetches its columns: first the heatmap, then both as
    // the page and the fetch compute them (the fetch takes the page's shared order).
    ["execution 类", () => getExecutionHeatmap(viewer, { year: y, level: "类", sort: "size" }), "execution"],
    ["exec.+by-year", async () => {
      await getExecutionPageView(viewer, { year: y, level: "类", sort: "size" });
      await getExecutionCodeColumns(viewer, { year: y, level: "类", sort: "size" });
      return getExecutionByYearColumns(viewer, { year: y, level: "类", sort: "size" });
    }, "execution+by-year"],
    ["sangong", () => getSangongCity(viewer, { from: first, to: y }), "sangong"],
    ["compare ×3", () => getCompare(viewer, { ids, year: y }), "compare"],
    ["explore 201", () => getExplore(viewer, { code: "201", year: y }), "explore"],
  ];
  for (const [name, fn, raw] of pages) {
    const sql = RAW_SQL[raw]!;
    const { page, raw: rawMs, ratio } = await timeInTurns(CACHE_OFF ? fn : () => withOneDataVersion(fn), () => runYardstick(sql, db.prisma, ctx), before);
    const budget = departmentsShown <= 1000 ? 100 : 300;
    const verdict = sql.complete ? (ratio <= 1.5 ? "met" : "NOT met") : "core only";
    console.log(`${label.padEnd(28)} ${name.padEnd(14)} page ${page.toFixed(1).padStart(8)} ms (≤ ${budget}: ${page <= budget ? "met" : "NOT met"})   raw SQL ${rawMs.toFixed(1).padStart(8)} ms   ratio ${ratio.toFixed(2)} (≤ 1.5: ${verdict})   load ${os.loadavg()[0]!.toFixed(1)}`);
  }
}

async function run(kind: "postgres" | "pglite", departments: number): Promise<void> {
  const t = kind === "postgres" ? await pgTarget() : pgliteTarget();
  const db = await openMigratedDatabase({ target: t.target, role: "bench" });
  try {
    setProcessDatabase(db);
    const seeded = await seedFast(db.prisma, { departments, years: [LAST_YEAR - YEARS + 1, LAST_YEAR], seed: 1, regions: REGIONS });
    await db.prisma.$executeRaw`ANALYZE`;
    const label = `${kind === "postgres" ? "PostgreSQL" : "PGlite"} ${departments}×${YEARS}`;
    console.log(`${label.padEnd(28)} seeded ${seeded.reports} reports in ${(seeded.ms / 1000).toFixed(1)} s (fast path)`);
    const [district] = benchRegionCodes(REGIONS);
    if (district === undefined) await benchPages(db, label, await resolveRegionViewer(LOCAL_VIEWER, {}), departments);
    else {
      await benchPages(db, `${label} 1 of ${REGIONS} regions`, await resolveRegionViewer(LOCAL_VIEWER, { region: district }), Math.ceil(departments / REGIONS));
      await benchPages(db, `${label} 示例市 含下辖`, await resolveRegionViewer(LOCAL_VIEWER, { region: "9901", sub: "1" }), departments);
    }
  } finally {
    await db.close();
    await t.drop();
  }
}

console.log(`Page data timed ${CACHE_OFF ? "with the page-data cache off (--cache-off)" : "as a first request after a data change (fresh data version, one version read)"}; median of ${RUNS} turns of page then yardstick (ratio: the median turn's page ÷ yardstick).`);
console.log("Raw SQL yardsticks (hand-written statements, run at once; scoped and counted like the page unless core only):");
for (const [name, sql] of Object.entries(RAW_SQL)) {
  console.log(`  ${name}${sql.complete ? "" : " (core only: the page computes more)"}: ${sql.statements.map(([what]) => what).join("; ")}`);
}
for (const size of SIZES) {
  if (!process.argv.includes("--pglite-only")) await run("postgres", size);
  if (!process.argv.includes("--pg-only")) await run("pglite", size);
}
