import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LOCAL_VIEWER } from "@/lib/auth/viewer";
import { setProcessDatabase, type Database } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { deleteReport } from "@/lib/ingest/delete-report";
import { Decimal } from "@/lib/money";
import { getExecutionHeatmap } from "@/lib/queries/execution/get-execution-heatmap";
import { resolveRegionViewer, type RegionViewer } from "@/lib/queries/region/region-scope";
import { countedReportsSql } from "@/lib/queries/scope-sql";
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

async function addReport(departmentId: number, lines: Line[], version = 1, scope = "本级"): Promise<number> {
  docs += 1;
  const doc = await db.prisma.sourceDocument.create({
    data: { sha256: String(docs).padStart(64, "0"), fileName: `${docs}.txt`, mediaType: "text/plain", format: "text", size: 1, bytes: Buffer.from("x") },
  });
  const currentKey = `${departmentId}:2024:${scope}`;
  await db.prisma.report.updateMany({ where: { currentKey }, data: { currentKey: null } });
  const report = await db.prisma.report.create({
    data: {
      departmentId, year: 2024, scope, version, currentKey, sourceDocumentId: doc.id, parsed: {},
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
  await expectPacksMatch(want);
  const stored = await db.prisma.gpbCodeRollup.findMany();
  const got = new Map(stored.map(({ reportId, level, code, ...rest }) => [
    `${reportId}|${level}|${code}`,
    Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v instanceof Prisma.Decimal ? v.toFixed(2) : v])),
  ]));
  expect(Object.fromEntries(got)).toEqual(Object.fromEntries(want));
}

/** Each report's GpbCellPack rows must be its rollups (as computed from the lines) packed as the heatmap reads them. */
async function expectPacksMatch(rollups: Map<string, { name: string | null; budgetInitial: string | null; initialItems: number; actualInitial: string | null; budgetFull: string | null; fullItems: number; actualFull: string | null; actual: string | null; items: number }>): Promise<void> {
  const want = new Map<string, { cells: string[]; names: Array<[string, string]> }>();
  for (const key of [...rollups.keys()].sort()) {
    const [reportId, level, code] = key.split("|") as [string, string, string];
    const r = rollups.get(key)!;
    const pack = want.get(`${reportId}|${level}`) ?? want.set(`${reportId}|${level}`, { cells: [], names: [] }).get(`${reportId}|${level}`)!;
    if (r.name !== null) pack.names.push([code, r.name]);
    if (r.items === 0) continue;
    const ai = r.initialItems > 0 ? r.actualInitial : r.actual;
    const af = r.fullItems > 0 ? r.actualFull : r.actual;
    pack.cells.push([code, r.budgetInitial ?? "", ai ?? "", r.budgetFull ?? "", af ?? ""].join(":"));
  }
  const stored = await db.prisma.gpbCellPack.findMany();
  expect(Object.fromEntries(stored.map((p) => [`${p.reportId}|${p.level}`, { cells: p.cells, names: JSON.parse(p.names) as unknown }]))).toEqual(
    Object.fromEntries([...want].map(([key, p]) => [key, { cells: p.cells.join(";"), names: p.names }])),
  );
}

/**
 * The heatmap's cells, code names and departments as the query over the lines computed them before the rollups, for
 * the reports the counting rule counts for `scope` (汇总 displacing 本级 and the units under it).
 */
async function directFromLines(scope: RegionViewer, level: FunctionLevel, basis: "initial" | "full") {
  const length = { 类: 3, 款: 5, 项: 7 }[level];
  const budget = Prisma.raw(basis === "initial" ? `"budgetInitial"` : `"budgetFull"`);
  const cur = Prisma.sql`SELECT r.id, COALESCE(d."mergedIntoId", d.id) AS dept FROM "Report" r JOIN "Department" d ON d.id = r."departmentId"
    WHERE ${countedReportsSql(scope, "r")} AND r.year = 2024`;
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
  const departments = await db.prisma.$queryRaw<Array<{ dept: number }>>`SELECT DISTINCT c.dept FROM (${cur}) c ORDER BY 1`;
  return { cells: sortCells(cells), codes, departments: departments.map((x) => String(x.dept)) };
}

const sortCells = <T extends { departmentId: string; code: string }>(cells: T[]) =>
  [...cells].sort((a, b) => a.departmentId.localeCompare(b.departmentId) || a.code.localeCompare(b.code));

