import { ParseError } from "@/lib/parsers/errors";

/** How a file is named in messages: its own name when known, so a user with many uploads sees which one failed. */
export function fileLabel(fileName: string | undefined): string {
  return fileName ? `文件“${fileName}”` : "该 PDF 文件";
}

export function needsOcrError(fileName: string | undefined, pageCount: number): ParseError {
  return new ParseError(
    "needs_ocr",
    `${fileLabel(fileName)}共 ${pageCount} 页，均未包含可识别的文字层（可能为扫描件），需要先进行 OCR`,
    { file: fileName, page: 1 },
  );
}

/** A text layer exists but its fonts carry no usable character map: to the user it is as unreadable as a scan. */
export function undecodableTextError(fileName: string | undefined, pageCount: number): ParseError {
  return new ParseError(
    "needs_ocr",
    `${fileLabel(fileName)}共 ${pageCount} 页，文字层无法解码（字体缺少字符映射，提取出来是乱码），需要先进行 OCR`,
    { file: fileName, page: 1 },
  );
}

export function tooLargeError(fileName: string | undefined, pageCount: number, maxPages: number): ParseError {
  return new ParseError(
    "too_large",
    `${fileLabel(fileName)}共 ${pageCount} 页，超过可处理的上限 ${maxPages} 页`,
    { file: fileName },
  );
}

export function timeoutError(fileName: string | undefined, timeoutMs: number, page: number | undefined): ParseError {
  const where = page === undefined ? "打开文件时" : `读到第 ${page} 页时`;
  return new ParseError(
    "timeout",
    `${fileLabel(fileName)}解析超时：${where}已超过 ${formatSeconds(timeoutMs)} 秒的时限`,
    { file: fileName, page },
  );
}

export function emptyError(fileName: string | undefined): ParseError {
  return new ParseError("empty", `${fileLabel(fileName)}为空（0 字节）`, { file: fileName });
}

export function notPdfError(fileName: string | undefined): ParseError {
  return new ParseError("unsupported_format", `${fileLabel(fileName)}不是 PDF 文件（缺少 %PDF 文件头）`, {
    file: fileName,
  });
}

/**
 * Maps whatever pdfjs throws to a ParseError. pdfjs signals by exception name (its classes are not exported in a way
 * that survives bundling), so the name is what is matched.
 */
export function fromPdfjsError(error: unknown, fileName: string | undefined, page?: number): ParseError {
  if (error instanceof ParseError) return error;
  const name = error instanceof Error ? error.name : "";
  const detail = error instanceof Error ? error.message : String(error);
  if (name === "PasswordException") {
    return new ParseError(
      "encrypted",
      `${fileLabel(fileName)}已加密（需要打开密码），无法读取；请上传未加密的版本`,
      { file: fileName },
    );
  }
  const where = page === undefined ? "" : `（第 ${page} 页）`;
  const reason = name === "InvalidPDFException" ? "文件结构无效，可能下载不完整或已损坏" : `pdfjs 报告：${detail || name || "未知错误"}`;
  return new ParseError("corrupt", `${fileLabel(fileName)}已损坏或不完整，无法解析${where}：${reason}`, {
    file: fileName,
    page,
  });
}

function formatSeconds(ms: number): string {
  return String(Number((Math.max(ms, 0) / 1000).toFixed(3)));
}
