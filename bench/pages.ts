/**
 * Each page's server time, one request at a time, and its gzip size: issue 17's "every page ≤ 100 ms of server time
 * uncached at 1,000 departments and ≤ 150 KB gzip". Run against a server with the response cache off; the first
 * request of each page (`cold`: also the process warming up) computes its data, the others render with the data of
 * the same scope shared (lib/queries/page-data-cache.ts). With FISCAL_LENS_DATA_CACHE_MB=0 every request is uncached.
 *   BENCH_URL=http://localhost:3000 node --import tsx bench/pages.ts [requests per page=20] [--scope=region=9901&sub=1]
 * `--scope` adds its query to every page (e.g. a whole city with its districts at 10,000 departments, whose target is
 * ≤ 300 ms); the department ids then come from that scope.
 */
import http from "node:http";
import os from "node:os";
import { parseArgs } from "node:util";
import { summarize } from "./lib/stats";

const base = process.env.BENCH_URL ?? "http://localhost:3000";
if (!/^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(base)) throw new Error("benches only target loopback");
const { values, positionals } = parseArgs({ options: { scope: { type: "string", default: "" } }, allowPositionals: true });
const runs = Number(positionals[0] ?? 20);
const scope = values.scope;
const scoped = (path: string) => (scope === "" ? path : `${path}${path.includes("?") ? "&" : "?"}${scope}`);
const target = scope === "" ? 100 : 300;

/** One GET read to the end: status, milliseconds, compressed bytes. */
function get(path: string): Promise<{ status: number; ms: number; bytes: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http.get(`${base}${path}`, { headers: { "accept-encoding": "gzip", accept: path.startsWith("/api") ? "application/json" : "text/html" } }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, bytes }));
    }).on("error", reject);
  });
}

const list = await fetch(`${base}${scoped("/api/departments")}`).then((r) => r.json() as Promise<Array<{ id: number }> | { departments: Array<{ id: number }> }>);
const ids = (Array.isArray(list) ? list : list.departments).map((d) => d.id);
const [a, b, c] = ids;
// /execution's two charts fetch their figures after the page (heatmapColumnsHref): timed beside it.
const pages = [
  "/", "/execution", "/api/analytics/execution?format=columns&view=code", "/api/analytics/execution?format=columns&view=years",
  "/execution?level=项", "/sangong", `/compare?ids=${a},${b},${c}`, "/departments", "/explore?code=201", `/departments/${a}`,
];
console.log(`${ids.length} departments${scope === "" ? "" : ` (${scope})`}, ${runs} requests per page, load ${os.loadavg()[0]!.toFixed(1)}`);
for (const page of pages) {
  const path = encodeURI(scoped(page));
  const first = await get(path);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push((await get(path)).ms);
  const s = summarize(times);
  const kb = first.bytes / 1024;
  console.log(`${page.padEnd(52)} HTTP ${first.status}  cold ${first.ms.toFixed(0).padStart(5)} ms  median ${s.median.toFixed(0).padStart(4)} ms  p95 ${s.p95.toFixed(0).padStart(4)} ms (≤ ${target}: ${s.median <= target ? "met" : "NOT met"})  ${kb.toFixed(1).padStart(6)} KB gzip (≤ 150: ${kb <= 150 ? "met" : "NOT met"})`);
}
