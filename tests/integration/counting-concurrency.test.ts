import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { openTestDatabase, usingPostgres } from "./helpers/test-db";

/**
 * Two transactions writing related departments at once (a 汇总 of a 部门 and a 本级 of its unit; two units merged into
 * one department) must leave the stored counting values as the rule computes them after both commit. Only a real server
 * runs transactions side by side (PGlite has one connection), so this runs on PostgreSQL: the first transaction writes
 * and stays open while the second writes, then both commit.
 */
let db: Database;
let cleanup: () => Promise<void>;
let docs = 0;
const ids: Record<string, number> = {};

async function addReport(tx: Prisma.TransactionClient, name: string, year: number, scope: string, actual: string): Promise<number> {
  docs += 1;
  const doc = await tx.sourceDocument.create({
    data: { sha256: `c${String(docs).padStart(63, "0")}`, fileName: `${docs}.txt`, mediaType: "text/plain", format: "text", size: 1, bytes: Buffer.from("x") },
  });
  const departmentId = ids[name]!;
  const report = await tx.report.create({
    data: { departmentId, year, scope, version: 1, currentKey: `${departmentId}:${year}:${scope}`, sourceDocumentId: doc.id, parsed: {}, expenditureTotal: actual, execActual: actual },
  });
  return report.id;
}

/** `first` writes and waits; `second` writes meanwhile (or waits for `first`); then `first` commits, then `second`. */
async function sideBySide(first: (tx: Prisma.TransactionClient) => Promise<unknown>, second: (tx: Prisma.TransactionClient) => Promise<unknown>): Promise<void> {
  let wrote!: () => void;
  let release!: () => void;
  const firstWrote = new Promise<void>((resolve) => (wrote = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  const one = db.prisma.$transaction(async (tx) => {
    await first(tx);
    wrote();
    await released;
  }, { timeout: 30_000 });
  await firstWrote;
  const two = db.prisma.$transaction((tx) => second(tx), { timeout: 30_000, maxWait: 30_000 });
  // Long enough for the second transaction's statements to run, had nothing made them wait.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  release();
  await Promise.all([one, two]);
}

const flag = async (id: number) => (await db.prisma.report.findUniqueOrThrow({ where: { id } })).countedForAll;
const facts = async (name: string, year: number) =>
  db.prisma.$queryRaw<Array<{ reportIds: string; expenditure: string | null }>>`
    SELECT "reportIds", expenditure::text FROM "DepartmentYearFacts" WHERE "departmentId" = ${ids[name]!} AND year = ${year}`;
const entries = async (name: string) =>
  (await db.prisma.departmentYearEntries.findUnique({ where: { departmentId: ids[name]! } }))?.entries ?? null;

describe.skipIf(!usingPostgres)("stored counting values under concurrent writers (PostgreSQL)", () => {
  beforeAll(async () => {
    ({ db, cleanup } = await openTestDatabase());
    for (const name of ["局", "中心", "站", "办", "署", "处"]) ids[name] = (await db.prisma.department.create({ data: { name, normalizedName: name } })).id;
    await db.prisma.department.updateMany({ where: { id: { in: [ids["中心"]!, ids["站"]!] } }, data: { parentId: ids["局"]! } });
    await db.prisma.department.updateMany({ where: { id: { in: [ids["署"]!, ids["处"]!] } }, data: { mergedIntoId: ids["办"]! } });
  }, 120_000);
  afterAll(async () => cleanup());

  test("a 部门's 汇总 and its unit's 本级 written at once: the unit's report is displaced, whichever writes first", async () => {
    let unit2024 = 0;
    await sideBySide((tx) => addReport(tx, "局", 2024, "汇总", "100"), async (tx) => (unit2024 = await addReport(tx, "中心", 2024, "本级", "40")));
    expect(await flag(unit2024)).toBe(false);
    expect(await facts("中心", 2024)).toEqual([]);
    let unit2023 = 0;
    await sideBySide(async (tx) => (unit2023 = await addReport(tx, "站", 2023, "本级", "30")), (tx) => addReport(tx, "局", 2023, "汇总", "90"));
    expect(await flag(unit2023)).toBe(false);
    expect(await facts("站", 2023)).toEqual([]);
    expect(await entries("站")).toBeNull();
  });

  // The target's facts are one row both refreshes write, so its row lock already made the second wait: kept as a check.
  test("two units merged into one department written at once: the target's facts hold both", async () => {
    let a = 0;
    let b = 0;
    await sideBySide(async (tx) => (a = await addReport(tx, "署", 2024, "本级", "5")), async (tx) => (b = await addReport(tx, "处", 2024, "本级", "7")));
    expect(await facts("办", 2024)).toEqual([{ reportIds: [a, b].sort((x, y) => x - y).join(","), expenditure: "12.00" }]);
  });
});
