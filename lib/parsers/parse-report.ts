import type { MoneyUnit } from "@/lib/money";
import { ParsedReport } from "@/lib/parsers/contract";
import type { SourceDoc } from "@/lib/parsers/document";
import { assembleReport, emptyNarrativeFacts, emptyPerformanceFacts } from "@/lib/parsers/assemble";
import { detectFormat, fileLabel } from "@/lib/parsers/detect-format";
import { isParseError, ParseError } from "@/lib/parsers/errors";
import { readMetadata, type ReportMetadata } from "@/lib/parsers/metadata";
import { extractNarrative, extractPerformance } from "@/lib/parsers/narrative";
import type { NarrativeFacts, PerformanceFacts } from "@/lib/parsers/narrative/types";
import { collectLocatedLines, lineBoxes } from "@/lib/parsers/pdf/line-boxes";
import { readPdfDocument } from "@/lib/parsers/pdf/read-pdf";
import { printedForm, simplifyDocument } from "@/lib/parsers/simplify";
import { readStandardTables } from "@/lib/parsers/tables/read-tables";
import { readTextDocument } from "@/lib/parsers/text/read-text";
import { readXlsxDocument } from "@/lib/parsers/xlsx/read-xlsx";
import { validateReport } from "@/lib/validation";

export interface ParseInput {
  bytes: Uint8Array;
  fileName: string;
}

export interface ParseOptions {
  /** Larger inputs are refused before anything is read (default 50 MB). */
  maxBytes?: number;
  /** Budget for the whole parse (default 60 s). */
  timeoutMs?: number;
}

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 60_000;

/** Bytes → the format-neutral lines (also what the evidence viewer shows of a text or XLSX page). */
export async function readDocument(input: ParseInput, timeoutMs: number): Promise<SourceDoc> {
  const detected = detectFormat(input.bytes, input.fileName);
  if (detected.format === "pdf") return readPdfDocument(input.bytes, { fileName: input.fileName, timeoutMs });
  if (detected.format === "xlsx") return readXlsxDocument(input.bytes, { fileName: input.fileName });
  return readTextDocument(detected.text);
}

function hasNarrative(facts: NarrativeFacts, performance: PerformanceFacts): boolean {
  return (
    facts.items.length > 0 ||
    facts.claims.length > 0 ||
    Object.values(facts.priorYear).some((v) => v !== null) ||
    facts.operatingExpenses !== null ||
    Object.keys(facts.statedTotals).length > 0 ||
    performance.overall.actual !== null ||
    performance.projects.length > 0
  );
}

/** 繁體 documents are read through a simplified copy; the publisher's name keeps its printed form too. */
function markTraditional(metadata: ReportMetadata, doc: SourceDoc): void {
  metadata.traditional = true;
  const seen = metadata.publisher?.seenAt[0];
  const line = seen ? doc.lines.find((l) => l.page === seen.page && l.line === seen.line) : undefined;
  const printed = metadata.publisher ? printedForm(metadata.publisher.name, line) : undefined;
  if (metadata.publisher && printed) metadata.publisher.printedName = printed;
}

/** A 预算 document is refused before anything else is read: it is next year's plan, not accounts. */
function refuseBudget(metadata: ReportMetadata, fileName: string): void {
  if (metadata.documentKind !== "部门预算" && metadata.documentKind !== "单位预算") return;
  const year = metadata.year ? `${metadata.year} 年` : "";
  throw new ParseError(
    "budget_document",
    `文件${fileLabel(fileName)}是${metadata.department ?? ""}${year}${metadata.documentKind}（预算公开），不是决算报告；本系统只导入部门决算和单位决算，未保存`,
    { file: fileName, section: "封面/标题" },
  );
}

/** A section reader that breaks must not take the report down: its part is reported unread instead. */
function guarded<T>(read: () => T, fallback: () => T, section: string, unread: Array<{ section: string; reason: string }>): T {
  try {
    return read();
  } catch (error) {
    if (isParseError(error)) throw error;
    unread.push({ section, reason: `解析出错，本部分未读取（${error instanceof Error ? error.message : String(error)}）` });
    return fallback();
  }
}

/**
 * Any supported input → the parse contract with the validator's findings. Every failure a user can cause ends in a
 * ParseError naming the file; nothing else escapes.
 */
export async function parseReport(input: ParseInput, opts: ParseOptions = {}): Promise<ParsedReport> {
  const { fileName } = input;
  const label = fileLabel(fileName);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  if (input.bytes.length > maxBytes) {
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
    throw new ParseError("too_large", `文件${label}大小 ${mb(input.bytes.length)} MB，超过上限 ${mb(maxBytes)} MB`, { file: fileName });
  }
  const checkTime = (stage: string): void => {
    if (Date.now() > deadline) throw new ParseError("timeout", `解析文件${label}超时（${timeoutMs} 毫秒），停在：${stage}`, { file: fileName, section: stage });
  };
  try {
    const printed = await readDocument(input, timeoutMs);
    checkTime("读取文档");
    if (printed.lines.length === 0) throw new ParseError("empty", `文件${label}中没有可读取的文字`, { file: fileName });
    const { doc, traditional } = simplifyDocument(printed);
    const metadata = readMetadata(doc, fileName);
    refuseBudget(metadata, fileName);
    if (traditional) markTraditional(metadata, doc);
    const unread: Array<{ section: string; reason: string }> = [...metadata.unread];
    const tables = readStandardTables(doc);
    checkTime("识别表格");
    const unit: MoneyUnit = tables.unit ?? metadata.unit ?? "万元";
    const narrative = guarded(() => extractNarrative(doc, unit), emptyNarrativeFacts, "决算情况说明", unread);
    const performance = guarded(() => extractPerformance(doc, unit), emptyPerformanceFacts, "绩效自评", unread);
    checkTime("读取说明与绩效");
    if (tables.found.length === 0 && !hasNarrative(narrative, performance)) {
      throw new ParseError("unrelated", `文件${label}中没有找到部门决算公开的标准表格（收入支出决算总表等）或决算情况说明，不像部门决算报告`, { file: fileName });
    }
    const assembled = assembleReport({ format: doc.format, pageCount: doc.pageCount, metadata, tables, narrative, performance });
    assembled.unread.push(...(doc.unread ?? []), ...unread);
    if (tables.found.length === 0) assembled.narrativeOnly = true;
    assembled.findings = validateReport(assembled);
    if (doc.format === "pdf") assembled.layout = { boxes: lineBoxes(doc.lines, collectLocatedLines(assembled)) };
    const checked = ParsedReport.safeParse(assembled);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new ParseError("corrupt", `文件${label}的解析结果不完整：${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`, { file: fileName });
    }
    return checked.data;
  } catch (error) {
    if (isParseError(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ParseError("corrupt", `文件${label}无法解析：${reason}`, { file: fileName });
  }
}

/** Text already extracted from a report (tests, CLI pipes). */
export function parseText(text: string, fileName: string, opts?: ParseOptions): Promise<ParsedReport> {
  return parseReport({ bytes: new TextEncoder().encode(text), fileName }, opts);
}