async function expectHeatmapMatchesLines(scope: RegionViewer = viewer): Promise<void> {
  for (const level of ["类", "款", "项"] as const) {
    for (const basis of ["initial", "full"] as const) {
      const heatmap = await getExecutionHeatmap(scope, { year: "2024", level, basis });
      const direct = await directFromLines(scope, level, basis);
      expect(sortCells(heatmap.cells), `${level} ${basis}`).toEqual(direct.cells);
      expect(heatmap.codes, `${level} ${basis}`).toEqual(direct.codes);
      expect(heatmap.departments.map((x) => x.id).sort(), `${level} ${basis}`).toEqual(direct.departments.sort());
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

  test("a 汇总 displaces its 本级 and its units' reports, a unit-scoped viewer still sees the unit, a merge sums packs", async () => {
    const bureau = (await db.prisma.department.create({ data: { name: "丁局", normalizedName: "丁局" } })).id;
    const unit = (await db.prisma.department.create({ data: { name: "戊中心", normalizedName: "戊中心", parentId: bureau } })).id;
    const own = await addReport(bureau, [
      { code: "201", level: "类", name: "一般公共服务支出", total: "20.00" },
      { code: "2010301", level: "项", name: "行政运行", total: "20.00", budgetInitial: "25.00" },
    ]);
    await addReport(unit, [
      { code: "201", level: "类", name: "一般公共服务", total: "9.00" },
      { code: "2010350", level: "项", name: "事业运行", total: "6.00" },
      { code: "2010302", level: "项", name: "一般行政管理事务", total: "3.00", budgetFull: "4.00" },
      { code: "208", level: "类", name: "社会保障和就业支出", total: "1.00" },
      { code: "2080505", level: "项", name: "机关事业单位基本养老保险缴费支出", total: "1.00", budgetInitial: "1.50" },
    ]);
    await expectRollupsMatchLines();
    await expectHeatmapMatchesLines();
    const summary = await addReport(bureau, [
      { code: "201", level: "类", name: "一般公共服务支出", total: "29.00" },
      { code: "2010301", level: "项", name: "行政运行", total: "29.00", budgetInitial: "31.00" },
    ], 1, "汇总");
    await expectRollupsMatchLines();
    await expectHeatmapMatchesLines();
    const heatmap = await getExecutionHeatmap(viewer, { year: "2024", level: "类", basis: "initial" });
    expect(heatmap.departments.map((x) => x.id)).not.toContain(String(unit));
    expect(heatmap.cells.filter((c) => c.departmentId === String(bureau))).toEqual([{ departmentId: String(bureau), code: "201", budget: "31.00", actual: "29.00" }]);

    // Only reports the viewer may see displace others: the unit's own viewer sees its figures, the bureau's the 汇总.
    const scoped = (departmentIds: number[]) => resolveRegionViewer({ userId: 1, name: "scoped", role: "viewer", departmentIds }, {});
    await expectHeatmapMatchesLines(await scoped([unit]));
    expect((await getExecutionHeatmap(await scoped([unit]), { year: "2024", level: "类" })).departments.map((x) => x.id)).toEqual([String(unit)]);
    await expectHeatmapMatchesLines(await scoped([bureau, unit]));

    // Without the 汇总 the 本级 and the unit count again; merged into the bureau, the unit's pack is summed with the 本级's.
    await deleteReport(db.prisma, summary, "test");
    await expectHeatmapMatchesLines();
    await db.prisma.department.update({ where: { id: unit }, data: { mergedIntoId: bureau } });
    await expectHeatmapMatchesLines();
    const merged = await getExecutionHeatmap(viewer, { year: "2024", level: "类", basis: "initial" });
    // 201: only the 本级's 项 states a 年初预算, so the cell is that 项 (25 / 20); 208 is the unit's alone.
    expect(merged.cells.filter((c) => c.departmentId === String(bureau))).toEqual([
      { departmentId: String(bureau), code: "201", budget: "25.00", actual: "20.00" },
      { departmentId: String(bureau), code: "208", budget: "1.50", actual: "1.00" },
    ]);
    expect(merged.codes.find((c) => c.code === "201")?.name).toBe("一般公共服务");
    await deleteReport(db.prisma, own, "test");
    await expectRollupsMatchLines();
    await expectHeatmapMatchesLines();
  });
});
