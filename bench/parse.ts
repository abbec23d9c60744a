/**
 * Parse timings on the two samples: `npx tsx bench/parse.ts [runs]`. Prints median and p95 per stage; no assertions
 * (targets: < 50 ms for the text sample, < 1 s for a 30-page PDF).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseReport } from "@/lib/parsers/parse-report";
import { readPdfDocument } from "@/lib/parsers/pdf/read-pdf";
import { readTextDocument } from "@/lib/parsers/text/read-text";
import { validateReport } from "@/lib/validation";

const FIXTURES = path.resolve(import.meta.dirname, "../tests/fixtures");
const runs = Math.max(1, Number(process.argv[2] ?? 20));

async function time(label: string, work: () => unknown): Promise<void> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (share: number) => samples[Math.min(samples.length - 1, Math.ceil(share * samples.length) - 1)] ?? NaN;
  console.log(`${label.padEnd(44)} median ${at(0.5).toFixed(1).padStart(8)} ms   p95 ${at(0.95).toFixed(1).padStart(8)} ms`);
}

const PDF_NAME = "shanghai-putuo-shehuigongzuobu-2024.pdf";
const TEXT_NAME = "xianning-zhengfuban-2024.txt";
const pdf = new Uint8Array(readFileSync(path.join(FIXTURES, PDF_NAME)));
const textBytes = new Uint8Array(readFileSync(path.join(FIXTURES, TEXT_NAME)));
const text = new TextDecoder().decode(textBytes);

console.log(`runs per stage: ${runs} (after one warm-up run)`);
await time("text sample: read lines", () => readTextDocument(text));
await time("text sample: parseReport (parse + validate)", () => parseReport({ bytes: textBytes, fileName: TEXT_NAME }));
const textReport = await parseReport({ bytes: textBytes, fileName: TEXT_NAME });
await time("text sample: validateReport alone", () => validateReport(textReport));
await time("PDF sample (24 pages): read lines", () => readPdfDocument(pdf));
await time("PDF sample (24 pages): parseReport", () => parseReport({ bytes: pdf, fileName: PDF_NAME }));
