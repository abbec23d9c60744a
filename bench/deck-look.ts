/**
 * Decks as a person sees them: builds the overview, a department and a comparison briefing from the database in
 * PGLITE_DATA_DIR (or DATABASE_URL), converts each with LibreOffice to PDF and each page to a PNG, and prints the
 * paths, so every slide can be looked at (`apt-get install -y libreoffice-impress poppler-utils`).
 *   PGLITE_DATA_DIR=/tmp/x node --experimental-wasm-modules --import tsx bench/deck-look.ts --year 2024 [--out bench/out/deck-look]
 * Stop any server on that data folder first (PGlite allows one process per folder).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { LOCAL_VIEWER } from "@/lib/auth/viewer";
import { setProcessDatabase } from "@/lib/db/client";
import { openMigratedDatabase } from "@/lib/db/open-migrated";
import { renderBriefing } from "@/lib/export/briefing";
import { compareDeckPlan } from "@/lib/export/deck-compare";
import { departmentDeckPlan } from "@/lib/export/deck-department";
import { overviewDeckPlan } from "@/lib/export/deck-overview";
import type { DeckPlan } from "@/lib/export/deck-plan";
import { getCompareDeckData } from "@/lib/queries/deck/get-compare-deck-data";
import { getDepartmentDeckData } from "@/lib/queries/deck/get-department-deck-data";
import { getOverviewDeckData } from "@/lib/queries/deck/get-overview-deck-data";
import { listDepartments } from "@/lib/queries/department/list-departments";
import { resolveRegionViewer } from "@/lib/queries/region/region-scope";

const { values } = parseArgs({
  options: {
    year: { type: "string", default: "2024" },
    out: { type: "string", default: "bench/out/deck-look" },
    dpi: { type: "string", default: "60" },
  },
});
const year = Number(values.year);
const out = path.resolve(values.out);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/** PPTX → PDF (LibreOffice, headless) → one PNG per slide; returns the PNG paths in slide order. */
function look(name: string, bytes: Uint8Array): string[] {
  const pptx = path.join(out, `${name}.pptx`);
  writeFileSync(pptx, bytes);
  const t0 = performance.now();
  execFileSync("libreoffice", ["--headless", "--convert-to", "pdf", "--outdir", out, pptx], { stdio: "ignore", timeout: 180_000 });
  execFileSync("pdftoppm", ["-png", "-r", values.dpi, path.join(out, `${name}.pdf`), path.join(out, name)]);
  const pages = readdirSync(out).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png")).sort();
  console.log(`${name}: ${pages.length} slides, ${(bytes.length / 1024).toFixed(0)} KiB, converted in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return pages.map((p) => path.join(out, p));
}

const db = await openMigratedDatabase({ role: "bench deck-look" });
try {
  setProcessDatabase(db);
  const viewer = await resolveRegionViewer(LOCAL_VIEWER, {});
  const list = await listDepartments(LOCAL_VIEWER, { sort: "years" });
  const withYear = list.filter((d) => d.years.includes(year));
  const plans: Array<[string, DeckPlan | null]> = [];
  const overview = await getOverviewDeckData(viewer, year);
  plans.push(["overview", overview === null ? null : overviewDeckPlan(overview, new Date())]);
  // The department with the most years (a trend on every slide) and a real sample report (sparser figures).
  const department = withYear[0];
  const real = withYear.find((d) => !d.name.startsWith("示例")) ?? withYear[1];
  for (const [name, d] of [["department", department], ["department-real", real]] as const) {
    if (d === undefined) continue;
    const data = await getDepartmentDeckData(viewer, d.id, year);
    plans.push([name, data === null ? null : departmentDeckPlan(data, new Date())]);
  }
  const ids = withYear.slice(0, 4).map((d) => d.id);
  const compare = ids.length >= 2 ? await getCompareDeckData(viewer, ids, year) : null;
  plans.push(["compare", compare === null ? null : compareDeckPlan(compare, new Date())]);
  for (const [name, plan] of plans) {
    if (plan === null) {
      console.log(`${name}: no data for ${year}`);
      continue;
    }
    for (const file of look(name, await renderBriefing(plan))) console.log(`  ${file}`);
  }
} finally {
  await db.close();
}
process.exit(0);
