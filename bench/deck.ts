/**
 * Time to build a department briefing deck from real queries (getDepartmentDeckData → departmentDeckPlan → server
 * chart images → pptxgenjs), median over N runs, at `--departments` × `--years` seeded with bench/lib/seed-fast.ts.
 * The demo department's deck has 9 content slides plus title and closing slide; `--png false` measures SVG images.
 * PGlite by default; PostgreSQL when TEST_DATABASE_URL is set (a fresh database is created and dropped).
 *   node --experimental-wasm-modules --import tsx bench/deck.ts --departments 200 --years 2020-2024 --runs 15
 */
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { LOCAL_VIEWER } from "@/lib/auth/viewer";
import { setProcessDatabase } from "@/lib/db/client";
import { openMigratedDatabase } from "@/lib/db/open-migrated";
import { renderBriefing } from "@/lib/export/briefing";
import { departmentDeckPlan } from "@/lib/export/deck-department";
import { overviewDeckPlan } from "@/lib/export/deck-overview";
import { getDepartmentDeckData } from "@/lib/queries/deck/get-department-deck-data";
import { getOverviewDeckData } from "@/lib/queries/deck/get-overview-deck-data";
import { resolveRegionViewer } from "@/lib/queries/region/region-scope";
import { listDepartments } from "@/lib/queries/department/list-departments";
import { createTestTarget, dbLabel } from "../tests/integration/helpers/test-db";
import { summarize } from "./lib/stats";
import { seedFast } from "./lib/seed-fast";

const { values } = parseArgs({
  options: {
    departments: { type: "string", default: "200" },
    years: { type: "string", default: "2020-2024" },
    runs: { type: "string", default: "15" },
    png: { type: "string", default: "true" },
    out: { type: "string" },
  },
});
const [from, to] = values.years.split("-").map(Number) as [number, number];
const runs = Number(values.runs);
const png = values.png !== "false";

async function time(label: string, fn: () => Promise<Uint8Array>): Promise<Uint8Array> {
  let bytes = await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    bytes = await fn();
    samples.push(performance.now() - t0);
  }
  const s = summarize(samples);
  console.log(`${label.padEnd(44)} median ${s.median.toFixed(1)} ms  p95 ${s.p95.toFixed(1)} ms  ${(bytes.length / 1024).toFixed(0)} KiB  (n=${s.n})`);
  return bytes;
}

const target = await createTestTarget();
const db = await openMigratedDatabase({ target: target.target, role: "bench" });
try {
  setProcessDatabase(db);
  const seeded = await seedFast(db.prisma, { departments: Number(values.departments), years: [from, to], seed: 2024 });
  console.log(`${dbLabel}: seeded ${values.departments} departments × ${from}–${to} = ${seeded.reports} reports in ${(seeded.ms / 1000).toFixed(1)} s`);
  const list = await listDepartments(LOCAL_VIEWER, { sort: "years" });
  const viewer = await resolveRegionViewer(LOCAL_VIEWER, {});
  const department = list.find((d) => d.years.length === to - from + 1) ?? list[0];
  if (department === undefined) throw new Error("nothing seeded");
  const first = await getDepartmentDeckData(viewer, department.id, to);
  if (first === null) throw new Error(`no ${to} data for department #${department.id}`);
  const slides = departmentDeckPlan(first, new Date()).slides.length;
  console.log(`department #${department.id} ${department.name}: ${slides} content slides + title + closing, images as ${png ? "PNG" : "SVG"}`);
  const deck = await time(`department deck, ${slides + 2} slides (queries → PPTX)`, async () => {
    const data = await getDepartmentDeckData(viewer, department.id, to);
    return renderBriefing(departmentDeckPlan(data!, new Date()), { png });
  });
  await time(`overview deck (${values.departments} departments)`, async () => {
    const data = await getOverviewDeckData(viewer, to);
    return renderBriefing(overviewDeckPlan(data!, new Date()), { png });
  });
  if (values.out !== undefined) writeFileSync(values.out, deck);
} finally {
  await db.close();
  await target.drop();
}
