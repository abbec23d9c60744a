import type { IncomingMessage, ServerResponse } from "node:http";
import { preferredEncoding } from "../api/precompressed";
import { captureResponse } from "./capture";
import { ResponseCache, type CachedResponse } from "./response-cache";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** The build's script and style chunks, compressed, stay this size at most (the whole build is a few megabytes). */
const LIMIT_BYTES = 64 * 1024 * 1024;

/** Request headers a kept answer never answers: a part of the file, or a fresh policy of this response. */
const PER_RESPONSE_HEADERS = ["content-security-policy"];

/**
 * The build's static files (/_next/static/…), kept as the compressor wrote them, per file and encoding. Their names
 * carry their content's hash, so a build never changes one; Next read the file and the compressor compressed it anew
 * for every browser that fetched it: 31–48 ms of CPU for the 770 KB chart library alone. Only complete 200 answers
 * are kept; a range request goes to Next.
 */
export class StaticFiles {
  private readonly kept = new ResponseCache(LIMIT_BYTES);

  constructor(private readonly handle: Handler) {}

  async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== "GET" || req.headers.range !== undefined) return this.handle(req, res);
    // By path: Next serves a static file whatever the query, which must not make copies of one file.
    const key = `${preferredEncoding(req.headers["accept-encoding"] ?? null) ?? "identity"} ${new URL(req.url ?? "/", "http://local").pathname}`;
    const ready = this.kept.get(key) ?? (await this.kept.pending(key)?.catch(() => null)) ?? undefined;
    if (ready !== undefined) return send(req, res, ready);
    await this.kept.fill(key, async () => {
      const captured = captureResponse(res, LIMIT_BYTES / 8);
      await this.handle(req, res);
      const entry = await captured;
      if (entry === null || entry.status !== 200) return null;
      for (const name of PER_RESPONSE_HEADERS) delete entry.headers[name];
      return entry;
    });
  }
}

function send(req: IncomingMessage, res: ServerResponse, entry: CachedResponse): void {
  const etag = entry.headers.etag;
  if (typeof etag === "string" && req.headers["if-none-match"] === etag) {
    res.writeHead(304, { etag, "cache-control": "public, max-age=31536000, immutable" });
    res.end();
    return;
  }
  res.writeHead(entry.status, { ...entry.headers, "content-length": entry.body.length });
  res.end(entry.body);
}
