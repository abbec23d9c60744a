import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

/** What a yardstick is computed for: the bench's scope, year and compared departments (the first one's peers). */
export interface RawContext {
  year: number;
  /** The first year of 三公's range. */
  from: number;
  /** Compared departments, effective ids; the first one's peers are suggested. */
  ids: number[];
  region: { code: string; sub: boolean };
}

type Statement = (prisma: PrismaClient, ctx: RawContext) => Promise<unknown>;

export interface Yardstick {
  /** True when it computes every aggregation the page data returns; false: only the core statement (see below). */
  complete: boolean;
  /** Each aggregation (its name printed beside the ratio) and its statement; all run at once. */
  statements: Array<[string, Statement]>;
}

/** A yardstick's time: its statements at once, as a hand-written data layer would run independent reads. */
export function runYardstick(yardstick: Yardstick, prisma: PrismaClient, ctx: RawContext): Promise<unknown> {
  return Promise.all(yardstick.statements.map(([, statement]) => statement(prisma, ctx)));
}

/**
 * The raw SQL each page's data is held against (issue 17: page data ≤ 1.5× "the raw SQL of the same aggregation").
 *
 * compare, explore and sangong (`complete`) compute every aggregation their page data returns, no more and no less, as
 * hand-written statements run the way a hand-written data layer would: the independent ones at once (Promise.all),
 * scoped to the same region by the same counting rule (written out below, not the app's scope fragments), with no DTO
 * shaping. Their list is printed with the ratio. The bench views as a viewer who sees every department, for whom the
 * database stores what the counting rule decides (Report.countedForAll) and, for 三公, each department-year's counted
 * sums (DepartmentYearFacts), both kept by triggers: the yardsticks read the same stored values the pages read, so a
 * ratio measures the page's own overhead over the same work — not the page against the rule's anti-joins.
 * execution and execution + by-year (`complete`) are written the same way over the stored sums the page reads
 * (GpbCodeRollup: Σ per report × code, which the page reads packed per report; Report's exec* columns: Σ per report,
 * which the page reads packed per department), summed per department in SQL — no packing, no shaping.
 * overview (not `complete`) is still the core statement only, over every region: its page computes more (attention
 * items, …), so its ratio flatters the page and is printed as "core only".
 */
function regionDepartments(region: RawContext["region"]): Prisma.Sql {
  const test = (t: string) => {
    const column = Prisma.raw(`${t}."regionCode"`);
    return region.sub ? Prisma.sql`starts_with(${column}, ${region.code})` : Prisma.sql`${column} = ${region.code}`;
  };
  return Prisma.sql`SELECT d.id FROM "Department" d WHERE d."mergedIntoId" IS NULL AND ${test("d")}
    UNION ALL SELECT d.id FROM "Department" d JOIN "Department" m ON m.id = d."mergedIntoId" WHERE ${test("m")}`;
}

/**
 * Reports that count (current, in the region, not inside a 汇总 of the year): `r` joined to its department `d`. The
 * bench views as a viewer who sees every department, for whom the database stores whether each report counts
 * (Report.countedForAll, kept by triggers): the hand-written statement reads that column as the page does, so the ratio
 * measures the page's own overhead, not the counting rule's anti-joins (which a department-scoped viewer still runs).
 */
function counted(ctx: RawContext, years: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`r."countedForAll" AND ${years} AND r."departmentId" IN (${regionDepartments(ctx.region)})`;
}

