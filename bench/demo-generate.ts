/**
 * Demo generation throughput: `npx tsx bench/demo-generate.ts [--large]`.
 * Measures model generation, text rendering and XLSX rendering separately, in reports/s and MB of output. The XLSX
 * pass renders a sample (it is ~100× slower than text) and extrapolates; --large adds 10,000 departments × 10 years.
 */
import { performance } from "node:perf_hooks";
import { buildDepartmentSpecs } from "@/lib/demo/department-specs";
import { generateCity, generateDepartmentReports } from "@/lib/demo/generate-city";
import { createRng } from "@/lib/demo/prng";
import { renderReportText } from "@/lib/demo/render-text";
import { renderReportXlsx } from "@/lib/demo/render-xlsx";

const XLSX_SAMPLE = 200;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const rate = (n: number, ms: number) => Math.round((n / ms) * 1000);

async function run(departments: number, years: [number, number]): Promise<void> {
  const t0 = performance.now();
  const city = generateCity({ departments, years, seed: 1 });
  const t1 = performance.now();
  let textBytes = 0;
  for (const report of city.reports) textBytes += Buffer.byteLength(renderReportText(report));
  const t2 = performance.now();
  const sample = city.reports.slice(0, XLSX_SAMPLE);
  let xlsxBytes = 0;
  for (const report of sample) xlsxBytes += (await renderReportXlsx(report)).byteLength;
  const t3 = performance.now();
  const n = city.reports.length;
  const xlsxPerReport = (t3 - t2) / sample.length;
  console.log(
    `${departments} departments × ${years[1] - years[0] + 1} years = ${n} reports | ` +
      `model ${(t1 - t0).toFixed(0)} ms (${rate(n, t1 - t0)}/s) | ` +
      `text ${(t2 - t1).toFixed(0)} ms (${rate(n, t2 - t1)}/s, ${mb(textBytes)} MB) | ` +
      `xlsx ${sample.length} in ${(t3 - t2).toFixed(0)} ms (${rate(sample.length, t3 - t2)}/s, ` +
      `≈${mb((xlsxBytes / sample.length) * n)} MB and ≈${((xlsxPerReport * n) / 1000).toFixed(0)} s for all ${n})`,
  );
}

/** 100,000 reports do not fit comfortably in one array; stream them department by department instead. */
function runStreaming(departments: number, years: [number, number]): void {
  const t0 = performance.now();
  const { specs } = buildDepartmentSpecs(departments, years, createRng(1).fork("departments"));
  const byId = new Map(specs.map((s) => [s.lineageId, s]));
  let reports = 0;
  let textBytes = 0;
  for (const spec of specs) {
    for (const report of generateDepartmentReports(spec, byId, years, 1)) {
      reports += 1;
      textBytes += Buffer.byteLength(renderReportText(report));
    }
  }
  const ms = performance.now() - t0;
  console.log(`${departments} departments × ${years[1] - years[0] + 1} years = ${reports} reports, model + text streamed: ${(ms / 1000).toFixed(1)} s (${rate(reports, ms)}/s, ${mb(textBytes)} MB)`);
}

await run(100, [2019, 2024]);
await run(1000, [2019, 2024]);
if (process.argv.includes("--large")) runStreaming(10000, [2015, 2024]);
