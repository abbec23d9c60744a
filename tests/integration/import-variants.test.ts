import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Database } from "@/lib/db/client";
import { collectReportFiles } from "@/lib/cli/collect-files";
import { importFiles, summaryLines } from "@/lib/cli/import-files";
import { overrideFor, parseImportMap } from "@/lib/cli/import-overrides";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

const VARIANTS = "tests/fixtures/variants";
const READABLE = [
  ["name-cover-only-2024.txt", "上海市普陀区财政局"],
  ["name-overview-only-2024.txt", "上海市普陀区教育局"],
  ["name-toc-part-title-2024.txt", "上海市普陀区卫生健康委员会"],
  ["name-part-heading-trap-2024.txt", "上海市普陀区审计局"],
  ["script-traditional-2024.txt", "上海市普陀区民政局"],
  ["narrative-only-2024.txt", "上海市普陀区商务委员会"],
] as const;
const ASKED = ["kind-budget-2025.txt", "year-disagreement-2024.txt"];

let db: Database;
let cleanup: () => Promise<void>;
let folder: string;

beforeAll(async () => {
  ({ db, cleanup } = await openTestDatabase());
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "fl-variants-"));
  for (const name of [...READABLE.map(([file]) => file), ...ASKED]) fs.copyFileSync(path.join(VARIANTS, name), path.join(folder, name));
});
afterAll(async () => {
  fs.rmSync(folder, { recursive: true, force: true });
  await cleanup();
});

/** What `fiscal-lens import <folder>` runs: every file, no input, names and years from the documents. */
describe(`fiscal-lens import of a folder of report variants on ${dbLabel}`, () => {
  test("each readable report is imported under its full name with no input; a 预算 is refused; a year conflict waits for the user", async () => {
    const { files } = collectReportFiles([folder]);
    const results = await importFiles(db.prisma, files, { actor: "test", dryRun: false, override: () => ({}) });
    const byFile = new Map(results.map((r) => [path.basename(r.file), r.result]));
    for (const [file, department] of READABLE) expect(byFile.get(file), file).toMatchObject({ status: "imported", department, year: 2024 });
    expect(byFile.get("kind-budget-2025.txt")).toMatchObject({ status: "failed", error: { code: "budget_document" } });
    expect(byFile.get("year-disagreement-2024.txt")).toMatchObject({ status: "failed", error: { code: "needs_confirmation" } });

    const lines = summaryLines(results);
    expect(lines[0]).toContain("已导入 6");
    expect(lines[0]).toContain("待确认 1");
    expect(lines).toContainEqual(expect.stringContaining(`已导入 ${path.join(folder, "name-cover-only-2024.txt")} → 上海市普陀区财政局 2024 年度 第 1 版`));
    expect(await db.prisma.report.count()).toBe(6);
    expect((await db.prisma.department.findMany({ select: { name: true } })).map((d) => d.name).sort()).toEqual(READABLE.map(([, d]) => d).sort());
  });

  test("--map FILE.csv supplies what the document does not settle; the rest of the row stays the document's", async () => {
    const map = parseImportMap("file,department,year\nyear-disagreement-2024.txt,,2024\n", "map.csv");
    const file = path.join(folder, "year-disagreement-2024.txt");
    const [imported] = await importFiles(db.prisma, [file], { actor: "test", dryRun: false, override: (f) => overrideFor(f, map, null) });
    expect(imported?.result).toMatchObject({ status: "imported", department: "上海市普陀区司法局", year: 2024 });
  });
});
