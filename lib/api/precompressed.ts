/**
 * Answers compressed ahead of the web server's compressor (lib/server/compress.ts). Next drops a route's
 * Content-Encoding (it cannot know the body is not decoded), so a route names its encoding in ENCODED_AS and the web
 * server turns that into Content-Encoding, which its compressor then leaves alone. The server marks every request it
 * will do that for with PRECOMPRESSED_OK (replacing anything a client sent); without the mark (`next dev`) routes send
 * plain text.
 */
export const ENCODED_AS = "x-fiscal-lens-encoded-as";
export const PRECOMPRESSED_OK = "x-fiscal-lens-precompressed-ok";

export type CompressedEncoding = "br" | "gzip";

/**
 * The compressed encoding an Accept-Encoding header asks for, chosen as the web server's compressor chooses (the highest
 * q-value, br before gzip on a tie; `*` stands for any encoding not listed), or null when it accepts neither.
 */
export function preferredEncoding(header: string | null): CompressedEncoding | null {
  if (header === null) return null;
  const q = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (name === undefined || name === "") continue;
    const weight = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const value = weight === undefined ? 1 : Number(weight);
    q.set(name, Math.max(q.get(name) ?? 0, Number.isFinite(value) ? value : 0));
  }
  const weightOf = (name: CompressedEncoding) => q.get(name) ?? q.get("*") ?? 0;
  const br = weightOf("br");
  const gzip = weightOf("gzip");
  if (br <= 0 && gzip <= 0) return null;
  return br >= gzip ? "br" : "gzip";
}
