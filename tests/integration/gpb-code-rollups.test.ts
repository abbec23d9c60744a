import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LOCAL_VIEWER } from "@/lib/auth/viewer";
import { setProcessDatabase, type Database } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { deleteReport } from "@/lib/ingest/delete-report";
import { Decimal } from "@/lib/money";
import { getExecutionHeatmap } from "@/lib/queries/execution/get-execution-heatmap";
import { resolveRegionViewer, type RegionViewer } from "@/lib/queries/region/region-scope";
import type { FunctionLevel } from "@/lib/charts/dto";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

/**
 * GpbCodeRollup is kept by triggers on FunctionLine; the 执行率 heatmap reads it instead of the lines. Both are checked
 * against the lines themselves: the stored rollups against sums computed here in JavaScript, the heatmap's cells and
 * names against the aggregation over the lines that the heatmap ran before the rollups existed.
 */
type Line = { code: string; level: FunctionLevel; name: string; total?: string | null; budgetInitial?: string; budgetFull?: string; table?: string };

const d = (v: string | null | undefined) => (v === null || v === undefined ? null : new Prisma.Decimal(v));
let db: Database;
let cleanup: () => Promise<void>;
let viewer: RegionViewer;
let docs = 0;

async function addReport(departmentId: number, lines: Line[], version = 1): Promise<number> {
  docs += 1;
  const doc = await db.prisma.sourceDocument.create({
    data: { sha256: String(docs).padStart(64, "0"), fileName: `${docs}.txt`, mediaType: "text/plain", format: "text", size: 1, bytes: Buffer.from("x") },
  });
  const currentKey = `${departmentId}:2024:本级`;
  await db.prisma.report.updateMany({ where: { currentKey }, data: { currentKey: null } });
  const report = await db.prisma.report.create({
    data: {
      departmentId, year: 2024, scope: "本级", version, currentKey, sourceDocumentId: doc.id, parsed: {},
      functionLines: {
        create: lines.map((l) => ({
          table: l.table ?? "gpb", code: l.code, classCode: l.code.slice(0, 3), level: l.level, name: l.name,
          total: d(l.total), budgetInitial: d(l.budgetInitial), budgetFull: d(l.budgetFull),
        })),
      },
    },
  });
  return report.id;
}

/** The stored rollups must equal the lines of each report summed here, NULL where no line gives a value. */
async function expectRollupsMatchLines(): Promise<void> {
  const lines = await db.prisma.functionLine.findMany({ where: { table: "gpb" } });
  interface Want {
    name: string | null; budgetInitial: string | null; initialItems: number; actualInitial: string | null;
    budgetFull: string | null; fullItems: number; actualFull: string | null; actual: string | null; items: number;
  }
  const want = new Map<string, Want>();
  const add = (a: string | null, b: Prisma.Decimal | null) => (b === null ? a : new Decimal(a ?? 0).plus(b.toString()).toFixed(2));
  const row = (reportId: number, level: string, code: string): Want => {
    const key = `${reportId}|${level}|${code}`;
    const empty = { name: null, budgetInitial: null, initialItems: 0, actualInitial: null, budgetFull: null, fullItems: 0, actualFull: null, actual: null, items: 0 };
    return want.get(key) ?? want.set(key, empty).get(key)!;
  };
  for (const l of lines) {
    if (["类", "款", "项"].includes(l.level)) {
      const r = row(l.reportId, l.level, l.code);
      r.name = r.name === null || l.name < r.name ? l.name : r.name;
    }
    if (l.level !== "项") continue;
    for (const [level, length] of [["类", 3], ["款", 5], ["项", 7]] as const) {
      const r = row(l.reportId, level, l.code.slice(0, length));
      r.items += 1;
      r.actual = add(r.actual, l.total);
      if (l.budgetInitial !== null) {
        r.budgetInitial = add(r.budgetInitial, l.budgetInitial);
        r.initialItems += 1;
        r.actualInitial = add(r.actualInitial, l.total);
      }
      if (l.budgetFull !== null) {
        r.budgetFull = add(r.budgetFull, l.budgetFull);
        r.fullItems += 1;
        r.actualFull = add(r.actualFull, l.total);
      }
    }
  }
  const stored = await db.prisma.gpbCodeRollup.findMany();
  const got = new Map(stored.map(({ reportId, level, code, ...rest }) => [
    `${reportId}|${level}|${code}`,
    Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v instanceof Prisma.Decimal ? v.toFixed(2) : v])),
  ]));
  expect(Object.fromEntries(got)).toEqual(Object.fromEntries(want));
}

