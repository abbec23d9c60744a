/**
 * Bench-only fast seeding: thousands of departments × years cannot go through the parser here (0.2–1 s per report),
 * so rows are derived straight from the demo generator's expected figures (`expectedParsed`, what the parser would
 * read) and written with a few `INSERT … SELECT * FROM unnest(…)` statements per batch. Never used by the app: the
 * source documents hold placeholder bytes marked as bench data and `Report.parsed` is a small marker object.
 */
import { performance } from "node:perf_hooks";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { buildDepartmentSpecs, nameInYear, type DepartmentSpec } from "@/lib/demo/department-specs";
import { expectedParsed } from "@/lib/demo/expected-parsed";
import { generateDepartmentReports } from "@/lib/demo/generate-city";
import { plantMistakes } from "@/lib/demo/mistakes";
import { createRng } from "@/lib/demo/prng";
import type { DemoReport } from "@/lib/demo/types";
import { yuanAmount } from "@/lib/demo/units";
import { executionRollup } from "@/lib/ingest/execution-rollup";
import { normalizeDepartmentName } from "@/lib/ingest/normalize-name";
import { pgArray, type Cell } from "@/lib/db/pg-array";

export interface SeedFastOptions {
  departments: number;
  years: [number, number];
  seed: number;
  /** Department lineages generated and written per batch (memory stays flat at 10,000 departments). */
  batchDepartments?: number;
  /**
   * Spread the departments round-robin over this many fictional districts of 示例市 (bench codes 990101, 990102, …),
   * so the cross views are measured within one region of many. 0 or absent: no region.
   */
  regions?: number;
}

/** The bench districts' codes: 示例市 (9901) + a two-digit number. */
export function benchRegionCodes(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `9901${String(i + 1).padStart(2, "0")}`);
}

export const BENCH_MARK = "fiscal-lens bench seed (not a report)";
const SCOPE = "本级";

type Column = [name: string, pgType: string, values: Cell[]];

