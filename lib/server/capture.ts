import type { ServerResponse } from "node:http";
import type { CachedResponse } from "./response-cache";

/** Headers that describe one connection, not the response: never replayed from the cache. */
const HOP_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length"]);

type WriteArgs = [chunk: unknown, encoding?: unknown, callback?: unknown];

/**
 * Copies what Next writes to `res` (after its compression) while it goes to the client, and resolves with the
 * complete response once it has finished — or null when it was cut off or grew past `limit` bytes.
 */
export function captureResponse(res: ServerResponse, limit: number): Promise<CachedResponse | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  const keep = (chunk: unknown, encoding: unknown) => {
    if (overflow || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = typeof chunk === "string"
      ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
      : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > limit) {
      overflow = true;
      chunks.length = 0;
    } else chunks.push(buffer);
  };
  const write = res.write.bind(res) as (...args: WriteArgs) => boolean;
  const end = res.end.bind(res) as (...args: WriteArgs) => ServerResponse;
  res.write = ((...args: WriteArgs) => {
    keep(args[0], args[1]);
    return write(...args);
  }) as ServerResponse["write"];
  res.end = ((...args: WriteArgs) => {
    keep(args[0], args[1]);
    return end(...args);
  }) as ServerResponse["end"];
  return new Promise((resolve) => {
    res.once("finish", () => {
      if (overflow) return resolve(null);
      const headers: CachedResponse["headers"] = {};
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (value === undefined || HOP_HEADERS.has(name)) continue;
        headers[name] = Array.isArray(value) ? value : String(value);
      }
      resolve({ status: res.statusCode, headers, body: Buffer.concat(chunks) });
    });
    res.once("close", () => {
      if (!res.writableFinished) resolve(null);
    });
  });
}
