import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../generated/prisma/client";
import { generateCity } from "../demo/generate-city";
import { demoFileName, renderReportText } from "../demo/render-text";
import { renderReportXlsx } from "../demo/render-xlsx";
import type { DemoReport } from "../demo/types";
import { generateDistricts } from "../demo/districts";
import { mergeDepartments, renameDepartment, setParentDepartment } from "./department-events";
import { ingestFile, type IngestResult } from "./ingest-file";
import { ingestMany } from "./ingest-many";
import { normalizeDepartmentName } from "./normalize-name";

export interface DemoLoadOptions {
  departments: number;
  years: [number, number];
  seed: number;
  /** Every n-th report is rendered as XLSX instead of text, so the demo exercises both readers. */
  xlsxEvery?: number;
  /** Also the two districts 示例市甲区/乙区 with their 所属单位 (lib/demo/districts.ts): on first start, in tests only when asked. */
  districts?: boolean;
  onProgress?: (done: number, total: number, label: string) => void;
}

// Districts are on by default so region views (区 vs 区, 含下辖区县, 所属单位) have data on first start; each sits in its own
// region and the counting rule keeps a 汇总 and its units' 单位决算 from counting twice.
export const DEFAULT_DEMO: DemoLoadOptions = { departments: 60, years: [2019, 2024], seed: 2024, districts: true };

/** The real sample reports shipped with the project (also the test fixtures). */
export const SAMPLE_FILES = ["tests/fixtures/xianning-zhengfuban-2024.txt", "tests/fixtures/shanghai-putuo-shehuigongzuobu-2024.pdf"];

async function render(report: DemoReport, index: number, xlsxEvery: number): Promise<{ name: string; bytes: Uint8Array }> {
  // The XLSX renderer prints no scope, so 汇总 and 单位 reports stay text (their scope is in the 部门 line and title).
  const xlsx = xlsxEvery > 0 && index % xlsxEvery === xlsxEvery - 1 && report.scope === undefined;
  return xlsx
    ? { name: demoFileName(report, "xlsx"), bytes: await renderReportXlsx(report) }
    : { name: demoFileName(report, "text"), bytes: new TextEncoder().encode(renderReportText(report)) };
}

async function departmentId(prisma: PrismaClient, name: string): Promise<number | null> {
  const dept = await prisma.department.findUnique({ where: { normalizedName: normalizeDepartmentName(name) }, select: { id: true } });
  return dept?.id ?? null;
}

/**
 * Loads the demo city through the same import path users use: generated files are parsed (on every core, ahead) and
 * stored one by one in order. Renames are applied before the first report under the new name is stored, merges and
 * the units' 部门 after all reports are in.
 */
export async function loadDemoCity(prisma: PrismaClient, options: DemoLoadOptions): Promise<{ results: IngestResult[] }> {
  const city = generateCity(options);
  const districts = options.districts === true ? generateDistricts(options) : null;
  const reports = [...city.reports, ...(districts?.reports ?? [])].sort((a, b) => a.year - b.year || a.fileStem.localeCompare(b.fileStem));
  let appliedRenames = 0;
  const renames = city.events.filter((e) => e.kind === "rename").sort((a, b) => a.year - b.year);
  const results = await ingestMany(
    prisma,
    reports.length,
    async (i) => {
      const file = await render(reports[i]!, i, options.xlsxEvery ?? 7);
      return { bytes: file.bytes, fileName: file.name, actor: "演示数据", channel: "demo", isDemo: true };
    },
    {
      beforeStore: async (i) => {
        const year = reports[i]!.year;
        while (appliedRenames < renames.length && (renames[appliedRenames]?.year ?? Infinity) <= year) {
          const event = renames[appliedRenames++]!;
          const id = await departmentId(prisma, event.from);
          if (id !== null) await renameDepartment(prisma, id, event.to, event.year);
        }
      },
      onResult: (i) => options.onProgress?.(i + 1, reports.length, reports[i + 1]?.fileStem ?? "完成"),
    },
  );
  for (const event of city.events.filter((e) => e.kind === "merge")) {
    const [from, to] = await Promise.all([departmentId(prisma, event.from), departmentId(prisma, event.to)]);
    if (from !== null && to !== null) await mergeDepartments(prisma, from, to, event.year);
  }
  for (const { unit, parent } of districts?.units ?? []) {
    const [unitId, parentId] = await Promise.all([departmentId(prisma, unit), departmentId(prisma, parent)]);
    if (unitId !== null && parentId !== null) await setParentDepartment(prisma, unitId, parentId);
  }
  options.onProgress?.(reports.length, reports.length, "完成");
  return { results };
}

export async function loadSampleReports(prisma: PrismaClient, root = process.cwd()): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  for (const file of SAMPLE_FILES) {
    const full = path.join(root, file);
    if (!fs.existsSync(full)) continue;
    results.push(await ingestFile(prisma, { bytes: fs.readFileSync(full), fileName: path.basename(full), actor: "示例报告", channel: "demo" }));
  }
  return results;
}

/** Removes every demo report and demo-only department; the real samples and user imports stay. */
export async function clearDemo(prisma: PrismaClient): Promise<{ reports: number; departments: number }> {
  return prisma.$transaction(async (tx) => {
    const docs = await tx.report.findMany({ where: { isDemo: true }, select: { sourceDocumentId: true } });
    const reports = await tx.report.deleteMany({ where: { isDemo: true } });
    await tx.department.updateMany({ where: { isDemo: true }, data: { mergedIntoId: null } });
    const departments = await tx.department.deleteMany({ where: { isDemo: true, reports: { none: {} } } });
    const ids = [...new Set(docs.map((d) => d.sourceDocumentId))];
    await tx.importRun.updateMany({ where: { sourceDocumentId: { in: ids } }, data: { sourceDocumentId: null } });
    await tx.sourceDocument.deleteMany({ where: { id: { in: ids }, reports: { none: {} } } });
    return { reports: reports.count, departments: departments.count };
  }, { timeout: 120_000 });
}
