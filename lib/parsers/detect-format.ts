import { ParseError } from "@/lib/parsers/errors";

export type DetectedInput =
  | { format: "pdf" }
  | { format: "xlsx" }
  | { format: "text"; text: string; encoding: "utf-8" | "gb18030" };

/** PDF readers accept the header anywhere in the first KiB (some generators prepend junk). */
const PDF_WINDOW = 1024;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const CONTROL = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;

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

function decode(bytes: Uint8Array, encoding: "utf-8" | "gb18030"): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * What the bytes are, by content and never by file name: `%PDF-` → PDF, a ZIP header → XLSX, otherwise text that
 * decodes as UTF-8 (or GB18030, common for Chinese files) and reads as Chinese. Anything else is refused with a
 * ParseError that names the file.
 */
export function detectFormat(bytes: Uint8Array, fileName: string): DetectedInput {
  const label = fileLabel(fileName);
  if (bytes.length === 0) throw new ParseError("empty", `文件${label}为空（0 字节）`, { file: fileName });
  if (findPdfHeader(bytes)) return { format: "pdf" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { format: "xlsx" };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new ParseError("unsupported_format", `文件${label}是旧版 Office 二进制格式（.xls/.doc），请另存为 PDF 或 .xlsx 后再上传`, { file: fileName });
  }
  const utf8 = decode(bytes, "utf-8");
  const text = utf8 ?? decode(bytes, "gb18030");
  if (text === null) {
    throw new ParseError("binary", `文件${label}不是 PDF、XLSX 或可识别编码（UTF-8/GB18030）的文本，无法读取`, { file: fileName });
  }
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") throw new ParseError("empty", `文件${label}没有任何文字内容`, { file: fileName });
  const controls = body.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(2, body.length / 100)) {
    throw new ParseError("binary", `文件${label}含有大量不可见控制字符，像是二进制文件而不是文本`, { file: fileName });
  }
  if ((body.match(CJK)?.length ?? 0) < 10) {
    throw new ParseError("unrelated", `文件${label}中几乎没有中文内容，不像部门决算公开报告`, { file: fileName });
  }
  return { format: "text", text: body, encoding: utf8 !== null ? "utf-8" : "gb18030" };
}
