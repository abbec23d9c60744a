import http, { type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { authMode, SESSION_COOKIE } from "../auth/config";
import { readSession } from "../auth/sessions";
import { GUEST_VIEWER } from "../auth/viewer";
import { getPrisma } from "../db/client";
import { readDataVersion } from "../db/data-version";
import { isCacheableRequest, isStorableResponse, responseCacheKey, viewerCacheKey } from "./cache-policy";
import { captureResponse } from "./capture";
import { ResponseCache, type CachedResponse } from "./response-cache";

export interface ServeOptions {
  port: number;
  /** Response cache size in bytes; 0 switches it off. */
  cacheBytes: number;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** The viewer part of the cache key, or null when the request needs a login (Next answers with the redirect). */
async function viewerKey(req: IncomingMessage): Promise<string | null> {
  const session = await readSession(await getPrisma(), readCookie(req.headers.cookie, SESSION_COOKIE));
  if (session) return viewerCacheKey(session.viewer, true);
  return authMode() === "required" ? null : viewerCacheKey(GUEST_VIEWER, false);
}

function send(res: ServerResponse, entry: CachedResponse): void {
  res.writeHead(entry.status, { ...entry.headers, "x-fiscal-lens-cache": "hit" });
  res.end(entry.body);
}

/**
 * Answers a dashboard GET from the cache when the data version and viewer match, otherwise renders it through Next
 * while copying the bytes into the cache. Freshness never depends on time: the key carries the database's data
 * version, read on every request, so an import on any instance is visible on the next request everywhere.
 */
async function cachedAnswer(cache: ResponseCache, handle: Handler, req: IncomingMessage, res: ServerResponse, limit: number): Promise<void> {
  const prisma = await getPrisma();
  const [version, viewer] = await Promise.all([readDataVersion(prisma), viewerKey(req)]);
  if (viewer === null) return handle(req, res);
  const key = responseCacheKey(version, viewer, req.url ?? "/", req.headers);
  // A failed fill elsewhere is no answer for this request: it renders itself.
  const ready = cache.get(key) ?? (await cache.pending(key)?.catch(() => null)) ?? undefined;
  if (ready !== undefined) return send(res, ready);
  res.setHeader("x-fiscal-lens-cache", "miss");
  await cache.fill(key, async () => {
    const captured = captureResponse(res, limit);
    await handle(req, res);
    const entry = await captured;
    return entry !== null && isStorableResponse(entry.status, entry.headers) ? entry : null;
  });
}

/** `npm start`'s web server: Next's request handler behind the response cache (lib/server/cache-policy.ts). */
export async function serve(options: ServeOptions): Promise<http.Server> {
  const app = next({ dev: false, dir: process.cwd(), port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler() as Handler;
  const cache = options.cacheBytes > 0 ? new ResponseCache(options.cacheBytes) : null;
  const limit = Math.floor(options.cacheBytes / 8);
  const server = http.createServer((req, res) => {
    const answer = cache !== null && isCacheableRequest(req.method, req.url ?? "/", req.headers)
      ? cachedAnswer(cache, handle, req, res, limit)
      : handle(req, res);
    answer.catch((error: unknown) => {
      console.error(error);
      if (res.headersSent) res.destroy();
      else {
        res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end("服务器内部错误");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, resolve));
  return server;
}
