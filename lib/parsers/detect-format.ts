import { ParseError } from "@/lib/parsers/errors";
import { findAppendedSignature } from "@/lib/parsers/pdf-trailer";

/**
 * The ONE format sniffer, used by the import (to refuse early and label the stored file) and by the parser (to decode):
 * what the bytes are, by content and never by file name.
 */
export type TextEncoding = "utf-8" | "gb18030" | "utf-16le" | "utf-16be";
export type SniffedFormat = { format: "pdf" } | { format: "xlsx" } | { format: "text"; encoding: TextEncoding };
export type DetectedInput = { format: "pdf" } | { format: "xlsx" } | { format: "text"; text: string; encoding: TextEncoding };

/** PDF readers accept the header anywhere in the first KiB (some generators prepend junk). */
const PDF_WINDOW = 1024;
/** Encodings are recognised from the head; the whole file is decoded only by the parser. */
const HEAD_WINDOW = 64 * 1024;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const CONTROL = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;
const ENCODING_NAMES = "UTF-8、GB18030/GBK 或 UTF-16";

export function fileLabel(fileName: string): string {
  return fileName ? `“${fileName}”` : "上传的文件";
}

function startsWith(bytes: Uint8Array, signature: ReadonlyArray<number>, at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

function findPdfHeader(bytes: Uint8Array): boolean {
  const signature = [0x25, 0x50, 0x44, 0x46, 0x2d];
  const limit = Math.min(bytes.length - signature.length, PDF_WINDOW);
  for (let i = 0; i <= limit; i += 1) if (startsWith(bytes, signature, i)) return true;
  return false;
}

/** `stream` lets a window that ends inside a multi-byte character decode without error. */
function decode(bytes: Uint8Array, encoding: TextEncoding, stream: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream });
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a BOM: report text always has digits, spaces or line breaks, whose high byte is 0 — so NULs sit on
 * one parity (odd offsets: little-endian, even: big-endian). NULs scattered on both parities mean binary.
 */
function utf16ByNuls(head: Uint8Array): TextEncoding | null {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i += 1) {
    if (head[i] !== 0) continue;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  }
  if (even + odd < Math.max(4, head.length / 200)) return null;
  if (odd >= 9 * even) return "utf-16le";
  if (even >= 9 * odd) return "utf-16be";
  return null;
}

function looksBinary(text: string): boolean {
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls > Math.max(2, text.length / 100);
}

function textEncoding(bytes: Uint8Array): TextEncoding | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return "utf-8";
  if (startsWith(bytes, [0xff, 0xfe])) return "utf-16le";
  if (startsWith(bytes, [0xfe, 0xff])) return "utf-16be";
  const head = bytes.subarray(0, HEAD_WINDOW);
  const stream = head.length < bytes.length;
  if (head.includes(0)) {
    const utf16 = utf16ByNuls(head);
    const text = utf16 && decode(head, utf16, stream);
    return text !== null && utf16 && !looksBinary(text) ? utf16 : null;
  }
  for (const encoding of ["utf-8", "gb18030"] as const) {
    const text = decode(head, encoding, stream);
    if (text !== null) return looksBinary(text) ? null : encoding;
  }
  return null;
}

/**
 * What the bytes are: `%PDF-` → PDF (refused when another file is appended after its last %%EOF), a ZIP header → XLSX,
 * otherwise text in UTF-8 (with or without BOM), GB18030/GBK or UTF-16 LE/BE (with or without BOM). Anything else is
 * refused with a ParseError that names the file.
 */
export function sniffFormat(bytes: Uint8Array, fileName: string): SniffedFormat {
  const label = fileLabel(fileName);
  if (bytes.length === 0) throw new ParseError("empty", `文件${label}为空（0 字节）`, { file: fileName });
  if (findPdfHeader(bytes)) {
    const appended = findAppendedSignature(bytes);
    if (appended) {
      throw new ParseError("unsupported_format", `文件${label}在 PDF 结尾标记（%%EOF）之后附加了${appended}，可能是伪装的复合文件，已拒绝`, { file: fileName });
    }
    return { format: "pdf" };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { format: "xlsx" };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new ParseError("unsupported_format", `文件${label}是旧版 Office 二进制格式（.xls/.doc），请另存为 PDF 或 .xlsx 后再上传`, { file: fileName });
  }
  const encoding = textEncoding(bytes);
  if (encoding === null) {
    throw new ParseError("binary", `文件${label}不是 PDF、XLSX 或可识别编码（${ENCODING_NAMES}）的文本，像是二进制文件，无法读取`, { file: fileName });
  }
  return { format: "text", encoding };
}

/** The whole text; a file whose head is UTF-8 but whose body is not is tried as GB18030 (and the other way round). */
function decodeAll(bytes: Uint8Array, encoding: TextEncoding): { text: string; encoding: TextEncoding } | null {
  const order: TextEncoding[] = encoding === "utf-8" ? ["utf-8", "gb18030"] : encoding === "gb18030" ? ["gb18030", "utf-8"] : [encoding];
  for (const candidate of order) {
    const text = decode(bytes, candidate, false);
    if (text !== null) return { text, encoding: candidate };
  }
  return null;
}

/** sniffFormat, and for text the decoded content (BOM removed), checked to be readable Chinese text. */
export function detectFormat(bytes: Uint8Array, fileName: string): DetectedInput {
  const sniffed = sniffFormat(bytes, fileName);
  if (sniffed.format !== "text") return sniffed;
  const label = fileLabel(fileName);
  const decoded = decodeAll(bytes, sniffed.encoding);
  if (decoded === null) {
    throw new ParseError("binary", `文件${label}的文字编码前后不一致（不是完整的 ${ENCODING_NAMES} 文本），无法读取`, { file: fileName });
  }
  const body = decoded.text.replace(/^\uFEFF/, "");
  if (body.trim() === "") throw new ParseError("empty", `文件${label}没有任何文字内容`, { file: fileName });
  if (looksBinary(body)) {
    throw new ParseError("binary", `文件${label}含有大量不可见控制字符，像是二进制文件而不是文本`, { file: fileName });
  }
  if ((body.match(CJK)?.length ?? 0) < 10) {
    throw new ParseError("unrelated", `文件${label}中几乎没有中文内容，不像部门决算公开报告`, { file: fileName });
  }
  return { format: "text", text: body, encoding: decoded.encoding };
}

export const MEDIA_TYPES: Record<SniffedFormat["format"], string> = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  text: "text/plain",
};

/** The stored file's media type; text keeps its charset so the original bytes are served back readable. */
export function mediaTypeOf(sniffed: SniffedFormat): string {
  return sniffed.format === "text" ? `text/plain; charset=${sniffed.encoding}` : MEDIA_TYPES[sniffed.format];
}

const EXTENSION_FORMAT: Record<string, SniffedFormat["format"]> = { pdf: "pdf", xlsx: "xlsx", txt: "text", text: "text" };
const FORMAT_NAMES: Record<SniffedFormat["format"], string> = { pdf: "PDF", xlsx: "Excel 工作簿", text: "文本" };

/** A renamed file (content says one thing, the name another) is refused rather than guessed. */
export function extensionMismatch(fileName: string, sniffed: SniffedFormat): string | null {
  const ext = fileName.toLowerCase().split(".").pop() ?? "";
  const expected = EXTENSION_FORMAT[ext];
  if (!expected || expected === sniffed.format) return null;
  return `文件扩展名为 .${ext}，但内容是${FORMAT_NAMES[sniffed.format]}`;
}
