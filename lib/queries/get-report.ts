import "server-only";
import { canSeeDepartment, type Viewer } from "../auth/viewer";
import { getPrisma } from "../db/client";
import type { ParsedReport } from "../parsers/contract";
import { readStoredParse } from "../parsers/stored-parse";

export interface StoredReport {
  id: number;
  departmentId: number;
  department: string;
  year: number;
  scope: string;
  version: number;
  isCurrent: boolean;
  isDemo: boolean;
  importedAt: string;
  sourceDocumentId: number;
  fileName: string;
  parsed: ParsedReport;
}

/** One stored report version in the parse-contract shape, plus where it sits among versions; null outside the scope. */
export async function getReport(viewer: Viewer, id: number): Promise<StoredReport | null> {
  const prisma = await getPrisma();
  const report = await prisma.report.findUnique({
    where: { id },
    include: { department: { select: { name: true } }, sourceDocument: { select: { fileName: true } } },
  });
  if (!report || !canSeeDepartment(viewer, report.departmentId)) return null;
  return {
    id: report.id, departmentId: report.departmentId, department: report.department.name, year: report.year,
    scope: report.scope, version: report.version, isCurrent: report.currentKey !== null, isDemo: report.isDemo,
    importedAt: report.importedAt.toISOString(), sourceDocumentId: report.sourceDocumentId,
    fileName: report.sourceDocument.fileName, parsed: readStoredParse(report.id, report.parsed, report.parsedVersion),
  };
}

/** The original file of a report version; null when unknown or outside the viewer's scope. */
export async function getReportSource(viewer: Viewer, id: number): Promise<{ departmentId: number; fileName: string; mediaType: string; bytes: Uint8Array } | null> {
  const prisma = await getPrisma();
  const report = await prisma.report.findUnique({
    where: { id },
    select: { departmentId: true, sourceDocument: { select: { fileName: true, mediaType: true, bytes: true } } },
  });
  if (!report || !canSeeDepartment(viewer, report.departmentId)) return null;
  const doc = report.sourceDocument;
  return { departmentId: report.departmentId, fileName: doc.fileName, mediaType: doc.mediaType, bytes: new Uint8Array(doc.bytes) };
}