/** The heatmap's cells and code names as the query over the lines computed them before the rollups. */
async function directFromLines(level: FunctionLevel, basis: "initial" | "full") {
  const length = { 类: 3, 款: 5, 项: 7 }[level];
  const budget = Prisma.raw(basis === "initial" ? `"budgetInitial"` : `"budgetFull"`);
  const cur = Prisma.sql`SELECT r.id, COALESCE(d."mergedIntoId", d.id) AS dept FROM "Report" r JOIN "Department" d ON d.id = r."departmentId"
    WHERE r."currentKey" IS NOT NULL AND r.year = 2024`;
  const cells = await db.prisma.$queryRaw<Array<{ departmentId: string; code: string; budget: string | null; actual: string | null }>>`
    SELECT c.dept::text AS "departmentId", LEFT(f.code, ${length}) AS code, SUM(f.${budget})::text AS budget,
           (CASE WHEN COUNT(f.${budget}) > 0 THEN SUM(f.total) FILTER (WHERE f.${budget} IS NOT NULL) ELSE SUM(f.total) END)::text AS actual
    FROM "FunctionLine" f JOIN (${cur}) c ON c.id = f."reportId"
    WHERE f."table" = 'gpb' AND f.level = '项' GROUP BY 1, 2`;
  const names = await db.prisma.$queryRaw<Array<{ code: string; name: string }>>`
    SELECT f.code, MIN(f.name) AS name FROM "FunctionLine" f JOIN (${cur}) c ON c.id = f."reportId"
    WHERE f."table" = 'gpb' AND f.level = ${level} GROUP BY 1`;
  const nameOf = new Map(names.map((n) => [n.code, n.name]));
  const codes = [...new Set(cells.map((c) => c.code))].sort().map((code) => ({ code, name: nameOf.get(code) ?? "" }));
  return { cells: sortCells(cells), codes };
}

const sortCells = <T extends { departmentId: string; code: string }>(cells: T[]) =>
  [...cells].sort((a, b) => a.departmentId.localeCompare(b.departmentId) || a.code.localeCompare(b.code));

async function expectHeatmapMatchesLines(): Promise<void> {
  for (const level of ["类", "款", "项"] as const) {
    for (const basis of ["initial", "full"] as const) {
      const heatmap = await getExecutionHeatmap(viewer, { year: "2024", level, basis });
      const direct = await directFromLines(level, basis);
      expect(sortCells(heatmap.cells), `${level} ${basis}`).toEqual(direct.cells);
      expect(heatmap.codes, `${level} ${basis}`).toEqual(direct.codes);
    }
  }
}

