/**
 * Import throughput (reports per second) through the CLI's path — sniff, hash, parse in the pool of child processes
 * (FISCAL_LENS_PARSE_PROCESSES, default one per core), validate, store one transaction per report — into PGlite and,
 * when BENCH_PG_URL is set, PostgreSQL.
 *   node --experimental-wasm-modules --import tsx bench/import.ts [count]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openMigratedDatabase } from "@/lib/db/open-migrated";
import type { DbTarget } from "@/lib/db/target";
import { generateCity } from "@/lib/demo/generate-city";
import { renderReportText } from "@/lib/demo/render-text";
import { ingestFile } from "@/lib/ingest/ingest-file";
import { ingestMany } from "@/lib/ingest/ingest-many";
import { PARSE_PROCESSES, stopParsePool } from "@/lib/parsers/worker/parse-isolated";

const count = Number(process.argv[2] ?? 40);
const PDF = fs.readFileSync("tests/fixtures/shanghai-putuo-shehuigongzuobu-2024.pdf");

/**
 * Exactly n text reports. The demo city merges a department in 2024 (示例市地方金融工作局 → 人民政府办公室), so n/2
 * departments × 2 years give fewer than n reports (24 asked for gave 23): generate a few departments more and cut.
 */
function textFiles(n: number): Array<{ name: string; bytes: Uint8Array }> {
  const city = generateCity({ departments: Math.ceil(n / 2) + 2, years: [2023, 2024], seed: 7 });
  if (city.reports.length < n) throw new Error(`demo city gave ${city.reports.length} reports, fewer than ${n}`);
  return city.reports.slice(0, n).map((r) => ({ name: `${r.fileStem}.txt`, bytes: new TextEncoder().encode(renderReportText(r)) }));
}

/** Targets (issue 17), printed beside the numbers: PostgreSQL, both cores. */
const TARGET_PER_SECOND = { text: 20, pdf: 5 } as const;

/** The same PDF made distinct per copy (a trailing comment changes the hash, not the content). */
function pdfFiles(n: number): Array<{ name: string; bytes: Uint8Array }> {
  return Array.from({ length: n }, (_, i) => ({ name: `sample-${i}.pdf`, bytes: Buffer.concat([PDF, Buffer.from(`\n%bench ${i}\n`)]) }));
}

async function measure(label: string, target: DbTarget, files: Array<{ name: string; bytes: Uint8Array }>, goal: number) {
  const db = await openMigratedDatabase({ target, role: "bench" });
  // Every parse process started and warm before the clock runs.
  await Promise.all(Array.from({ length: PARSE_PROCESSES }, () => ingestFile(db.prisma, { ...files[0]!, fileName: "warmup", actor: "bench", channel: "cli", dryRun: true })));
  const started = performance.now();
  const results = await ingestMany(db.prisma, files.length, (i) => ({ bytes: files[i]!.bytes, fileName: files[i]!.name, actor: "bench", channel: "cli" }));
  const ok = results.filter((r) => r.status === "imported" || r.status === "new_version").length;
  const seconds = (performance.now() - started) / 1000;
  const rate = ok / seconds;
  const verdict = rate >= goal ? "met" : "NOT met";
  console.log(`${label.padEnd(28)} ${ok}/${files.length} reports in ${seconds.toFixed(1)} s = ${rate.toFixed(2)} reports/s (target ≥ ${goal}: ${verdict}; ${PARSE_PROCESSES} parse processes, load ${os.loadavg()[0]!.toFixed(1)})`);
  await db.close();
}

async function pgTarget(): Promise<{ target: DbTarget; drop(): Promise<void> } | null> {
  const url = process.env.BENCH_PG_URL;
  if (!url) return null;
  const name = `fl_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    target: { kind: "postgres", url: u.toString(), schema: undefined },
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

const texts = textFiles(count);
const pdfs = pdfFiles(Math.max(4, Math.round(count / 4)));
for (const [kind, files] of [["text", texts], ["pdf", pdfs]] as const) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fl-bench-"));
  await measure(`PGlite ${kind}`, { kind: "pglite", dataDir: dir }, files, TARGET_PER_SECOND[kind]);
  fs.rmSync(dir, { recursive: true, force: true });
  const pgdb = await pgTarget();
  if (pgdb) {
    await measure(`PostgreSQL ${kind}`, pgdb.target, files, TARGET_PER_SECOND[kind]);
    await pgdb.drop();
  }
}
await stopParsePool();
process.exit(0);
