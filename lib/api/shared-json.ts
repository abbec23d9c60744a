import { promisify } from "node:util";
import zlib from "node:zlib";
import { pack } from "../cache/packed";
import { perObject } from "../cache/per-object";
import { DYNAMIC_BROTLI_QUALITY, DYNAMIC_GZIP_LEVEL, ENCODED_AS, PRECOMPRESSED_OK, preferredEncoding, type CompressedEncoding } from "./precompressed";

/** Below this the web server's compressor leaves an answer as it is (lib/server/compress.ts, compression's default). */
const COMPRESS_FROM = 1024;

const compressors: Record<CompressedEncoding, (text: string) => Promise<Buffer>> = {
  gzip: (text) => promisify(zlib.gzip)(text, { level: DYNAMIC_GZIP_LEVEL }),
  br: (text) => promisify(zlib.brotliCompress)(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: DYNAMIC_BROTLI_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(text) } }),
};

/** One shared answer's text and its compressed forms, each made once (on first demand) for every request that sends it. */
class SharedText {
  private readonly compressed = new Map<CompressedEncoding, Promise<Buffer>>();

  constructor(readonly text: string) {}

  async response(request: Request): Promise<Response> {
    const encoding = this.text.length < COMPRESS_FROM || request.headers.get(PRECOMPRESSED_OK) !== "1" ? null : preferredEncoding(request.headers.get("accept-encoding"));
    if (encoding === null) return new Response(this.text, { headers: { "content-type": "application/json" } });
    let body = this.compressed.get(encoding);
    if (body === undefined) {
      body = compressors[encoding](this.text);
      this.compressed.set(encoding, body);
      // A failed compression is not kept: the next request tries again.
      body.catch(() => this.compressed.delete(encoding));
    }
    const bytes = await body;
    return new Response(new Uint8Array(bytes) as Uint8Array<ArrayBuffer>, {
      headers: { "content-type": "application/json", [ENCODED_AS]: encoding, vary: "Accept-Encoding" },
    });
  }
}

/**
 * JSON answers for results the page-data cache shares (lib/queries/page-data-cache.ts), as the same text the pages hand
 * their charts: written once per shared result, and compressed once too, instead of once per
 * request — the execution view is 1.3 MB of JSON at 1,000 departments, and gzipping it on every request was most of
 * that request's CPU (lib/api/precompressed.ts: how the web server sends the bytes as they are). An encoding other than
 * br and gzip (or none) gets the text, which the compressor then handles as before.
 */
const sharedJsonText = perObject((value: object) => new SharedText(pack(value)));

/** A shared result as its JSON (like NextResponse.json, with the text and its compressed forms made once). */
export function sharedJson(value: object, request: Request): Promise<Response> {
  return sharedJsonText(value).response(request);
}

/** Texts answered lately, with their compressed forms: a shared result already written as text is the same string each time. */
const recentTexts = new Map<string, SharedText>();
const RECENT_TEXTS = 16;

/** A shared result already written as JSON text (the heatmaps' packed columns), compressed once while it is asked for. */
export function sharedText(text: string, request: Request): Promise<Response> {
  let shared = recentTexts.get(text);
  if (shared === undefined) {
    shared = new SharedText(text);
    recentTexts.set(text, shared);
    if (recentTexts.size > RECENT_TEXTS) recentTexts.delete(recentTexts.keys().next().value as string);
  }
  return shared.response(request);
}