/** Stored department-years (DepartmentYearFacts: keyed by the department reports count under) of the region. */
function factsIn(ctx: RawContext, years: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${years} AND f."departmentId" IN (${regionDepartments(ctx.region)})`;
}

const DEPT = Prisma.sql`COALESCE(d."mergedIntoId", d.id)`;

/**
 * The stored years with a counted report, newest first (every page's year picker): the stored years by skipping through
 * the (year, currentKey) index, then one probe each for a counted report.
 */
const years: Statement = (prisma, ctx) => prisma.$queryRaw`
  WITH RECURSIVE y(year) AS (
    SELECT MAX(year) FROM "Report" WHERE "currentKey" IS NOT NULL
    UNION ALL SELECT (SELECT MAX(year) FROM "Report" WHERE "currentKey" IS NOT NULL AND year < y.year) FROM y WHERE y.year IS NOT NULL
  )
  SELECT y.year FROM y CROSS JOIN LATERAL (SELECT 1 FROM "Report" r WHERE ${counted(ctx, Prisma.sql`r.year = y.year`)} LIMIT 1) c
  ORDER BY 1 DESC`;

const inYear = (ctx: RawContext) => counted(ctx, Prisma.sql`r.year = ${ctx.year}`);
const twoYears = (ctx: RawContext) => counted(ctx, Prisma.sql`r.year IN (${ctx.year}, ${ctx.year - 1})`);
const compared = (ctx: RawContext) => Prisma.sql`${DEPT} IN (${Prisma.join(ctx.ids)})`;
const exploreLines = (ctx: RawContext) => Prisma.sql`${inYear(ctx)} AND f."table" = 'expenditure'`;

/**
 * A cell of the 执行率 heatmap over a department's rollups (report × code, or × every code for its overall figure),
 * against each budget: Σ budget, and Σ 决算 of the 项 stating that budget where any does, else of every 项.
 */
const EXEC_SIDES = Prisma.sql`SUM(x."budgetInitial")::text AS bi,
  (CASE WHEN SUM(x."initialItems") > 0 THEN SUM(x."actualInitial") ELSE SUM(x.actual) END)::text AS ai,
  SUM(x."budgetFull")::text AS bf, (CASE WHEN SUM(x."fullItems") > 0 THEN SUM(x."actualFull") ELSE SUM(x.actual) END)::text AS af`;

/** What /execution's heatmap returns: its years, departments × 类 cells with the 类 names, and each department's overall rate. */
const executionStatements: Yardstick["statements"] = [
  ["years", years],
  ["per department × 类 with 项: Σ budget and actual (both budgets)", (prisma, ctx) => prisma.$queryRaw`
    SELECT ${DEPT} AS dept, x.code, ${EXEC_SIDES}
    FROM "GpbCodeRollup" x JOIN "Report" r ON r.id = x."reportId" JOIN "Department" d ON d.id = r."departmentId"
    WHERE ${inYear(ctx)} AND x.level = '类' AND x.items > 0
    GROUP BY 1, 2`],
  ["类 names", (prisma, ctx) => prisma.$queryRaw`
    SELECT x.code, MIN(x.name) AS name FROM "GpbCodeRollup" x JOIN "Report" r ON r.id = x."reportId"
    WHERE ${inYear(ctx)} AND x.level = '类' GROUP BY 1`],
  ["per department, largest first: name, demo flag, overall Σ budget, actual and rate (both budgets)", (prisma, ctx) => prisma.$queryRaw`
    SELECT g.*, e.name, ROUND(g.ai::numeric * 100 / NULLIF(g.bi::numeric, 0), 2)::text AS "rateInitial",
           ROUND(g.af::numeric * 100 / NULLIF(g.bf::numeric, 0), 2)::text AS "rateFull"
    FROM (
      SELECT ${DEPT} AS dept, bool_or(r."isDemo") AS demo, ${EXEC_SIDES}
      FROM "Report" r JOIN "Department" d ON d.id = r."departmentId"
      LEFT JOIN "GpbCodeRollup" x ON x."reportId" = r.id AND x.level = '类' AND x.items > 0
      WHERE ${inYear(ctx)}
      GROUP BY 1
    ) g JOIN "Department" e ON e.id = g.dept
    ORDER BY g.ai::numeric DESC NULLS LAST`],
];

export const RAW_SQL: Record<string, Yardstick> = {
  overview: {
    complete: false,
    statements: [["per department × 2 years: Σ 支出合计, 三公 total, Σ 项 budget and actual (every region)", (prisma, { year }) => prisma.$queryRaw`
      SELECT COALESCE(d."mergedIntoId", d.id) AS dept, r.year, SUM(r."expenditureTotal")::text, SUM(s.actual)::text,
             SUM(x.budget)::text, SUM(x.actual)::text
      FROM "Report" r JOIN "Department" d ON d.id = r."departmentId"
      LEFT JOIN "SangongItem" s ON s."reportId" = r.id AND s.item = 'total'
      LEFT JOIN (SELECT "reportId", SUM("budgetInitial") budget, SUM(total) actual FROM "FunctionLine"
                 WHERE "table" = 'gpb' AND level = '项' GROUP BY "reportId") x ON x."reportId" = r.id
      WHERE r."currentKey" IS NOT NULL AND r.year IN (${year}, ${year - 1})
      GROUP BY 1, 2`]],
  },
  execution: { complete: true, statements: executionStatements },
  "execution+by-year": {
    complete: true,
    statements: [
      ...executionStatements,
      ["per department × every year: Σ 项 budget and actual (both budgets), name, demo flag", (prisma, ctx) => prisma.$queryRaw`
        SELECT g.*, e.name FROM (
          SELECT ${DEPT} AS dept, r.year, bool_or(r."isDemo") AS demo, SUM(r."execBudgetInitial")::text AS bi, SUM(r."execActual")::text AS ai,
                 SUM(r."execBudgetFull")::text AS bf, SUM(r."execActualFull")::text AS af
          FROM "Report" r JOIN "Department" d ON d.id = r."departmentId"
          WHERE ${counted(ctx, Prisma.sql`TRUE`)}
          GROUP BY 1, 2
        ) g JOIN "Department" e ON e.id = g.dept`],
    ],
  },
  // 三公 reads each department-year's counted sums stored by triggers (DepartmentYearFacts) for a viewer who sees every
  // department, as the page does: the hand-written statements read the same rows, so the ratio is the page's overhead.
  sangong: {
    complete: true,
    statements: [
      ["years", years],
      ["per year: Σ 三公 4 items + total (budget, actual), 机关运行经费, demo flag, reporting departments", (prisma, ctx) => prisma.$queryRaw`
        SELECT f.year, SUM(f."sangongBudget")::text, SUM(f."sangongActual")::text,
          SUM(f."sangongOutboundBudget")::text, SUM(f."sangongOutboundActual")::text,
          SUM(f."sangongVehiclePurchaseBudget")::text, SUM(f."sangongVehiclePurchaseActual")::text,
          SUM(f."sangongVehicleOperationBudget")::text, SUM(f."sangongVehicleOperationActual")::text,
          SUM(f."sangongReceptionBudget")::text, SUM(f."sangongReceptionActual")::text,
          SUM(f.operating)::text, SUM(f."operatingBudget")::text, bool_or(f."isDemo"), COUNT(*)
        FROM "DepartmentYearFacts" f
        WHERE ${factsIn(ctx, Prisma.sql`f.year BETWEEN ${ctx.from} AND ${ctx.year}`)}
        GROUP BY f.year`],
      ["per department × {to, to−1}: Σ 三公 budget, actual, name", (prisma, ctx) => prisma.$queryRaw`
        SELECT f."departmentId", f.year, f."sangongBudget"::text AS budget, f."sangongActual"::text AS actual, e.name
        FROM "DepartmentYearFacts" f JOIN "Department" e ON e.id = f."departmentId"
        WHERE ${factsIn(ctx, Prisma.sql`f.year IN (${ctx.year}, ${ctx.year - 1})`)}`],
      ["top 12 departments × every year: Σ 三公 budget, actual", (prisma, ctx) => prisma.$queryRaw`
        WITH top AS (
          SELECT f."departmentId" AS dept FROM "DepartmentYearFacts" f JOIN "Department" e ON e.id = f."departmentId"
          WHERE ${factsIn(ctx, Prisma.sql`f.year = ${ctx.year}`)}
          ORDER BY f."sangongActual" DESC NULLS LAST, e.name LIMIT 12
        )
        SELECT f."departmentId", f.year, f."sangongBudget"::text, f."sangongActual"::text
        FROM top JOIN "DepartmentYearFacts" f ON f."departmentId" = top.dept
        WHERE f.year BETWEEN ${ctx.from} AND ${ctx.year}`],
    ],
  },
  compare: {
    complete: true,
    statements: [
      ["years", years],
      ["picker: every department of the year (name, kind, Σ 支出合计)", (prisma, ctx) => prisma.$queryRaw`
        SELECT e.id, e.name, e.kind, SUM(r."expenditureTotal")::text
        FROM "Report" r JOIN "Department" d ON d.id = r."departmentId" JOIN "Department" e ON e.id = ${DEPT}
        WHERE ${inYear(ctx)} GROUP BY e.id ORDER BY e.name`],
      ["compared × 2 years: Σ 支出合计, 上年 stated, 财政拨款, 基本, 项目, 三公 budget/actual, 执行 both bases, name, kind, demo", (prisma, ctx) => prisma.$queryRaw`
        SELECT g.*, e.name, e.kind FROM (
          SELECT ${DEPT} AS dept, r.year, bool_or(r."isDemo"), SUM(r."expenditureTotal")::text, SUM(r."priorExpenditureTotal")::text,
                 SUM(COALESCE(r."fiscalTotal", r."fiscalAppropriationIncome"))::text, SUM(r."basicExpenditure")::text,
                 SUM(r."projectExpenditure")::text, SUM(r."sangongBudget")::text, SUM(r."sangongActual")::text,
                 SUM(r."execBudgetInitial")::text, SUM(r."execActual")::text, SUM(r."execBudgetFull")::text, SUM(r."execActualFull")::text
          FROM "Report" r JOIN "Department" d ON d.id = r."departmentId"
          WHERE ${twoYears(ctx)} AND ${compared(ctx)}
          GROUP BY 1, 2
        ) g JOIN "Department" e ON e.id = g.dept`],
      ["compared × 类: Σ 03表", (prisma, ctx) => prisma.$queryRaw`
        SELECT ${DEPT}, f.code, MIN(f.name), SUM(f.total)::text
        FROM "FunctionLine" f JOIN "Report" r ON r.id = f."reportId" JOIN "Department" d ON d.id = r."departmentId"
        WHERE ${inYear(ctx)} AND ${compared(ctx)} AND f."table" = 'expenditure' AND f.level = '类'
        GROUP BY 1, 2`],
      ["compared: Σ 三公 4 items", (prisma, ctx) => prisma.$queryRaw`
        SELECT ${DEPT}, SUM(r."sangongOutboundActual")::text, SUM(r."sangongVehiclePurchaseActual")::text,
               SUM(r."sangongVehicleOperationActual")::text, SUM(r."sangongReceptionActual")::text
        FROM "Report" r JOIN "Department" d ON d.id = r."departmentId"
        WHERE ${inYear(ctx)} AND ${compared(ctx)} GROUP BY 1`],
      ["peers: dominant 类 of the first one's kind and size band", (prisma, ctx) => prisma.$queryRaw`
        WITH size AS (
          SELECT e.id, e.kind, SUM(r."expenditureTotal") AS amount
          FROM "Report" r JOIN "Department" d ON d.id = r."departmentId" JOIN "Department" e ON e.id = ${DEPT}
          WHERE ${inYear(ctx)} GROUP BY e.id, e.kind
        ),
        band AS (
          SELECT s.id FROM size s JOIN size t ON t.id = ${ctx.ids[0]}
          WHERE s.kind IS NOT DISTINCT FROM t.kind AND s.amount * 2 >= t.amount AND s.amount <= t.amount * 2
          UNION SELECT ${ctx.ids[0]}
        )
        SELECT DISTINCT ON (${DEPT}) ${DEPT}, f.code, f.name
        FROM "FunctionLine" f JOIN "Report" r ON r.id = f."reportId" JOIN "Department" d ON d.id = r."departmentId"
        WHERE ${inYear(ctx)} AND ${DEPT} IN (SELECT id FROM band) AND f."table" = 'expenditure' AND f.level = '类'
        GROUP BY ${DEPT}, f.code, f.name ORDER BY ${DEPT}, SUM(f.total) DESC NULLS LAST, f.code`],
      ["the region above (peers' widening)", (prisma, ctx) => prisma.$queryRaw`SELECT "parentCode" FROM "Region" WHERE code = ${ctx.region.code}`],
    ],
  },
  explore: {
    complete: true,
    statements: [
      ["years", years],
      ["款 of 201: Σ 03表, name, demo flag", (prisma, ctx) => prisma.$queryRaw`
        SELECT f.code, MIN(f.name), SUM(f.total)::text, bool_or(r."isDemo")
        FROM "FunctionLine" f JOIN "Report" r ON r.id = f."reportId"
        WHERE ${exploreLines(ctx)} AND f.level = '款' AND f."classCode" = '201' GROUP BY f.code`],
      ["per department: Σ 201, name, demo flag, and their total", (prisma, ctx) => prisma.$queryRaw`
        SELECT g.*, e.name, (SUM(g.amount) OVER ())::text AS total FROM (
          SELECT ${DEPT} AS dept, SUM(f.total) AS amount, bool_or(r."isDemo")
          FROM "FunctionLine" f JOIN "Report" r ON r.id = f."reportId" JOIN "Department" d ON d.id = r."departmentId"
          WHERE ${exploreLines(ctx)} AND f.code = '201' GROUP BY 1
        ) g JOIN "Department" e ON e.id = g.dept`],
      ["201's name", (prisma, ctx) => prisma.$queryRaw`
        SELECT MIN(f.name) FROM "FunctionLine" f JOIN "Report" r ON r.id = f."reportId" WHERE ${exploreLines(ctx)} AND f.code = '201'`],
    ],
  },
};
