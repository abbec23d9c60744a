import Negotiator from "negotiator";

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
 * The levels answers that change with the data are compressed at, by the web server's compressor and by routes ahead
 * of it alike: gzip 1 and brotli 3 (3–6× cheaper than gzip 6 and brotli 5, within ~15% of their size). A shared answer
 * is compressed once per data version while the page-data cache keeps it, but once per request with that cache off: at
 * 10,000 departments brotli 5 of the 1.9 MB by-year columns took 91–107 ms, brotli 3 20–38 ms.
 */
export const DYNAMIC_GZIP_LEVEL = 1;
export const DYNAMIC_BROTLI_QUALITY = 3;

/** The encodings the web server's compressor offers, and which it prefers on a tie (compression's own lists). */
const SUPPORTED = ["br", "gzip", "deflate", "identity"];
const PREFERRED = ["br", "gzip"];

/**
 * The compressed encoding an Accept-Encoding header asks for, negotiated exactly as the web server's compressor
 * negotiates (the same Negotiator call), or null when that would be deflate, identity or nothing: the text then goes to
 * the compressor, which handles it as it would any answer.
 */
export function preferredEncoding(header: string | null): CompressedEncoding | null {
  if (header === null) return null;
  const chosen = new Negotiator({ headers: { "accept-encoding": header } }).encoding(SUPPORTED, PREFERRED);
  return chosen === "br" || chosen === "gzip" ? chosen : null;
}