/** One `INSERT INTO t (cols) SELECT * FROM unnest($1::type[], …)`: each column travels as one array literal. */
async function insertColumns(prisma: PrismaClient, table: string, columns: Column[]): Promise<void> {
  if ((columns[0]?.[2].length ?? 0) === 0) return;
  const names = Prisma.raw(columns.map(([name]) => `"${name}"`).join(", "));
  const arrays = Prisma.join(columns.map(([, type, values]) => Prisma.sql`${pgArray(values)}::${Prisma.raw(type)}[]`));
  await prisma.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${names}) SELECT * FROM unnest(${arrays})`;
}

async function nextId(prisma: PrismaClient, table: string): Promise<number> {
  const rows = await prisma.$queryRaw<Array<{ max: number | null }>>`SELECT MAX(id)::int AS max FROM ${Prisma.raw(`"${table}"`)}`;
  return (rows[0]?.max ?? 0) + 1;
}

async function syncSequence(prisma: PrismaClient, table: string): Promise<void> {
  await prisma.$executeRaw`SELECT setval(pg_get_serial_sequence(${`"${table}"`}, 'id'), GREATEST((SELECT MAX(id) FROM ${Prisma.raw(`"${table}"`)}), 1))`;
}

class Rows {
  private readonly cols = new Map<string, [string, Cell[]]>();
  constructor(private readonly types: Record<string, string>) {
    for (const [name, type] of Object.entries(types)) this.cols.set(name, [type, []]);
  }
  push(row: Record<string, Cell>): void {
    for (const [name, [, values]] of this.cols) values.push(row[name] ?? null);
  }
  columns(): Column[] {
    return [...this.cols].map(([name, [type, values]]) => [name, type, values]);
  }
}

const money = (v: string | null | undefined): Cell => v ?? null;

interface Ids {
  department: number;
  document: number;
  report: number;
}

async function writeBatch(prisma: PrismaClient, specs: DepartmentSpec[], reports: DemoReport[], ids: Ids, deptIds: Map<string, number>): Promise<number> {
  const departments = new Rows({ id: "int", name: "text", normalizedName: "text", kind: "text", firstYear: "int", lastYear: "int", isDemo: "bool" });
  for (const spec of specs) {
    const own = reports.filter((r) => r.lineageId === spec.lineageId);
    const id = ids.department++;
    deptIds.set(spec.lineageId, id);
    departments.push({
      id, name: spec.name, normalizedName: normalizeDepartmentName(spec.name), kind: spec.template.kind,
      firstYear: own[0]?.year ?? null, lastYear: own.at(-1)?.year ?? null, isDemo: true,
    });
  }
  const docs = new Rows({ id: "int", sha256: "text", fileName: "text", mediaType: "text", format: "text", size: "int", bytes: "bytea" });
  const report = new Rows({
    id: "int", departmentId: "int", year: "int", scope: "text", version: "int", currentKey: "text", sourceDocumentId: "int",
    printedDepartmentName: "text", sourceUnit: "text", isDemo: "bool", importedBy: "text", incomeTotal: "numeric",
    expenditureTotal: "numeric", fiscalAppropriationIncome: "numeric", basicExpenditure: "numeric", projectExpenditure: "numeric",
    fiscalGeneralBudget: "numeric", fiscalTotal: "numeric", gpbBudgetInitialTotal: "numeric", execBudgetInitial: "numeric", execActual: "numeric", execBudgetFull: "numeric", execActualFull: "numeric", sangongBudget: "numeric", sangongActual: "numeric",
    sangongOutboundBudget: "numeric", sangongOutboundActual: "numeric", sangongVehiclePurchaseBudget: "numeric",
    sangongVehiclePurchaseActual: "numeric", sangongVehicleOperationBudget: "numeric", sangongVehicleOperationActual: "numeric",
    sangongReceptionBudget: "numeric", sangongReceptionActual: "numeric", personnelExpenses: "numeric",
    publicUseExpenses: "numeric", operatingExpenses: "numeric", operatingExpensesBudget: "numeric", procurementTotal: "numeric",
    vehicleCount: "int", perfBudget: "numeric", perfActual: "numeric", perfRatePct: "numeric", priorExpenditureTotal: "numeric",
    priorFiscalTotal: "numeric", priorSangongTotal: "numeric", priorOperatingExpenses: "numeric", errorCount: "int", parsed: "jsonb",
  });
  const lines = new Rows({
    reportId: "int", table: "text", code: "text", classCode: "text", level: "text", name: "text", total: "numeric",
    basic: "numeric", project: "numeric", budgetInitial: "numeric", statedRatePct: "numeric",
  });
  const sangong = new Rows({ reportId: "int", item: "text", budget: "numeric", actual: "numeric" });
  const economic = new Rows({ reportId: "int", code: "text", name: "text", category: "text", amount: "numeric" });
  const findings = new Rows({ reportId: "int", rule: "text", severity: "text", message: "text" });
  const marker = JSON.stringify({ bench: BENCH_MARK });
  for (const r of reports) {
    const e = expectedParsed(r);
    const departmentId = deptIds.get(r.lineageId);
    if (departmentId === undefined) continue;
    const docId = ids.document++;
    const reportId = ids.report++;
    const bytes = `\\x${Buffer.from(`${BENCH_MARK} ${r.fileStem}`).toString("hex")}`;
    docs.push({ id: docId, sha256: `bench-${r.fileStem}-${reportId}`, fileName: `${r.fileStem}.bench`, mediaType: "text/plain", format: "text", size: bytes.length / 2 - 1, bytes });
    report.push({
      id: reportId, departmentId, year: r.year, scope: SCOPE, version: 1, currentKey: `${departmentId}:${r.year}:${SCOPE}`,
      sourceDocumentId: docId, printedDepartmentName: r.department, sourceUnit: "万元", isDemo: true, importedBy: "bench",
      incomeTotal: e.totals.income, expenditureTotal: e.totals.expenditure, fiscalAppropriationIncome: e.totals.fiscalAppropriationIncome,
      basicExpenditure: e.totals.basicExpenditure, projectExpenditure: e.totals.projectExpenditure,
      fiscalGeneralBudget: e.totals.fiscalAppropriationIncome, fiscalTotal: e.totals.fiscalAppropriationIncome,
      gpbBudgetInitialTotal: e.gpbBudgetInitialTotal, ...executionRollup(e.gpbExpenditureByFunction),
      sangongBudget: money(e.sangong.budget.total), sangongActual: money(e.sangong.actual.total),
      sangongOutboundBudget: money(e.sangong.budget.outbound), sangongOutboundActual: money(e.sangong.actual.outbound),
      sangongVehiclePurchaseBudget: money(e.sangong.budget.vehiclePurchase), sangongVehiclePurchaseActual: money(e.sangong.actual.vehiclePurchase),
      sangongVehicleOperationBudget: money(e.sangong.budget.vehicleOperation), sangongVehicleOperationActual: money(e.sangong.actual.vehicleOperation),
      sangongReceptionBudget: money(e.sangong.budget.reception), sangongReceptionActual: money(e.sangong.actual.reception), personnelExpenses: e.economic.personnel, publicUseExpenses: e.economic.publicUse,
      operatingExpenses: e.operatingExpenses, operatingExpensesBudget: yuanAmount(r.operatingExpensesBudget),
      procurementTotal: e.procurementTotal, vehicleCount: e.sangong.counts.vehicleCount, perfBudget: e.performance.overall.budget,
      perfActual: e.performance.overall.actual, perfRatePct: e.performance.overall.ratePct,
      priorExpenditureTotal: yuanAmount(r.prior.total), priorFiscalTotal: yuanAmount(r.prior.fiscal),
      priorSangongTotal: yuanAmount(r.prior.sangong), priorOperatingExpenses: yuanAmount(r.prior.operatingExpenses),
      errorCount: r.mistakes.length, parsed: marker,
    });
    for (const l of e.expenditureByFunction) {
      lines.push({ reportId, table: "expenditure", code: l.code, classCode: l.code.slice(0, 3), level: l.level, name: l.name, total: money(l.total), basic: money(l.basic), project: money(l.project) });
    }
    for (const l of e.gpbExpenditureByFunction) {
      lines.push({
        reportId, table: "gpb", code: l.code, classCode: l.code.slice(0, 3), level: l.level, name: l.name, total: money(l.total),
        basic: money(l.basic), project: money(l.project), budgetInitial: money(l.budgetInitial), statedRatePct: l.statedRatePct ?? null,
      });
    }
    for (const item of ["total", "outbound", "vehicleSubtotal", "vehiclePurchase", "vehicleOperation", "reception"] as const) {
      sangong.push({ reportId, item, budget: money(e.sangong.budget[item]), actual: money(e.sangong.actual[item]) });
    }
    for (const l of e.economic.lines) economic.push({ reportId, code: l.code, name: l.name, category: l.category, amount: money(l.amount) });
    for (const m of r.mistakes) findings.push({ reportId, rule: m.rule, severity: "error", message: m.description });
  }
  await insertColumns(prisma, "Department", departments.columns());
  await insertColumns(prisma, "SourceDocument", docs.columns());
  await insertColumns(prisma, "Report", report.columns());
  await insertColumns(prisma, "FunctionLine", lines.columns());
  await insertColumns(prisma, "SangongItem", sangong.columns());
  await insertColumns(prisma, "EconomicLine", economic.columns());
  await insertColumns(prisma, "Finding", findings.columns());
  return reports.length;
}

/**
 * Seeds `departments` demo departments × `years` straight into the tables (bench only; see the file comment).
 * Merges become `Department.mergedIntoId` plus a DepartmentEvent, as `mergeDepartments` would record them.
 */
export async function seedFast(
  prisma: PrismaClient,
  options: SeedFastOptions,
): Promise<{ reports: number; ms: number }> {
  const t0 = performance.now();
  const years: [number, number] = [options.years[0], options.years[1]];
  const { specs, events } = buildDepartmentSpecs(options.departments, years, createRng(options.seed).fork("departments"));
  const byLineage = new Map(specs.map((s) => [s.lineageId, s]));
  const ids: Ids = {
    department: await nextId(prisma, "Department"),
    document: await nextId(prisma, "SourceDocument"),
    report: await nextId(prisma, "Report"),
  };
  const deptIds = new Map<string, number>();
  const batchSize = options.batchDepartments ?? 250;
  let total = 0;
  for (let start = 0; start < specs.length; start += batchSize) {
    const batch = specs.slice(start, start + batchSize);
    const reports = batch.flatMap((spec) => generateDepartmentReports(spec, byLineage, years, options.seed));
    plantMistakes(reports, createRng(options.seed).fork(`mistakes-${start}`));
    total += await writeBatch(prisma, batch, reports, ids, deptIds);
  }
  const byName = new Map<string, number>();
  for (const spec of specs) {
    const id = deptIds.get(spec.lineageId);
    if (id === undefined) continue;
    for (let year = years[0]; year <= years[1]; year += 1) byName.set(nameInYear(spec, year), id);
  }
  for (const event of events.filter((e) => e.kind === "merge")) {
    const from = byName.get(event.from);
    const to = byName.get(event.to);
    if (from === undefined || to === undefined) continue;
    await prisma.department.update({ where: { id: from }, data: { mergedIntoId: to } });
    await prisma.departmentEvent.create({ data: { kind: "merge", year: event.year, fromId: from, toId: to, note: `${event.from} 并入 ${event.to}` } });
  }
  const regions = benchRegionCodes(options.regions ?? 0);
  if (regions.length > 0) {
    await prisma.region.createMany({
      data: regions.map((code, i) => ({ code, name: `区${i + 1}`, level: "区县", parentCode: "9901", demo: true })),
      skipDuplicates: true,
    });
    await prisma.$executeRaw`
      UPDATE "Department" SET "regionCode" = (${regions}::text[])[1 + id % ${regions.length}] WHERE "isDemo"`;
  }
  for (const table of ["Department", "SourceDocument", "Report"]) await syncSequence(prisma, table);
  return { reports: total, ms: Math.round(performance.now() - t0) };
}
