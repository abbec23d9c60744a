import "server-only";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { ParsedReport } from "../parsers/contract";
import { recordImportRun, type ImportAttempt } from "./record-import-run";
import { executeInserts, insertStatement, reserveIds } from "./insert-rows";
import {
  ECONOMIC_LINE_COLUMNS, FINDING_COLUMNS, FUNCTION_LINE_COLUMNS, INCOME_SOURCE_COLUMNS, NARRATIVE_CLAIM_COLUMNS,
  PERFORMANCE_INDICATOR_COLUMNS, PERFORMANCE_PROJECT_COLUMNS, REPORT_COLUMNS, SANGONG_ITEM_COLUMNS, UNREAD_SECTION_COLUMNS,
} from "./report-columns";
import { toReportRows } from "./report-rows";
import { findOrCreateDepartment } from "./resolve-department";
import { PARSE_CONTRACT_VERSION } from "../parsers/stored-parse";

export interface StoreInput {
  parsed: ParsedReport;
  sha: string;
  departmentName: string;
  year: number;
  fileName: string;
  bytes: Uint8Array;
  mediaType: string;
  isDemo: boolean;
  actor: string;
  /** Logged as ImportRun (and audited) inside the same transaction as the report. */
  attempt: ImportAttempt;
  /** GB/T 2260 code chosen by the user (or read from the document); otherwise the department name's prefix decides. */
  regionCode?: string | null;
}

export interface Stored {
  reportId: number;
  sourceDocumentId: number;
  departmentId: number;
  department: string;
  version: number;
  importRunId: number;
}

/**
 * Writes one report in one transaction: the source document (original bytes + sha256), the department (matched by
 * name/alias or created), a new version that becomes current (the previous current one stays, with currentKey null),
 * every line, and the ImportRun and audit rows of this attempt. Any failure rolls all of it back.
 */
export async function storeReport(prisma: PrismaClient, input: StoreInput): Promise<Stored> {
  const rows = toReportRows(input.parsed);
  // A 部门决算 that does not say otherwise is the department's 汇总 (本级 + 所属单位); a 单位决算 says 单位.
  const scope = input.parsed.scope ?? "汇总";
  return prisma.$transaction(
    async (tx) => {
      const doc = await tx.sourceDocument.create({
        data: {
          sha256: input.sha, fileName: input.fileName, mediaType: input.mediaType, format: input.parsed.format,
          size: input.bytes.length, pageCount: input.parsed.pageCount, bytes: Buffer.from(input.bytes),
        },
      });
      const dept = await findOrCreateDepartment(tx, input.departmentName, input.year, input.isDemo, input.regionCode);
      const currentKey = `${dept.id}:${input.year}:${scope}`;
      // One round trip: the current version stops being current, and the highest version so far numbers the new one.
      const [numbered] = await tx.$queryRaw<Array<{ latest: number }>>`
        WITH cleared AS (UPDATE "Report" SET "currentKey" = NULL WHERE "currentKey" = ${currentKey})
        SELECT COALESCE(MAX("version"), 0)::int4 AS latest FROM "Report"
        WHERE "departmentId" = ${dept.id} AND "year" = ${input.year} AND "scope" = ${scope}`;
      const version = numbered!.latest + 1;
      const reserved = await reserveIds(tx, { Report: 1, PerformanceProject: rows.projects.length });
      const reportId = reserved.Report[0]!;
      const projectIds = reserved.PerformanceProject;
      const ofReport = { column: "reportId", id: reportId };
      await executeInserts(tx, [
        insertStatement("Report", REPORT_COLUMNS, [{
          ...rows.report,
          id: reportId, departmentId: dept.id, year: input.year, scope, version, currentKey, sourceDocumentId: doc.id,
          isDemo: input.isDemo, importedAt: new Date(), importedBy: input.actor, parsed: input.parsed as unknown as Prisma.InputJsonValue, parsedVersion: PARSE_CONTRACT_VERSION,
        }]),
        insertStatement("FunctionLine", FUNCTION_LINE_COLUMNS, rows.functionLines, ofReport),
        insertStatement("EconomicLine", ECONOMIC_LINE_COLUMNS, rows.economicLines, ofReport),
        insertStatement("IncomeSource", INCOME_SOURCE_COLUMNS, rows.incomeSources, ofReport),
        insertStatement("SangongItem", SANGONG_ITEM_COLUMNS, rows.sangongItems, ofReport),
        insertStatement("NarrativeClaim", NARRATIVE_CLAIM_COLUMNS, rows.claims, ofReport),
        insertStatement("Finding", FINDING_COLUMNS, rows.findings, ofReport),
        insertStatement("UnreadSection", UNREAD_SECTION_COLUMNS, rows.unread, ofReport),
        insertStatement("PerformanceProject", PERFORMANCE_PROJECT_COLUMNS, rows.projects.map(({ indicators: _indicators, ...project }, i) => ({ ...project, id: projectIds[i]! })), ofReport),
        insertStatement("PerformanceIndicator", PERFORMANCE_INDICATOR_COLUMNS, rows.projects.flatMap((p, i) => p.indicators.map((indicator) => ({ ...indicator, projectId: projectIds[i]! })))),
      ]);
      const count = (severity: string) => input.parsed.findings.filter((f) => f.severity === severity).length;
      const run = await recordImportRun(tx, input.attempt, input.sha, {
        status: version > 1 ? "new_version" : "imported", reportId, sourceDocumentId: doc.id,
        errorCount: count("error"), warningCount: count("warning"), infoCount: count("info"),
        message: `${dept.name} ${input.year} 年度，第 ${version} 版`,
      }, dept.id);
      return { reportId, sourceDocumentId: doc.id, departmentId: dept.id, department: dept.name, version, importRunId: run.id };
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
}
