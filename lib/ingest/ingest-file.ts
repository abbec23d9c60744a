import { createHash } from "node:crypto";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { recordAudit, type AuditAction } from "../auth/audit";
import type { Finding, ParsedReport, Unread } from "../parsers/contract";
import { isParseError, ParseError, type ParseErrorDetails } from "../parsers/errors";
import { parseIsolated } from "../parsers/worker/parse-isolated";
import { logInternalError } from "../internal-error";
import { findDepartment } from "./resolve-department";
import { storeReport } from "./store-report";
import { extensionMismatch, MEDIA_TYPES, sniffKind } from "./sniff";

export const DEFAULT_MAX_BYTES = Number(process.env.FISCAL_LENS_MAX_UPLOAD_BYTES ?? 50 * 1024 * 1024);
export const DEFAULT_PARSE_TIMEOUT_MS = Number(process.env.FISCAL_LENS_PARSE_TIMEOUT_MS ?? 60_000);

export interface IngestInput {
  bytes: Uint8Array;
  fileName: string;
  actor: string;
  channel: "web" | "api" | "cli" | "demo";
  dryRun?: boolean;
  /** Corrections from the preview: department and year as the user confirmed them. */
  departmentName?: string;
  year?: number;
  isDemo?: boolean;
  maxBytes?: number;
}

export interface IngestError {
  code: string;
  message: string;
  details: ParseErrorDetails;
}

export type IngestResult =
  | { status: "imported" | "new_version"; importRunId: number; reportId: number; departmentId: number; department: string; year: number; version: number; findings: Finding[]; unread: Unread[] }
  | { status: "duplicate"; importRunId: number; reportId: number; departmentId: number; department: string; year: number; version: number; findings: Finding[]; unread: Unread[] }
  | { status: "dry_run"; parsed: ParsedReport; department: string | null; year: number | null; existingDepartment: { id: number; name: string } | null; findings: Finding[]; unread: Unread[] }
  | { status: "failed"; importRunId: number | null; error: IngestError };

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** A parse error's message is written for users; anything else (database, driver, bug) is logged, never shown. */
function failure(error: unknown, fileName: string): IngestError {
  if (isParseError(error)) return { code: error.code, message: error.message, details: error.details };
  const id = logInternalError(error, `import ${fileName}`);
  return { code: "internal", message: `导入 ${fileName} 时出错，未保存任何内容（错误编号 ${id}，请联系管理员查看服务器日志）`, details: { file: fileName } };
}

const AUDIT_ACTION: Record<string, AuditAction> = { imported: "import", new_version: "report_version", failed: "import_failed", duplicate: "import" };

async function logRun(prisma: PrismaClient, input: IngestInput, sha: string | null, data: Partial<Prisma.ImportRunUncheckedCreateInput>, departmentId: number | null = null) {
  const status = data.status ?? "failed";
  if (input.channel !== "demo") {
    await recordAudit(prisma, {
      actor: input.actor, action: AUDIT_ACTION[status] ?? "import", target: input.fileName, departmentId,
      details: { status, channel: input.channel, sha256: sha, reportId: data.reportId ?? null, message: data.message ?? null },
    });
  }
  return prisma.importRun.create({
    data: {
      actor: input.actor, channel: input.channel, fileName: input.fileName, sha256: sha, size: input.bytes.length,
      status: "failed", finishedAt: new Date(), ...data,
    },
  });
}

async function existingDuplicate(prisma: PrismaClient, sha: string) {
  return prisma.report.findFirst({
    where: { sourceDocument: { sha256: sha } },
    orderBy: { version: "desc" },
    include: { department: { select: { name: true } } },
  });
}

/**
 * One file in: check size and real type, hash, refuse a duplicate, parse and check (outside the transaction), then
 * store everything in ONE transaction. Every attempt is logged in ImportRun. A bad file changes nothing else.
 */