describe(`per-report code rollups of the gpb 项 lines on ${dbLabel}`, () => {
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    ({ db, cleanup } = await openTestDatabase());
    setProcessDatabase(db);
    for (const name of ["甲局", "乙局", "丙局"]) {
      ids[name] = (await db.prisma.department.create({ data: { name, normalizedName: name } })).id;
    }
    // 乙局 merged into 丙局: both reports of 2024 count under 丙局, summed rollup by rollup.
    await db.prisma.department.update({ where: { id: ids["乙局"]! }, data: { mergedIntoId: ids["丙局"]! } });
    viewer = await resolveRegionViewer(LOCAL_VIEWER, {});
  }, 120_000);
  afterAll(async () => cleanup());

  test("项 with and without budgets, NULL totals, a 类 with no 项, expenditure lines ignored", async () => {
    ids.a1 = await addReport(ids["甲局"]!, [
      { code: "201", level: "类", name: "一般公共服务支出", total: "105.00" },
      { code: "20103", level: "款", name: "政府办公厅（室）及相关机构事务", total: "105.00" },
      { code: "2010301", level: "项", name: "行政运行", total: "95.00", budgetInitial: "100.00", budgetFull: "110.00" },
      { code: "2010302", level: "项", name: "一般行政管理事务", total: "10.00" },
      { code: "2010350", level: "项", name: "事业运行", total: null, budgetInitial: "0.00" },
      { code: "205", level: "类", name: "教育支出", total: "0.00" },
      { code: "208", level: "类", name: "社会保障和就业支出", total: null },
      { code: "2080501", level: "项", name: "行政单位离退休", total: null },
      { code: "2130101", level: "项", name: "行政运行（农业）", total: "7.00", budgetFull: "8.00" },
      { code: "201", level: "类", name: "一般公共服务支出", total: "999.00", table: "expenditure" },
      { code: "2010301", level: "项", name: "行政运行", total: "999.00", budgetInitial: "1.00", table: "expenditure" },
    ]);
    await expectRollupsMatchLines();
    const rollup = await db.prisma.gpbCodeRollup.findUniqueOrThrow({ where: { reportId_level_code: { reportId: ids.a1, level: "类", code: "205" } } });
    expect(rollup).toMatchObject({ name: "教育支出", items: 0, actual: null, budgetInitial: null });
    await expectHeatmapMatchesLines();
    const heatmap = await getExecutionHeatmap(viewer, { year: "2024", level: "类", basis: "initial" });
    // 201: budget 100 + 0 stated by two 项, actual of those two (95 + NULL); 205 has no 项 and no cell; 208's is NULL.
    expect(heatmap.cells.filter((c) => c.departmentId === String(ids["甲局"]))).toEqual([
      { departmentId: String(ids["甲局"]), code: "201", budget: "100.00", actual: "95.00" },
      { departmentId: String(ids["甲局"]), code: "208", budget: null, actual: null },
      { departmentId: String(ids["甲局"]), code: "213", budget: null, actual: "7.00" },
    ]);
  });

  test("two reports of a merged department: budgets, counts and names compose across them", async () => {
    await addReport(ids["乙局"]!, [
      { code: "201", level: "类", name: "一般公共服务", total: "30.00" },
      { code: "2010301", level: "项", name: "行政运行", total: "20.00" },
      { code: "2010302", level: "项", name: "一般行政管理事务", total: "10.00", budgetFull: "12.00" },
    ]);
    await addReport(ids["丙局"]!, [
      { code: "201", level: "类", name: "一般公共服务支出", total: "50.00" },
      { code: "2010301", level: "项", name: "行政运行", total: "50.00", budgetInitial: "60.00" },
      { code: "207", level: "类", name: "文化旅游体育与传媒支出", total: "1.00" },
    ]);
    await expectRollupsMatchLines();
    await expectHeatmapMatchesLines();
    const heatmap = await getExecutionHeatmap(viewer, { year: "2024", level: "类", basis: "initial" });
    // 乙局's 项 state no 年初预算 and 丙局's one does: the merged cell is that one 项, not every 项.
    expect(heatmap.cells.find((c) => c.departmentId === String(ids["丙局"]) && c.code === "201")).toMatchObject({ budget: "60.00", actual: "50.00" });
    expect(heatmap.codes.find((c) => c.code === "201")?.name).toBe("一般公共服务");
    expect(heatmap.departments.map((x) => x.id)).not.toContain(String(ids["乙局"]));
  });

  test("a replacing version, lines changed in place and a deleted version leave no stale rollup", async () => {
    const replaced = ids.a1!;
    const replacement = await addReport(ids["甲局"]!, [
      { code: "201", level: "类", name: "一般公共服务支出", total: "40.00" },
      { code: "2010301", level: "项", name: "行政运行", total: "40.00", budgetInitial: "50.00" },
    ], 2);
    await expectRollupsMatchLines();
    await expectHeatmapMatchesLines();

    await db.prisma.functionLine.updateMany({ where: { reportId: replacement, code: "2010301" }, data: { total: d("45.00"), budgetFull: d("44.00") } });
    await db.prisma.functionLine.deleteMany({ where: { reportId: replacement, code: "201" } });
    await expectRollupsMatchLines();
    await expectHeatmapMatchesLines();

    expect(await deleteReport(db.prisma, replacement, "test")).toEqual({ promotedReportId: replaced });
    expect(await db.prisma.gpbCodeRollup.count({ where: { reportId: replacement } })).toBe(0);
    await expectRollupsMatchLines();
    await expectHeatmapMatchesLines();
    await deleteReport(db.prisma, replaced, "test");
    expect(await db.prisma.gpbCodeRollup.count({ where: { reportId: replaced } })).toBe(0);
    await expectHeatmapMatchesLines();
  });
});
