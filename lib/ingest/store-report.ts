import "server-only";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { ParsedReport } from "../parsers/contract";
import { importRunRows, type ImportAttempt } from "./record-import-run";
import { executeInserts, insertStatement } from "./insert-rows";
import {
  AUDIT_EVENT_COLUMNS, ECONOMIC_LINE_COLUMNS, FINDING_COLUMNS, IMPORT_RUN_COLUMNS, FUNCTION_LINE_COLUMNS, INCOME_SOURCE_COLUMNS, NARRATIVE_CLAIM_COLUMNS,
  PERFORMANCE_INDICATOR_COLUMNS, PERFORMANCE_PROJECT_COLUMNS, REPORT_COLUMNS, SANGONG_ITEM_COLUMNS, UNREAD_SECTION_COLUMNS,
} from "./import-columns";
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

interface Numbered {
  version: number;
  reportId: number;
  projectIds: number[];
  importRunId: number;
}

/**
 * One round trip before the rows: the current version of this department, year and scope stops being current, the
 * highest version so far numbers the new one, and the ids the rows name one another by are reserved.
 */
async function numberVersion(tx: Prisma.TransactionClient, departmentId: number, year: number, scope: string, projects: number): Promise<Numbered> {
  const [numbered] = await tx.$queryRaw<Array<Omit<Numbered, "version"> & { latest: number }>>`
    WITH cleared AS (UPDATE "Report" SET "currentKey" = NULL WHERE "currentKey" = ${`${departmentId}:${year}:${scope}`})
    SELECT (SELECT COALESCE(MAX("version"), 0)::int4 FROM "Report" WHERE "departmentId" = ${departmentId} AND "year" = ${year} AND "scope" = ${scope}) AS latest,
      nextval(pg_get_serial_sequence('"Report"', 'id'))::int4 AS "reportId",
      nextval(pg_get_serial_sequence('"ImportRun"', 'id'))::int4 AS "importRunId",
      ARRAY(SELECT nextval(pg_get_serial_sequence('"PerformanceProject"', 'id'))::int4 FROM generate_series(1, ${projects}::int4)) AS "projectIds"`;
  const { latest, ...ids } = numbered!;
  return { version: latest + 1, ...ids };
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
      const { version, reportId, projectIds, importRunId } = await numberVersion(tx, dept.id, input.year, scope, rows.projects.length);
      const ofReport = { column: "reportId", id: reportId };
      const count = (severity: string) => input.parsed.findings.filter((f) => f.severity === severity).length;
      const log = importRunRows(input.attempt, input.sha, {
        status: version > 1 ? "new_version" : "imported", reportId, sourceDocumentId: doc.id,
        errorCount: count("error"), warningCount: count("warning"), infoCount: count("info"),
        message: `${dept.name} ${input.year} 年度，第 ${version} 版`,
      }, dept.id, importRunId);
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
        insertStatement("AuditEvent", AUDIT_EVENT_COLUMNS, log.audit ? [log.audit] : []),
        insertStatement("ImportRun", IMPORT_RUN_COLUMNS, [log.run]),
      ]);
      return { reportId, sourceDocumentId: doc.id, departmentId: dept.id, department: dept.name, version, importRunId };
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
}