export async function ingestFile(prisma: PrismaClient, input: IngestInput): Promise<IngestResult> {
  const maxBytes = input.maxBytes ?? DEFAULT_MAX_BYTES;
  const fail = async (error: unknown, sha: string | null) => {
    const err = failure(error, input.fileName);
    const run = input.dryRun ? null : await logRun(prisma, input, sha, { status: "failed", errorCode: err.code, message: err.message });
    return { status: "failed", importRunId: run?.id ?? null, error: err } as const;
  };
  if (input.bytes.length > maxBytes) {
    return fail(new ParseError("too_large", `${input.fileName}：文件大小 ${(input.bytes.length / 1048576).toFixed(1)} MB 超过上限 ${(maxBytes / 1048576).toFixed(0)} MB`, { file: input.fileName }), null);
  }
  const sha = sha256Hex(input.bytes);
  const kind = sniffKind(input.bytes);
  const mismatch = extensionMismatch(input.fileName, kind);
  if (mismatch) return fail(new ParseError("unsupported_format", `${input.fileName}：${mismatch}，已拒绝`, { file: input.fileName }), sha);

  if (!input.dryRun) {
    const dup = await existingDuplicate(prisma, sha);
    if (dup) {
      const run = await logRun(prisma, input, sha, { status: "duplicate", reportId: dup.id, message: "相同文件（SHA-256 一致）已导入" }, dup.departmentId);
      return duplicateResult(run.id, dup);
    }
  }

  let parsed: ParsedReport;
  try {
    // A plain Uint8Array copy: callers pass Node Buffers, which pdfjs refuses.
    const bytes = new Uint8Array(input.bytes);
    parsed = await parseIsolated({ bytes, fileName: input.fileName }, { maxBytes, timeoutMs: DEFAULT_PARSE_TIMEOUT_MS });
  } catch (error) {
    return fail(error, sha);
  }
  const departmentName = input.departmentName?.trim() || parsed.department;
  const year = input.year ?? parsed.year;

  if (input.dryRun) {
    const existing = departmentName ? await prisma.$transaction((tx) => findDepartment(tx, departmentName)) : null;
    return { status: "dry_run", parsed, department: departmentName, year, existingDepartment: existing, findings: parsed.findings, unread: parsed.unread };
  }
  if (!departmentName || !year) {
    const missing = [!departmentName && "部门名称", !year && "年度"].filter(Boolean).join("和");
    const why = parsed.unread.find((u) => u.section === "年度")?.reason;
    return fail(
      new ParseError("needs_confirmation", `${input.fileName}：文档中未能确定${missing}${why ? `（${why}）` : ""}，待确认：请补充后再导入`, { file: input.fileName, section: "封面/标题" }),
      sha,
    );
  }

  try {
    const stored = await storeReport(prisma, {
      parsed, sha, departmentName, year, fileName: input.fileName, bytes: input.bytes,
      mediaType: kind === "unknown" ? "application/octet-stream" : MEDIA_TYPES[kind], isDemo: input.isDemo ?? false, actor: input.actor,
    });
    const run = await logRun(prisma, input, sha, {
      status: stored.version > 1 ? "new_version" : "imported", reportId: stored.reportId, sourceDocumentId: stored.sourceDocumentId,
      errorCount: count(parsed.findings, "error"), warningCount: count(parsed.findings, "warning"), infoCount: count(parsed.findings, "info"),
      message: `${stored.department} ${year} 年度，第 ${stored.version} 版`,
    }, stored.departmentId);
    return {
      status: stored.version > 1 ? "new_version" : "imported", importRunId: run.id, reportId: stored.reportId,
      departmentId: stored.departmentId, department: stored.department, year, version: stored.version,
      findings: parsed.findings, unread: parsed.unread,
    };
  } catch (error) {
    // Two concurrent imports of the same bytes: the loser hits the unique sha256 and becomes a duplicate.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const dup = await existingDuplicate(prisma, sha);
      if (dup) {
        const run = await logRun(prisma, input, sha, { status: "duplicate", reportId: dup.id, message: "相同文件（SHA-256 一致）已导入" });
        return duplicateResult(run.id, dup);
      }
    }
    return fail(error, sha);
  }
}

function count(findings: Finding[], severity: string): number {
  return findings.filter((f) => f.severity === severity).length;
}

function duplicateResult(
  importRunId: number,
  dup: { id: number; departmentId: number; year: number; version: number; parsed: unknown; department: { name: string } },
): IngestResult {
  const parsed = dup.parsed as Partial<ParsedReport>;
  return {
    status: "duplicate", importRunId, reportId: dup.id, departmentId: dup.departmentId, department: dup.department.name,
    year: dup.year, version: dup.version, findings: parsed.findings ?? [], unread: parsed.unread ?? [],
  };
}
