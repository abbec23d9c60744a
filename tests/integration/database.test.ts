import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { connectDatabase } from "@/lib/db/client";
import { openDatabase } from "@/lib/db/adapters";
import { applyMigrations, diffMigrationsToSchema } from "@/lib/db/migrations";
import { openMigratedDatabase } from "@/lib/db/open-migrated";
import { DataDirBusyError } from "@/lib/db/pglite-lock";
import { createTestTarget, dbLabel, type TestDatabase } from "./helpers/test-db";

describe(`database on ${dbLabel}`, () => {
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await createTestTarget();
  });
  afterAll(async () => {
    await testDb.drop();
  });

  test("migrations apply from empty, are recorded like Prisma does, and are idempotent", async () => {
    const first = await openMigratedDatabase({ target: testDb.target, role: "vitest" });
    const committed = fs.readdirSync("prisma/migrations", { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(committed.slice(0, 3)).toEqual(["20261127150000_init", "20261127170005_report_execution_rollups", "20261127183416_data_version"]);
    expect(first.applied).toEqual(committed);
    const rows = await first.prisma.$queryRaw<Array<{ migration_name: string; finished_at: Date | null }>>`
      SELECT migration_name, finished_at FROM _prisma_migrations`;
    expect(rows).toHaveLength(committed.length);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    expect(await applyMigrations(first.factory)).toEqual([]);
    await first.close();
  });

  test("a department with a report and its lines round-trips with exact decimals, also through SQL sums", async () => {
    const db = await connectDatabase({ target: testDb.target, role: "vitest" });
    const { prisma } = db;
    const dept = await prisma.department.create({ data: { name: "咸宁市人民政府办公室", normalizedName: "咸宁市人民政府办公室" } });
    const doc = await prisma.sourceDocument.create({
      data: { sha256: "a".repeat(64), fileName: "x.txt", mediaType: "text/plain", format: "text", size: 3, bytes: Buffer.from("abc") },
    });
    const report = await prisma.report.create({
      data: {
        departmentId: dept.id, year: 2024, scope: "本级", version: 1, currentKey: `${dept.id}:2024:本级`,
        sourceDocumentId: doc.id, incomeTotal: new Prisma.Decimal("29079200.00"), parsed: {},
        functionLines: {
          create: [
            { table: "expenditure", code: "2010301", classCode: "201", level: "项", name: "行政运行", total: new Prisma.Decimal("29074000.00") },
            { table: "expenditure", code: "2010302", classCode: "201", level: "项", name: "一般行政管理事务", total: new Prisma.Decimal("5300.00") },
            { table: "expenditure", code: "2010303", classCode: "201", level: "项", name: "机关服务", total: new Prisma.Decimal("0.10") },
            { table: "expenditure", code: "2010399", classCode: "201", level: "项", name: "其他", total: new Prisma.Decimal("0.20") },
          ],
        },
      },
    });
    const stored = await prisma.report.findUniqueOrThrow({ where: { id: report.id } });
    expect(stored.incomeTotal?.toFixed(2)).toBe("29079200.00");
    const [sum] = await prisma.$queryRaw<Array<{ total: Prisma.Decimal }>>`
      SELECT SUM(total) AS total FROM "FunctionLine" WHERE "reportId" = ${report.id}`;
    expect(new Prisma.Decimal(sum!.total).toFixed(2)).toBe("29079300.30");
    const agg = await prisma.functionLine.aggregate({ where: { reportId: report.id }, _sum: { total: true } });
    expect(agg._sum.total?.toFixed(2)).toBe("29079300.30");
    await expect(
      prisma.report.create({
        data: { departmentId: dept.id, year: 2024, scope: "本级", version: 2, currentKey: `${dept.id}:2024:本级`, sourceDocumentId: doc.id, parsed: {} },
      }),
    ).rejects.toThrow();
    await db.close();
  });
});

describe("schema drift check", () => {
  test("committed migrations match schema.prisma", async () => {
    const shadow = await openDatabase({ kind: "pglite", dataDir: "memory://" });
    const result = await diffMigrationsToSchema(shadow.factory);
    await shadow.close();
    expect(result.sql).not.toMatch(/CREATE TABLE|ALTER TABLE|DROP/);
    expect(result.drift).toBe(false);
  });
});

describe.runIf(dbLabel === "PGlite")("PGlite data folder", () => {
  test("data survives a restart and a second process-level open is refused while the first holds it", async () => {
    const scratch = await createTestTarget();
    const first = await openMigratedDatabase({ target: scratch.target, role: "first" });
    await first.prisma.department.create({ data: { name: "示例市财政局", normalizedName: "示例市财政局" } });
    await first.close();

    const second = await connectDatabase({ target: scratch.target, role: "second" });
    expect(await second.prisma.department.count()).toBe(1);
    const lockFile = await import("node:fs").then((fs) => fs.readFileSync(`${(scratch.target as { dataDir: string }).dataDir}/fiscal-lens.lock`, "utf8"));
    expect(JSON.parse(lockFile).role).toBe("second");
    await second.close();
    await scratch.drop();
  });

  test("a folder locked by another live process is refused with a clear message", async () => {
    const scratch = await createTestTarget();
    const dir = (scratch.target as { dataDir: string }).dataDir;
    const fs = await import("node:fs");
    fs.writeFileSync(`${dir}/fiscal-lens.lock`, JSON.stringify({ pid: process.ppid, role: "web server", startedAt: "2026-01-01" }));
    await expect(connectDatabase({ target: scratch.target })).rejects.toBeInstanceOf(DataDirBusyError);
    await expect(connectDatabase({ target: scratch.target })).rejects.toThrow(/正被进程/);
    await scratch.drop();
  });
});
