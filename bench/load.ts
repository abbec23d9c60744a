/**
 * Load test: N concurrent simulated users walk the dashboard pages and APIs for D seconds against a running app on
 * loopback, optionally importing one large PDF halfway through. Prints requests/s, latency percentiles and errors.
 * Like autocannon, each user is one keep-alive connection that reads the (gzip-compressed, as browsers ask for it)
 * body to the end without decoding it: the numbers measure the server, not this client's decompression.
 *   BENCH_URL=http://localhost:3000 node --import tsx bench/load.ts [users=50] [seconds=60] [--token fl_… | --auth user:pass] [--import file.pdf]
 * `--token` sends a personal API token (`fiscal-lens user token <name>`) as `Authorization: Bearer` on every request,
 * `--auth` HTTP Basic credentials (one throttled scrypt check per request); without either the requests are anonymous.
 * Start the app first, e.g. on PostgreSQL seeded by bench/seed.ts:
 *   DATABASE_URL=… FISCAL_LENS_AUTH=required FISCAL_LENS_DEMO=0 node lib/cli/bin.mjs start
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import { summarize } from "./lib/stats";

const base = process.env.BENCH_URL ?? "http://localhost:3000";
if (!/^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(base)) throw new Error("load tests only target loopback");
const users = Number(process.argv[2] ?? 50);
const seconds = Number(process.argv[3] ?? 60);
const importIdx = process.argv.indexOf("--import");
const importFile = importIdx > 0 ? process.argv[importIdx + 1] : undefined;
const authIdx = process.argv.indexOf("--auth");
const auth = authIdx > 0 ? process.argv[authIdx + 1] : undefined;
const tokenIdx = process.argv.indexOf("--token");
const token = tokenIdx > 0 ? process.argv[tokenIdx + 1] : undefined;
const credentials: Record<string, string> = token
  ? { authorization: `Bearer ${token}` }
  : auth
    ? { authorization: `Basic ${Buffer.from(auth).toString("base64")}` }
    : {};

async function json<T>(path: string): Promise<T> {
  const res = await fetch(`${base}${path}`, { headers: credentials });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

const list = await json<{ departments: Array<{ id: number }> } | Array<{ id: number }>>("/api/departments");
const ids = (Array.isArray(list) ? list : list.departments).map((d) => d.id);
if (ids.length === 0) throw new Error("no departments: seed the database first (bench/seed.ts)");
const pick = (i: number) => ids[(i * 7919) % ids.length]!;
// A browser showing /execution then fetches its two heatmaps' figures (heatmapColumnsHref): both are in the walk.
const paths = (i: number): string[] => [
  "/", "/execution", "/api/analytics/execution?format=columns&view=code", "/api/analytics/execution?format=columns&view=years", "/sangong", `/departments/${pick(i)}`, "/departments", `/compare?ids=${pick(i)},${pick(i + 1)},${pick(i + 2)}`,
  "/explore?code=201", "/api/analytics/overview", `/api/departments/${pick(i)}`, `/api/analytics/structure?department=${pick(i)}`,
  "/api/analytics/execution?level=类",
];

const latencies: number[] = [];
/** Latencies per kind of request (the path without its query string or ids), to show which page holds the rest back. */
const byPage = new Map<string, number[]>();
const pageOf = (path: string) => path.split("?")[0]!.replace(/\/\d+$/, "/{id}");
const duringImport: number[] = [];
let errors = 0;
let importing = false;
const statusCounts = new Map<number, number>();
const deadline = Date.now() + seconds * 1000;

const agent = new http.Agent({ keepAlive: true, maxSockets: users });

/** One GET read to the end; resolves with the status (0 when the connection failed). */
function get(path: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(`${base}${path}`, {
      agent,
      headers: { accept: path.startsWith("/api") ? "application/json" : "text/html", "accept-encoding": "gzip", ...credentials },
    }, (res) => {
      res.on("data", () => undefined);
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", () => resolve(0));
    });
    req.on("error", () => resolve(0));
  });
}

async function user(u: number): Promise<void> {
  let i = u;
  while (Date.now() < deadline) {
    const list = paths(i++);
    const path = encodeURI(list[i % list.length]!);
    const started = performance.now();
    const status = await get(path);
    statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);
    if (status === 0 || status >= 400) errors++;
    const ms = performance.now() - started;
    latencies.push(ms);
    const page = pageOf(path);
    byPage.set(page, [...(byPage.get(page) ?? []), ms]);
    if (importing) duringImport.push(ms);
  }
}

async function importDuringLoad(): Promise<string> {
  if (!importFile) return "";
  await new Promise((r) => setTimeout(r, (seconds * 1000) / 3));
  const form = new FormData();
  form.append("file", new File([fs.readFileSync(importFile)], `load-${Date.now()}-${importFile.split("/").pop()}`));
  importing = true;
  const started = performance.now();
  const res = await fetch(`${base}/api/reports`, {
    method: "POST", body: form, headers: credentials,
  });
  importing = false;
  return `import during load: HTTP ${res.status} in ${((performance.now() - started) / 1000).toFixed(1)} s`;
}

const started = performance.now();
const [, importNote] = await Promise.all([Promise.all(Array.from({ length: users }, (_, u) => user(u))), importDuringLoad()]);
const elapsed = (performance.now() - started) / 1000;
const s = summarize(latencies);
const via = token ? "API token" : auth ? "HTTP Basic" : "anonymous";
console.log(`${users} users × ${seconds} s against ${base} (${ids.length} departments, ${via})`);
console.log(`requests ${s.n}, ${(s.n / elapsed).toFixed(1)} req/s, errors ${errors}, statuses ${JSON.stringify(Object.fromEntries(statusCounts))}`);
console.log(`latency ms: p50 ${s.median.toFixed(0)}  p95 ${s.p95.toFixed(0)}  p99 ${s.p99.toFixed(0)}`);
for (const [page, times] of [...byPage].sort((a, b) => summarize(b[1]).median - summarize(a[1]).median)) {
  const p = summarize(times);
  console.log(`  ${page.padEnd(32)} n ${String(p.n).padStart(5)}  p50 ${p.median.toFixed(0).padStart(6)}  p95 ${p.p95.toFixed(0).padStart(6)} ms`);
}
// Issue 17's targets (response cache off, 1,000 departments × 10 years on PostgreSQL, 50 users); the load says how
// much of the two cores the server had.
const rps = s.n / elapsed;
const met = (ok: boolean) => (ok ? "met" : "NOT met");
console.log(`targets: ≥ 100 req/s ${met(rps >= 100)}, p95 ≤ 300 ms ${met(s.p95 <= 300)}, 0 errors ${met(errors === 0)} (load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")})`);
if (importNote) {
  const d = summarize(duringImport);
  console.log(`${importNote}; latency while importing: p50 ${d.median.toFixed(0)} p95 ${d.p95.toFixed(0)} ms over ${d.n} requests`);
}
