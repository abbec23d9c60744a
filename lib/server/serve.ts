import fs from "node:fs";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddressOf, parseTrustedProxies } from "../auth/client-address";
import { authMode, SESSION_COOKIE } from "../auth/config";
import { readCookie } from "../auth/request-cookie";
import { pruneSecurityRecords } from "../auth/prune";
import { readSession } from "../auth/sessions";
import { viewerFromApiToken } from "../auth/tokens";
import { GUEST_VIEWER } from "../auth/viewer";
import { getDatabase, getPrisma } from "../db/client";
import { readDataVersion, withOneDataVersion } from "../db/data-version";
import { logInternalError } from "../internal-error";
import { entityTag, isCacheableRequest, isStorableResponse, matchesEntityTag, responseCacheKey, REVALIDATE_CACHE_CONTROL, viewerCacheKey } from "./cache-policy";
import { Admission } from "./admission";
import { serveHandedConnections } from "./balance";
import { captureResponse } from "./capture";
import { compressResponse } from "./compress";
import { contentSecurityPolicy, newNonce } from "./csp";
import { refuseUnsupportedMethod } from "./methods";
import { tagResponse } from "./revalidate";
import { ResponseCache, type CachedResponse } from "./response-cache";
import { StaticFiles } from "./static-files";

export interface ServeOptions {
  port: number;
  /** Response cache size in bytes; 0 switches it off. */
  cacheBytes: number;
  /** Reads (GET/HEAD) rendered at once, the rest queued in order (lib/server/admission.ts); 0 = no limit. */
  renderLimit: number;
  /** A worker of several: the primary listens and hands it connections (lib/server/balance.ts) instead. */
  handed: boolean;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** Requests that change nothing (lib/server/methods.ts refuses the rest but POST, PUT, PATCH and DELETE) read the data version once. */
const READ_ONLY_METHODS = new Set(["GET", "HEAD"]);

/**
 * The viewer part of the cache key (session cookie or API token; Basic never reaches the cache), or null when the
 * request needs a login or its token is refused (Next answers with the redirect or the 401).
 */
async function viewerKey(req: IncomingMessage): Promise<string | null> {
  const prisma = await getPrisma();
  const bearer = /^bearer (.+)$/i.exec(req.headers.authorization ?? "")?.[1];
  if (bearer !== undefined) {
    const viewer = await viewerFromApiToken(prisma, bearer.trim());
    return viewer === null ? null : viewerCacheKey(viewer, "token");
  }
  const session = await readSession(prisma, readCookie(req.headers.cookie, SESSION_COOKIE));
  if (session) return viewerCacheKey(session.viewer, "session");
  return authMode() === "required" ? null : viewerCacheKey(GUEST_VIEWER, "guest");
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
async function cachedAnswer(cache: ResponseCache, handle: Handler, req: IncomingMessage, res: ServerResponse, limit: number, buildId: string): Promise<void> {
  const prisma = await getPrisma();
  const [version, viewer] = await Promise.all([readDataVersion(prisma), viewerKey(req)]);
  if (viewer === null) return handle(req, res);
  const key = responseCacheKey(version, viewer, req.url ?? "/", req.headers);
  const etag = entityTag(key, buildId);
  if (matchesEntityTag(req.headers["if-none-match"], etag)) {
    // The browser keeps the body it holds and takes the 304's headers over its stored ones: a fresh policy here would
    // carry a nonce its stored page does not have, and every script of that page would be blocked.
    res.removeHeader("content-security-policy");
    res.writeHead(304, { etag, "cache-control": REVALIDATE_CACHE_CONTROL, "x-fiscal-lens-cache": "revalidated" });
    res.end();
    return;
  }
  tagResponse(res, etag);
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

/** Old login attempts, expired sessions and audit rows past retention go at start and hourly (lib/auth/prune.ts). */
function schedulePruning(): void {
  const prune = () => getPrisma().then((prisma) => pruneSecurityRecords(prisma)).catch((error: unknown) => logInternalError(error, "pruning"));
  void prune();
  setInterval(prune, 3600_000).unref();
}

/** `npm start`'s web server: Next's request handler behind the response cache (lib/server/cache-policy.ts). */
export async function serve(options: ServeOptions): Promise<http.Server> {
  // Open the database (and take the PGlite folder lock) before serving anything, so a CLI import on the same folder
  // refuses from the moment the server runs, not from its first request.
  await getDatabase();
  const app = next({ dev: false, dir: process.cwd(), port: options.port });
  await app.prepare();
  const nextHandler = app.getRequestHandler() as Handler;
  // Compressed here, not by Next (lib/server/compress.ts), and inside the cache's capture, which keeps the compressed bytes.
  const admission = options.renderLimit > 0 ? new Admission(options.renderLimit) : null;
  const staticFiles = new StaticFiles(async (req, res) => {
    compressResponse(req, res);
    return nextHandler(req, res);
  });
  const handle: Handler = async (req, res) => {
    // The build's static files are kept compressed and never wait behind renders (lib/server/static-files.ts).
    if (req.url?.startsWith("/_next/static/")) return staticFiles.answer(req, res);
    compressResponse(req, res);
    // Changes (imports, logins) are not queued.
    if (admission === null || !READ_ONLY_METHODS.has(req.method ?? "")) return nextHandler(req, res);
    const release = await admission.enter();
    res.once("close", release);
    // A client that went away while waiting is not rendered for.
    if (res.destroyed) return release();
    return nextHandler(req, res);
  };
  const buildId = fs.readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
  const cache = options.cacheBytes > 0 ? new ResponseCache(options.cacheBytes) : null;
  const limit = Math.floor(options.cacheBytes / 8);
  const proxies = parseTrustedProxies(process.env.FISCAL_LENS_TRUSTED_PROXIES);
  const server = http.createServer((req, res) => {
    if (refuseUnsupportedMethod(req, res)) return;
    // The one place the client address is decided (lib/auth/client-address.ts); a client-sent value is replaced.
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(req.socket.remoteAddress, req.headers["x-forwarded-for"], proxies);
    // A fresh script nonce per rendering (lib/server/csp.ts); a cached answer replays the policy it was rendered with.
    const csp = contentSecurityPolicy(newNonce());
    req.headers["content-security-policy"] = csp;
    res.setHeader("content-security-policy", csp);
    const answer = cache !== null && isCacheableRequest(req.method, req.url ?? "/", req.headers)
      ? withOneDataVersion(() => cachedAnswer(cache, handle, req, res, limit, buildId))
      : READ_ONLY_METHODS.has(req.method ?? "") ? withOneDataVersion(() => handle(req, res)) : handle(req, res);
    answer.catch((error: unknown) => {
      console.error(error);
      if (res.headersSent) res.destroy();
      else {
        res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end("服务器内部错误");
      }
    });
  });
  if (options.handed) serveHandedConnections(server);
  else await new Promise<void>((resolve) => server.listen(options.port, resolve));
  schedulePruning();
  return server;
}
