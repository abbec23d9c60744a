import "server-only";
import { getPrisma } from "../../db/client";
import { canSeeDepartment, type Viewer } from "../../auth/viewer";
import { boxesOnPage, findingMarks, type EvidenceMark } from "../../evidence/marks";
import type { LineBox } from "../../parsers/contract";
import { readStoredParse } from "../../parsers/stored-parse";
import type { DocLine } from "../../parsers/document";
import { readDocument } from "../../parsers/parse-report";

export interface EvidenceRequest {
  page: number | null;
  line: number | null;
  finding: number | null;
}

export interface EvidenceView {
  report: { id: number; departmentId: number; department: string; year: number; version: number; fileName: string };
  format: "pdf" | "text" | "xlsx";
  page: number;
  pageCount: number;
  marks: EvidenceMark[];
  /** PDF: the boxes of the marked lines on this page, from the positions kept at parse time. */
  boxes: LineBox[];
  /** Text and XLSX: the page's lines (cells) as the reader read them. */
  lines: DocLine[];
  finding: { rule: string; severity: string; message: string } | null;
  /** The sheet name of an XLSX page. */
  sheet: string | null;
}

/**
 * A page of a report's original file with the lines to highlight: the figure's own line, or both figures of a 审核
 * finding. Null when the report (or the finding) does not exist or lies outside the viewer's departments.
 */
export async function getEvidence(viewer: Viewer, reportId: number, request: EvidenceRequest): Promise<EvidenceView | null> {
  const prisma = await getPrisma();
  const report = await prisma.report.findUnique({
    where: { id: reportId },
    select: {
      id: true, departmentId: true, year: true, version: true, parsed: true, parsedVersion: true,
      department: { select: { name: true } },
      sourceDocument: { select: { fileName: true, format: true, pageCount: true, bytes: true } },
    },
  });
  if (report === null || !canSeeDepartment(viewer, report.departmentId)) return null;
  const parsed = readStoredParse(report.id, report.parsed, report.parsedVersion);
  let marks: EvidenceMark[] = [];
  let finding: EvidenceView["finding"] = null;
  if (request.finding !== null) {
    const row = await prisma.finding.findFirst({ where: { id: request.finding, reportId } });
    if (row === null) return null;
    finding = { rule: row.rule, severity: row.severity, message: row.message };
    marks = findingMarks(parsed, row);
  } else if (request.page !== null) {
    marks = [{ page: request.page, line: request.line, label: "数字所在行" }];
  }
  const doc = report.sourceDocument;
  const format = doc.format === "pdf" || doc.format === "xlsx" ? doc.format : "text";
  const page = request.page ?? marks[0]?.page ?? 1;
  const base = {
    report: { id: report.id, departmentId: report.departmentId, department: report.department.name, year: report.year, version: report.version, fileName: doc.fileName },
    format, marks, finding,
  } as const;
  if (format === "pdf") {
    const pageCount = doc.pageCount ?? parsed.pageCount ?? page;
    const clamped = Math.min(Math.max(page, 1), pageCount);
    return { ...base, page: clamped, pageCount, boxes: boxesOnPage(parsed.layout?.boxes ?? [], marks, clamped), lines: [], sheet: null };
  }
  const read = await readDocument({ bytes: new Uint8Array(doc.bytes), fileName: doc.fileName }, 30_000);
  const pageCount = Math.max(read.pageCount, 1);
  const clamped = Math.min(Math.max(page, 1), pageCount);
  const lines = read.lines.filter((l) => l.page === clamped);
  return { ...base, page: clamped, pageCount, boxes: [], lines, sheet: lines.find((l) => l.sheet !== undefined)?.sheet ?? null };
}
