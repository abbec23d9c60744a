import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LOCAL_VIEWER } from "@/lib/auth/viewer";
import { setProcessDatabase, type Database } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { deleteReport } from "@/lib/ingest/delete-report";
import { getOverview } from "@/lib/queries/overview/get-overview";
import { getSangongCity } from "@/lib/queries/sangong/get-sangong-city";
import type { RegionViewer } from "@/lib/queries/region/region-scope";
import { countedReportsSql } from "@/lib/queries/scope-sql";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

/**
 * Report.countedForAll and DepartmentYearFacts are kept by triggers on Report and Department; the cross views read them
 * for viewers who see every department. After every kind of change the flag must equal the counting rule evaluated on
 * the reports themselves (the anti-joins a department-scoped viewer still goes through, here scoped to every department),
 * the facts the sums of those reports per department they count under and year, and the overview and 三公 must give a
 * viewer who sees everything exactly what they give one scoped to every department.
 */
let db: Database;
let cleanup: () => Promise<void>;
let docs = 0;
const ids: Record<string, number> = {};
const NAMES = ["局", "中心", "站", "厅", "办", "署"];
const region = { code: null, name: "未设置地区", sub: false, demo: false };
const everyone: RegionViewer = { ...LOCAL_VIEWER, region };

async function addReport(name: string, year: number, scope: string, actual: string, version = 1): Promise<number> {
  docs += 1;
  const departmentId = ids[name]!;
  const doc = await db.prisma.sourceDocument.create({
    data: { sha256: String(docs).padStart(64, "0"), fileName: `${docs}.txt`, mediaType: "text/plain", format: "text", size: 1, bytes: Buffer.from("x") },
  });
  const currentKey = `${departmentId}:${year}:${scope}`;
  await db.prisma.report.updateMany({ where: { currentKey }, data: { currentKey: null } });
  const amount = new Prisma.Decimal(actual);
  const report = await db.prisma.report.create({
    data: {
      departmentId, year, scope, version, currentKey, sourceDocumentId: doc.id, parsed: {},
      expenditureTotal: amount, sangongBudget: amount, sangongActual: amount, sangongReceptionActual: amount, execBudgetInitial: amount, execActual: amount,
    },
  });
  return report.id;
}

/** Every report's stored flag beside the rule's anti-joins, then the two views both ways. */
async function expectFlagsMatchRule(): Promise<void> {
  const all = (await db.prisma.department.findMany({ select: { id: true } })).map((d) => d.id);
  const scoped: RegionViewer = { ...everyone, role: "viewer", departmentIds: all };
  const rows = await db.prisma.$queryRaw<Array<{ id: number; stored: boolean; rule: boolean }>>`
    SELECT r.id, r."countedForAll" AS stored, (r.id IN (SELECT c.id FROM "Report" c WHERE ${countedReportsSql(scoped, "c")})) AS rule
    FROM "Report" r ORDER BY r.id`;
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.filter((r) => r.stored !== r.rule)).toEqual([]);
  const stored = await db.prisma.$queryRaw<unknown[]>`
    SELECT "departmentId", year, "isDemo", "reportIds", "errorCount", expenditure::text, "sangongActual"::text, "sangongReceptionActual"::text,
           "execActual"::text FROM "DepartmentYearFacts" ORDER BY 1, 2`;
  const summed = await db.prisma.$queryRaw<unknown[]>`
    SELECT COALESCE(d."mergedIntoId", d.id) AS "departmentId", r.year, bool_or(r."isDemo") AS "isDemo",
           string_agg(r.id::text, ',' ORDER BY r.id) AS "reportIds", SUM(r."errorCount")::int AS "errorCount",
           SUM(r."expenditureTotal")::text AS expenditure, SUM(r."sangongActual")::text AS "sangongActual",
           SUM(r."sangongReceptionActual")::text AS "sangongReceptionActual", SUM(r."execActual")::text AS "execActual"
    FROM "Report" r JOIN "Department" d ON d.id = r."departmentId" WHERE ${countedReportsSql(scoped, "r")} GROUP BY 1, 2 ORDER BY 1, 2`;
  expect(stored).toEqual(summed);
  expect(await getOverview(everyone, "2024")).toEqual(await getOverview(scoped, "2024"));
  expect(await getOverview(everyone, "2023")).toEqual(await getOverview(scoped, "2023"));
  expect(await getSangongCity(everyone, {})).toEqual(await getSangongCity(scoped, {}));
}

const counted = async (id: number) => (await db.prisma.report.findUniqueOrThrow({ where: { id } })).countedForAll;

