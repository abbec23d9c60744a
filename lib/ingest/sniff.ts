/** What a file really is, by its first bytes — the extension is only a hint and never trusted alone. */
export type SniffedKind = "pdf" | "xlsx" | "text" | "unknown";

export const MEDIA_TYPES: Record<Exclude<SniffedKind, "unknown">, string> = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  text: "text/plain; charset=utf-8",
};

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function sniffKind(bytes: Uint8Array): SniffedKind {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "xlsx";
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return "unknown";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head.length < bytes.length ? trimPartialUtf8(head) : head);
    return "text";
  } catch {
    return "unknown";
  }
}

/** A 4 KiB window may end inside a multi-byte character; drop that tail before strict decoding. */
function trimPartialUtf8(bytes: Uint8Array): Uint8Array {
  const end = bytes.length;
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const b = bytes[end - i] ?? 0;
    if ((b & 0xc0) === 0xc0) return bytes.subarray(0, end - i);
    if ((b & 0x80) === 0) break;
  }
  return bytes.subarray(0, end);
}

const EXTENSION_KIND: Record<string, SniffedKind> = { pdf: "pdf", xlsx: "xlsx", txt: "text", text: "text" };

/** A renamed or polyglot file (content says one thing, the name another) is refused rather than guessed. */
export function extensionMismatch(fileName: string, kind: SniffedKind): string | null {
  const ext = fileName.toLowerCase().split(".").pop() ?? "";
  const expected = EXTENSION_KIND[ext];
  if (!expected || expected === kind) return null;
  const names: Record<SniffedKind, string> = { pdf: "PDF", xlsx: "Excel 工作簿", text: "文本", unknown: "无法识别的二进制内容" };
  return `文件扩展名为 .${ext}，但内容是${names[kind]}`;
}
