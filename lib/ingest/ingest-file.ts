import "server-only";
import { createHash } from "node:crypto";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { Finding, ParsedReport, Unread } from "../parsers/contract";
import { extensionMismatch, mediaTypeOf, sniffFormat, type SniffedFormat } from "../parsers/detect-format";
import { isParseError, ParseError, type ParseErrorDetails } from "../parsers/errors";
import { parseIsolated } from "../parsers/worker/parse-isolated";
import { logInternalError } from "../internal-error";
import { recordImportAttempt, type ImportAttempt } from "./record-import-run";
import { findDepartment } from "./resolve-department";
import { storeReport } from "./store-report";

export const DEFAULT_MAX_BYTES = Number(process.env.FISCAL_LENS_MAX_UPLOAD_BYTES ?? 50 * 1024 * 1024);
export const DEFAULT_PARSE_TIMEOUT_MS = Number(process.env.FISCAL_LENS_PARSE_TIMEOUT_MS ?? 60_000);
/** Longer "names" are misreadings or abuse, and would not fit the name index anyway. */
export const MAX_DEPARTMENT_NAME_CHARS = 100;

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
  | { status: "dry_run"; parsed: ParsedReport; department: string | null; year: number | null; existingDepartment: { id: number; name: string } | null; findings: Finding[]; unread: Unread[]; duplicateOf: DuplicateOf | null }
  | { status: "failed"; importRunId: number | null; error: IngestError };

/** The stored report a file's bytes (SHA-256) already are. */
export interface DuplicateOf {
  reportId: number;
  departmentId: number;
  department: string;
  year: number;
  version: number;
}

/** A parsed file waiting to be stored, or an attempt that already has its answer (failed, duplicate). */
export type PreparedFile =
  | { done: false; input: IngestInput; sha: string; sniffed: SniffedFormat; parsed: ParsedReport }
  | { done: true; result: IngestResult };

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * What the user reads (and ImportRun keeps): a ParseError's own message, or — for anything else, such as a database
 * error — a generic Chinese message with a reference; the raw text goes to the server log only.
 */
function failure(error: unknown, fileName: string): IngestError {
  if (isParseError(error)) return { code: error.code, message: error.message, details: error.details };
  const id = logInternalError(error, `import ${fileName}`);
  return { code: "internal", message: `导入 ${fileName} 时出错，未保存任何内容（错误编号 ${id}，请联系管理员查看服务器日志）`, details: { file: fileName } };
}

function attemptOf(input: IngestInput): ImportAttempt {
  return { actor: input.actor, channel: input.channel, fileName: input.fileName, size: input.bytes.length };
}

async function failed(prisma: PrismaClient, input: IngestInput, error: unknown, sha: string | null): Promise<IngestResult> {
  const err = failure(error, input.fileName);
  // A file refused at the web/API preview is still an upload the log must show (rejected, and why); a good preview
  // is not, and `import --dry-run` on the command line writes nothing.
  const record = !input.dryRun || input.channel !== "cli";
  const run = record ? await recordImportAttempt(prisma, attemptOf(input), sha, { status: "failed", errorCode: err.code, message: err.message }) : null;
  return { status: "failed", importRunId: run?.id ?? null, error: err };
}

async function existingDuplicate(prisma: PrismaClient, sha: string) {
  return prisma.report.findFirst({
    where: { sourceDocument: { sha256: sha } },
    orderBy: { version: "desc" },
    include: { department: { select: { name: true } } },
  });
}

async function duplicate(prisma: PrismaClient, input: IngestInput, sha: string): Promise<IngestResult | null> {
  const dup = await existingDuplicate(prisma, sha);
  if (!dup) return null;
  const run = await recordImportAttempt(prisma, attemptOf(input), sha, { status: "duplicate", reportId: dup.id, message: "相同文件（SHA-256 一致）已导入" }, dup.departmentId);
  const parsed = dup.parsed as Partial<ParsedReport>;
  return {
    status: "duplicate", importRunId: run.id, reportId: dup.id, departmentId: dup.departmentId, department: dup.department.name,
    year: dup.year, version: dup.version, findings: parsed.findings ?? [], unread: parsed.unread ?? [],
  };
}

