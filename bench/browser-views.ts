/**
 * What a real browser's page view asks of the server: the document, and every request the page's scripts send after
 * it (prefetches of the links it shows, chart data) while the page loads and is scrolled, with the server's CPU for
 * the view when its process ids are given. load.ts fetches documents alone; a browser showing the department list sent
 * 80 prefetch requests on top of it before links stopped prefetching (components/layout/app-link.tsx).
 * Static files are fetched once per page before the clock runs (a returning browser has them cached).
 *   BENCH_URL=http://localhost:3000 node --import tsx bench/browser-views.ts [--pid 1234,1235] [--runs 3] [path …]
 * Needs Chromium at /usr/bin/chromium (CI installs it for the browser tests).
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { chromium, type Request } from "playwright-core";

const base = process.env.BENCH_URL ?? "http://localhost:3000";
if (!/^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(base)) throw new Error("benches only target loopback");
const { values, positionals } = parseArgs({ options: { pid: { type: "string", default: "" }, runs: { type: "string", default: "3" } }, allowPositionals: true });
const pids = values.pid === "" ? [] : values.pid.split(",").map(Number);
const runs = Number(values.runs);
const paths = positionals.length > 0 ? positionals : ["/", "/execution", "/sangong", "/departments", "/departments/1", "/compare?ids=1,2,3", "/explore?code=201"];

/** CPU milliseconds the server's processes have used (user + system), or null without --pid. */
function serverCpu(): number | null {
  if (pids.length === 0) return null;
  return pids.reduce((sum, pid) => {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return sum + (Number(fields[11]) + Number(fields[12])) * (1000 / 100);
  }, 0);
}

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
console.log(`browser page views against ${base}, ${runs} each (median; server CPU ${pids.length === 0 ? "not measured: --pid" : `of ${pids.join(", ")}`})`);
for (const path of paths) {
  const views: Array<{ requests: number; prefetches: number; cpu: number | null }> = [];
  for (let run = 0; run <= runs; run += 1) {
    const page = await context.newPage();
    let requests = 0;
    let prefetches = 0;
    const count = (r: Request) => {
      if (r.url().startsWith(`${base}/_next/static/`)) return;
      requests += 1;
      if (r.headers()["next-router-prefetch"] === "1") prefetches += 1;
    };
    page.on("request", count);
    const before = serverCpu();
    await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(1500);
    const after = serverCpu();
    await page.close();
    // The first view of each path fetches the static files and warms the server: not counted.
    if (run > 0) views.push({ requests, prefetches, cpu: before === null || after === null ? null : after - before });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const cpu = views.every((v) => v.cpu !== null) ? `, server CPU ${median(views.map((v) => v.cpu!)).toFixed(0)} ms` : "";
  console.log(`  ${path.padEnd(28)} requests ${median(views.map((v) => v.requests))} (prefetches ${median(views.map((v) => v.prefetches))})${cpu}`);
}
await browser.close();
