import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LOCAL_VIEWER } from "@/lib/auth/viewer";
import { setProcessDatabase, type Database } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { deleteReport } from "@/lib/ingest/delete-report";
import { listExecutionByYear } from "@/lib/queries/execution/get-execution-by-year";
import { shapeExecutionByYear } from "@/lib/queries/execution/execution-years";
import type { RegionViewer } from "@/lib/queries/region/region-scope";
import { countedReportsSql } from "@/lib/queries/scope-sql";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

/**
 * DepartmentYearEntries is kept by triggers on Report and Department; the by-year view reads it for viewers who see
 * every department. After every kind of change it must equal the counting rule applied to the reports themselves, and
 * the view must give such a viewer exactly what the per-report statement gives a viewer scoped to every department.
 */
let db: Database;
let cleanup: () => Promise<void>;
let docs = 0;
const ids: Record<string, number> = {};
const region = { code: null, name: "未设置地区", sub: false, demo: false };
const everyone: RegionViewer = { ...LOCAL_VIEWER, region };

async function addReport(name: string, year: number, scope: string, actual: string | null, options: { version?: number; isDemo?: boolean } = {}): Promise<number> {
  docs += 1;
  const departmentId = ids[name]!;
  const doc = await db.prisma.sourceDocument.create({
    data: { sha256: String(docs).padStart(64, "0"), fileName: `${docs}.txt`, mediaType: "text/plain", format: "text", size: 1, bytes: Buffer.from("x") },
  });
  const currentKey = `${departmentId}:${year}:${scope}`;
  await db.prisma.report.updateMany({ where: { currentKey }, data: { currentKey: null } });
  const amount = actual === null ? null : new Prisma.Decimal(actual);
  const report = await db.prisma.report.create({
    data: {
      departmentId, year, scope, version: options.version ?? 1, currentKey, sourceDocumentId: doc.id, parsed: {}, isDemo: options.isDemo ?? false,
      execBudgetInitial: amount, execActual: amount, execActualFull: amount,
    },
  });
  return report.id;
}

/** The stored entries beside the counting rule over the reports, and the view both ways. */
async function expectEntriesMatchReports(): Promise<void> {
  const stored = await db.prisma.departmentYearEntries.findMany({ orderBy: { departmentId: "asc" } });
  const direct = await db.prisma.$queryRaw<Array<{ departmentId: number; isDemo: boolean; entries: string }>>`
    SELECT r."departmentId", bool_or(r."isDemo") AS "isDemo", string_agg(r."execYearEntry", ';' ORDER BY r.year, r.id) AS entries
    FROM "Report" r WHERE ${countedReportsSql(everyone, "r")} GROUP BY 1 ORDER BY 1`;
  expect(stored).toEqual(direct);
  const all = (await db.prisma.department.findMany({ select: { id: true } })).map((d) => d.id);
  // The by-year heatmap against each budget, its cells in one order (the two statements' rows come in any order).
  const heatmaps = async (viewer: RegionViewer) => {
    const years = await listExecutionByYear(viewer);
    return (["initial", "full"] as const).map((basis) => {
      const dto = shapeExecutionByYear(years, [], basis);
      return { ...dto, departments: [...dto.departments].sort((a, b) => Number(a.id) - Number(b.id)), cells: [...dto.cells].sort((a, b) => Number(a.departmentId) - Number(b.departmentId) || Number(a.code) - Number(b.code)) };
    });
  };
  expect(await heatmaps(everyone)).toEqual(await heatmaps({ ...everyone, role: "viewer", departmentIds: all }));
}

describe(`each department's counted by-year entries, kept by triggers, on ${dbLabel}`, () => {
  beforeAll(async () => {
    process.env.FISCAL_LENS_DATA_CACHE_MB = "0";
    ({ db, cleanup } = await openTestDatabase());
    setProcessDatabase(db);
    for (const name of ["局", "中心", "站", "厅", "办"]) ids[name] = (await db.prisma.department.create({ data: { name, normalizedName: name } })).id;
    // 中心 and 站 are 所属单位 of 局.
    await db.prisma.department.updateMany({ where: { id: { in: [ids["中心"]!, ids["站"]!] } }, data: { parentId: ids["局"]! } });
  }, 120_000);
  afterAll(async () => cleanup());

  test("inserts, a 汇总 displacing its 本级 and its units, versions, amounts changed in place", async () => {
    for (const name of ["局", "中心", "站", "厅", "办"]) {
      await addReport(name, 2023, "本级", "10.00");
      await addReport(name, 2024, "本级", name === "站" ? null : "20.50", { isDemo: name === "厅" });
    }
    await addReport("厅", 2024, "单位", "1.25");
    await expectEntriesMatchReports();
    ids.summary = await addReport("局", 2024, "汇总", "99.00");
    await expectEntriesMatchReports();
    const stored = await db.prisma.departmentYearEntries.findUniqueOrThrow({ where: { departmentId: ids["中心"]! } });
    expect(stored.entries).toBe("2023:10.00:10.00::10.00");
    await addReport("中心", 2023, "本级", "11.00", { version: 2 });
    await expectEntriesMatchReports();
    await db.prisma.report.updateMany({ where: { departmentId: ids["厅"]!, scope: "单位" }, data: { execActual: new Prisma.Decimal("2.00") } });
    await expectEntriesMatchReports();
  });

  test("a unit leaving and rejoining its 部门, the 汇总 deleted, a merge, a deleted report, a version no longer current", async () => {
    await db.prisma.department.update({ where: { id: ids["站"]! }, data: { parentId: null } });
    await expectEntriesMatchReports();
    await db.prisma.department.update({ where: { id: ids["站"]! }, data: { parentId: ids["局"]! } });
    await expectEntriesMatchReports();
    await deleteReport(db.prisma, ids.summary!, "test");
    await expectEntriesMatchReports();
    await db.prisma.department.update({ where: { id: ids["办"]! }, data: { mergedIntoId: ids["厅"]! } });
    await expectEntriesMatchReports();
    const last = await db.prisma.report.findFirstOrThrow({ where: { departmentId: ids["办"]!, year: 2024 } });
    await deleteReport(db.prisma, last.id, "test");
    await expectEntriesMatchReports();
    await db.prisma.report.updateMany({ where: { departmentId: ids["办"]! }, data: { currentKey: null } });
    await expectEntriesMatchReports();
    expect(await db.prisma.departmentYearEntries.findUnique({ where: { departmentId: ids["办"]! } })).toBeNull();
  });
});