describe(`each report's city-wide counting flag, kept by triggers, on ${dbLabel}`, () => {
  beforeAll(async () => {
    process.env.FISCAL_LENS_DATA_CACHE_MB = "0";
    ({ db, cleanup } = await openTestDatabase());
    setProcessDatabase(db);
    for (const name of NAMES) ids[name] = (await db.prisma.department.create({ data: { name, normalizedName: name } })).id;
    // 中心 and 站 are 所属单位 of 局.
    await db.prisma.department.updateMany({ where: { id: { in: [ids["中心"]!, ids["站"]!] } }, data: { parentId: ids["局"]! } });
  }, 120_000);
  afterAll(async () => cleanup());

  test("inserts, a 汇总 displacing its 本级 and its units, new versions, amounts edited in place", async () => {
    for (const name of NAMES) {
      await addReport(name, 2023, "本级", "10.00");
      await addReport(name, 2024, "本级", "20.50");
    }
    await addReport("厅", 2024, "单位", "1.25");
    await expectFlagsMatchRule();
    ids.summary = await addReport("局", 2024, "汇总", "99.00");
    await expectFlagsMatchRule();
    const unit = await db.prisma.report.findFirstOrThrow({ where: { departmentId: ids["中心"]!, year: 2024 } });
    expect(await counted(unit.id)).toBe(false);
    expect(await counted(ids.summary)).toBe(true);
    const older = await addReport("中心", 2023, "本级", "11.00", 2);
    await expectFlagsMatchRule();
    expect(await counted(older)).toBe(true);
    await db.prisma.report.updateMany({ where: { departmentId: ids["厅"]!, scope: "单位" }, data: { sangongActual: new Prisma.Decimal("2.00") } });
    await expectFlagsMatchRule();
    // A 汇总 of 厅 displaces its own 本级 and 单位 reports (it has no units).
    await addReport("厅", 2024, "汇总", "30.00");
    await expectFlagsMatchRule();
  });

  test("one statement over several departments; a 汇总's year or scope changed; a writer setting the flag", async () => {
    await db.prisma.report.updateMany({ where: { year: 2023, scope: "本级" }, data: { currentKey: null } });
    await expectFlagsMatchRule();
    await db.prisma.$executeRaw`UPDATE "Report" SET "currentKey" = "departmentId" || ':' || year || ':' || scope
      WHERE year = 2023 AND scope = '本级' AND version = 1 AND "departmentId" <> ${ids["中心"]!}`;
    await db.prisma.$executeRaw`UPDATE "Report" SET "currentKey" = "departmentId" || ':' || year || ':' || scope
      WHERE year = 2023 AND scope = '本级' AND version = 2`;
    await expectFlagsMatchRule();
    await db.prisma.report.update({ where: { id: ids.summary! }, data: { year: 2023, currentKey: `${ids["局"]!}:2023:汇总` } });
    await expectFlagsMatchRule();
    await db.prisma.report.update({ where: { id: ids.summary! }, data: { scope: "单位", currentKey: `${ids["局"]!}:2023:单位` } });
    await expectFlagsMatchRule();
    await db.prisma.report.update({ where: { id: ids.summary! }, data: { year: 2024, scope: "汇总", currentKey: `${ids["局"]!}:2024:汇总` } });
    await expectFlagsMatchRule();
    await db.prisma.$executeRaw`UPDATE "Report" SET "countedForAll" = NOT "countedForAll"`;
    await expectFlagsMatchRule();
  });

  test("a unit leaving and joining 部门, a merge, deleted reports and a deleted 部门", async () => {
    await db.prisma.department.update({ where: { id: ids["站"]! }, data: { parentId: null } });
    await expectFlagsMatchRule();
    await db.prisma.department.update({ where: { id: ids["站"]! }, data: { parentId: ids["局"]! } });
    await db.prisma.department.update({ where: { id: ids["署"]! }, data: { parentId: ids["厅"]! } });
    await expectFlagsMatchRule();
    await db.prisma.department.update({ where: { id: ids["办"]! }, data: { mergedIntoId: ids["厅"]! } });
    await expectFlagsMatchRule();
    await deleteReport(db.prisma, ids.summary!, "test");
    await expectFlagsMatchRule();
    const last = await db.prisma.report.findFirstOrThrow({ where: { departmentId: ids["办"]!, year: 2024 } });
    await deleteReport(db.prisma, last.id, "test");
    await expectFlagsMatchRule();
    // 厅 deleted with its reports: its unit 署 loses its 部门 (parentId set to NULL) and counts again, and 办, merged
    // into it, counts on its own again.
    await db.prisma.department.delete({ where: { id: ids["厅"]! } });
    await expectFlagsMatchRule();
    const own = await db.prisma.report.findFirstOrThrow({ where: { departmentId: ids["署"]!, year: 2024 } });
    expect(await counted(own.id)).toBe(true);
    // A department merged into 局, then into 署, then deleted: its reports leave the facts of where they counted.
    ids["所"] = (await db.prisma.department.create({ data: { name: "所", normalizedName: "所", mergedIntoId: ids["局"]! } })).id;
    await addReport("所", 2024, "本级", "7.00");
    await expectFlagsMatchRule();
    await db.prisma.department.update({ where: { id: ids["所"]! }, data: { mergedIntoId: ids["署"]! } });
    await expectFlagsMatchRule();
    await db.prisma.department.delete({ where: { id: ids["所"]! } });
    await expectFlagsMatchRule();
  });
});
