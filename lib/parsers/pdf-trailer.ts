/**
 * Polyglot check for PDFs: a PDF that is also a ZIP (or carries another file) is refused. Incremental updates append a
 * new body, xref and trailer that end with their own %%EOF, so after the LAST %%EOF there is normally only whitespace;
 * another file's signature there means something was glued on.
 */
interface Signature {
  name: string;
  bytes: number[];
  /** Short magics only count at the start of the appended part (after whitespace); long ones anywhere in it. */
  anywhere: boolean;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const SIGNATURES: Signature[] = [
  { name: "ZIP 压缩包", bytes: [0x50, 0x4b, 0x03, 0x04], anywhere: true },
  { name: "ZIP 压缩包", bytes: [0x50, 0x4b, 0x05, 0x06], anywhere: true },
  { name: "ZIP 压缩包", bytes: [0x50, 0x4b, 0x07, 0x08], anywhere: true },
  { name: "RAR 压缩包", bytes: ascii("Rar!\u001a\u0007"), anywhere: true },
  { name: "7z 压缩包", bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], anywhere: true },
  { name: "Office 文档", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], anywhere: true },
  { name: "可执行文件", bytes: [0x7f, 0x45, 0x4c, 0x46], anywhere: true },
  { name: "PNG 图片", bytes: [0x89, 0x50, 0x4e, 0x47], anywhere: true },
  { name: "网页脚本", bytes: ascii("<script"), anywhere: true },
  { name: "网页", bytes: ascii("<html"), anywhere: true },
  { name: "可执行文件", bytes: ascii("MZ"), anywhere: false },
  { name: "GZIP 压缩包", bytes: [0x1f, 0x8b], anywhere: false },
  { name: "JPEG 图片", bytes: [0xff, 0xd8, 0xff], anywhere: false },
  { name: "GIF 图片", bytes: ascii("GIF8"), anywhere: false },
];

/** A ZIP reader looks for its end record in the last 64 KiB + 22 bytes, whatever comes before or after it. */
const ZIP_END_WINDOW = 65_557;
const ZIP_END = [0x50, 0x4b, 0x05, 0x06];
const EOF_MARK = ascii("%%EOF");

function lower(b: number): number {
  return b >= 0x41 && b <= 0x5a ? b + 0x20 : b;
}

function matchesAt(bytes: Uint8Array, at: number, signature: number[]): boolean {
  return signature.every((b, i) => lower(bytes[at + i] ?? -1) === lower(b));
}

function lastIndexOf(bytes: Uint8Array, needle: number[], from = 0): number {
  for (let i = bytes.length - needle.length; i >= from; i -= 1) if (matchesAt(bytes, i, needle)) return i;
  return -1;
}

function isWhitespace(b: number | undefined): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;
}

/** The name of the kind of file appended to a PDF, or null when the PDF ends cleanly (or only with junk). */
export function findAppendedSignature(bytes: Uint8Array): string | null {
  if (lastIndexOf(bytes, ZIP_END, Math.max(0, bytes.length - ZIP_END_WINDOW)) >= 0) return "ZIP 压缩包";
  const eof = lastIndexOf(bytes, EOF_MARK);
  if (eof < 0) return null;
  let start = eof + EOF_MARK.length;
  while (start < bytes.length && isWhitespace(bytes[start])) start += 1;
  const atStart = SIGNATURES.find((s) => !s.anywhere && matchesAt(bytes, start, s.bytes));
  if (atStart) return atStart.name;
  const anywhere = SIGNATURES.filter((s) => s.anywhere);
  for (let i = start; i < bytes.length; i += 1) {
    const first = lower(bytes[i] ?? -1);
    const found = anywhere.find((s) => lower(s.bytes[0] ?? -1) === first && matchesAt(bytes, i, s.bytes));
    if (found) return found.name;
  }
  return null;
}
