import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LOCAL_VIEWER } from "@/lib/auth/viewer";
import { setProcessDatabase, type Database } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { listExecutionByYear } from "@/lib/queries/execution/get-execution-by-year";
import { shapeExecutionByYear } from "@/lib/queries/execution/execution-years";
import { resolveRegionViewer } from "@/lib/queries/region/region-scope";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

/**
 * Report.execYearEntry is written by a row trigger; the by-year view reads it instead of turning the four execution
 * amounts into text. Every report's entry must be exactly what that expression gave, whoever wrote or changed the row.
 */
let db: Database;
let cleanup: () => Promise<void>;
let departmentId: number;
let docs = 0;

const d = (v: string | null) => (v === null ? null : new Prisma.Decimal(v));

/** The entry as the by-year statement computed it before the column existed, beside the stored one, for every report. */
async function expectEntriesMatchAmounts(): Promise<void> {
  const rows = await db.prisma.$queryRaw<Array<{ stored: string | null; computed: string }>>`
    SELECT r."execYearEntry" AS stored,
           r.year || ':' || COALESCE(r."execBudgetInitial"::text, '') || ':' || COALESCE(r."execActual"::text, '')
             || ':' || COALESCE(r."execBudgetFull"::text, '') || ':' || COALESCE(r."execActualFull"::text, '') AS computed
    FROM "Report" r`;
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row.stored).toBe(row.computed);
}

async function addReport(year: number, amounts: [string | null, string | null, string | null, string | null]): Promise<number> {
  docs += 1;
  const doc = await db.prisma.sourceDocument.create({
    data: { sha256: String(docs).padStart(64, "0"), fileName: `${docs}.txt`, mediaType: "text/plain", format: "text", size: 1, bytes: Buffer.from("x") },
  });
  const [execBudgetInitial, execActual, execBudgetFull, execActualFull] = amounts.map(d);
  const report = await db.prisma.report.create({
    data: {
      departmentId, year, scope: "本级", version: 1, currentKey: `${departmentId}:${year}:本级`, sourceDocumentId: doc.id, parsed: {},
      execBudgetInitial, execActual, execBudgetFull, execActualFull,
    },
  });
  return report.id;
}

describe(`each report's by-year entry, kept by a trigger, on ${dbLabel}`, () => {
  beforeAll(async () => {
    ({ db, cleanup } = await openTestDatabase());
    setProcessDatabase(db);
    departmentId = (await db.prisma.department.create({ data: { name: "甲局", normalizedName: "甲局" } })).id;
  }, 120_000);
  afterAll(async () => cleanup());

  test("written on insert, whatever the app sends for it, with missing amounts empty", async () => {
    await addReport(2023, ["100.00", "95.50", null, "95.50"]);
    const id = await addReport(2024, [null, null, null, null]);
    await db.prisma.$executeRaw`UPDATE "Report" SET "execYearEntry" = 'stale' WHERE id = ${id}`;
    await expectEntriesMatchAmounts();
    expect((await db.prisma.report.findUniqueOrThrow({ where: { id } })).execYearEntry).toBe("2024::::");
  });

  test("rewritten when the amounts or the year change, and read by the by-year view", async () => {
    const id = await addReport(2022, ["1.00", "2.00", "3.00", "4.00"]);
    await db.prisma.report.update({ where: { id }, data: { execActual: d("-0.50"), execBudgetFull: null } });
    await expectEntriesMatchAmounts();
    await db.prisma.report.updateMany({ where: { id }, data: { year: 2021, currentKey: `${departmentId}:2021:本级` } });
    await expectEntriesMatchAmounts();
    expect((await db.prisma.report.findUniqueOrThrow({ where: { id } })).execYearEntry).toBe("2021:1.00:-0.50::4.00");
    const years = await listExecutionByYear(await resolveRegionViewer(LOCAL_VIEWER, {}));
    expect(years.year).toEqual([2021, 2023, 2024]);
    // 2024 states no actual: a department-year without a cell against either budget.
    const cells = (basis: "initial" | "full") => shapeExecutionByYear(years, [], basis).cells.map((c) => [c.code, c.budget, c.actual]);
    expect(cells("initial")).toEqual([["2021", "1.00", "-0.50"], ["2023", "100.00", "95.50"]]);
    expect(cells("full")).toEqual([["2021", null, "4.00"], ["2023", null, "95.50"]]);
  });
});