/** Step 1, safe to run for several files at once: check size and real type, hash, refuse a duplicate, parse. */
export async function prepareFile(prisma: PrismaClient, input: IngestInput): Promise<PreparedFile> {
  const maxBytes = input.maxBytes ?? DEFAULT_MAX_BYTES;
  const done = (result: IngestResult): PreparedFile => ({ done: true, result });
  if (input.bytes.length > maxBytes) {
    const tooLarge = new ParseError("too_large", `${input.fileName}：文件大小 ${(input.bytes.length / 1048576).toFixed(1)} MB 超过上限 ${(maxBytes / 1048576).toFixed(0)} MB`, { file: input.fileName });
    return done(await failed(prisma, input, tooLarge, null));
  }
  const sha = sha256Hex(input.bytes);
  let sniffed: SniffedFormat;
  try {
    sniffed = sniffFormat(input.bytes, input.fileName);
  } catch (error) {
    return done(await failed(prisma, input, error, sha));
  }
  const mismatch = extensionMismatch(input.fileName, sniffed);
  if (mismatch) return done(await failed(prisma, input, new ParseError("unsupported_format", `${input.fileName}：${mismatch}，已拒绝`, { file: input.fileName }), sha));
  const dup = input.dryRun ? null : await duplicate(prisma, input, sha);
  if (dup) return done(dup);
  try {
    // A plain Uint8Array copy: callers pass Node Buffers, which pdfjs refuses.
    const parsed = await parseIsolated({ bytes: new Uint8Array(input.bytes), fileName: input.fileName }, { maxBytes, timeoutMs: DEFAULT_PARSE_TIMEOUT_MS });
    return { done: false, input, sha, sniffed, parsed };
  } catch (error) {
    return done(await failed(prisma, input, error, sha));
  }
}

function nameProblem(fileName: string, name: string): ParseError | null {
  const length = [...name].length;
  if (length <= MAX_DEPARTMENT_NAME_CHARS) return null;
  return new ParseError("unrelated", `${fileName}：部门名称过长（${length} 个字符，上限 ${MAX_DEPARTMENT_NAME_CHARS} 个字符），请核对后在导入页面更正部门名称`, { file: fileName, section: "部门名称" });
}

/** Step 2, one file at a time: store the parsed report, its ImportRun and its audit row in ONE transaction. */
export async function storePrepared(prisma: PrismaClient, prepared: PreparedFile): Promise<IngestResult> {
  if (prepared.done) return prepared.result;
  const { input, sha, sniffed, parsed } = prepared;
  const departmentName = input.departmentName?.trim() || parsed.department;
  const year = input.year ?? parsed.year;
  const badName = departmentName ? nameProblem(input.fileName, departmentName) : null;
  if (badName) return failed(prisma, input, badName, sha);

  if (input.dryRun) {
    const existing = departmentName ? await prisma.$transaction((tx) => findDepartment(tx, departmentName)) : null;
    // The preview already says the file is stored, so nobody confirms an import that would only be refused.
    const dup = await existingDuplicate(prisma, sha);
    const duplicateOf = dup === null ? null : { reportId: dup.id, departmentId: dup.departmentId, department: dup.department.name, year: dup.year, version: dup.version };
    return { status: "dry_run", parsed, department: departmentName, year, existingDepartment: existing, findings: parsed.findings, unread: parsed.unread, duplicateOf };
  }
  if (!departmentName || !year) {
    const missing = [!departmentName && "部门名称", !year && "年度"].filter(Boolean).join("和");
    const why = parsed.unread.find((u) => u.section === "年度")?.reason;
    return failed(
      prisma, input,
      new ParseError("needs_confirmation", `${input.fileName}：文档中未能确定${missing}${why ? `（${why}）` : ""}，待确认：请补充后再导入`, { file: input.fileName, section: "封面/标题" }),
      sha,
    );
  }

  try {
    const stored = await storeReport(prisma, {
      parsed, sha, departmentName, year, fileName: input.fileName, bytes: input.bytes, mediaType: mediaTypeOf(sniffed),
      isDemo: input.isDemo ?? false, actor: input.actor, attempt: attemptOf(input),
    });
    return {
      status: stored.version > 1 ? "new_version" : "imported", importRunId: stored.importRunId, reportId: stored.reportId,
      departmentId: stored.departmentId, department: stored.department, year, version: stored.version,
      findings: parsed.findings, unread: parsed.unread,
    };
  } catch (error) {
    // Two concurrent imports of the same bytes: the loser hits the unique sha256 and becomes a duplicate.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const dup = await duplicate(prisma, input, sha);
      if (dup) return dup;
    }
    return failed(prisma, input, error, sha);
  }
}

/**
 * One file in: check size and real type, hash, refuse a duplicate, parse and check (outside the transaction, in a
 * supervised child process), then store everything in ONE transaction. Every attempt is logged in ImportRun.
 * A bad file changes nothing else.
 */
export async function ingestFile(prisma: PrismaClient, input: IngestInput): Promise<IngestResult> {
  return storePrepared(prisma, await prepareFile(prisma, input));
}
