import { createHash } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import type { Viewer } from "../auth/viewer";

/**
 * Which requests the response cache may answer, and what a cached answer is keyed on. Pure: unit-tested without a
 * server. Only the read-only dashboard pages and analytics APIs qualify; anything that mutates, exports, lists import
 * runs or audit events, or carries HTTP Basic credentials (checked per request, with throttling) always renders;
 * API-token requests are keyed on the token's viewer like sessions.
 */
const CACHEABLE_PATHS = [
  /^\/$/,
  /^\/(execution|sangong|departments|compare|explore)$/,
  /^\/departments\/\d+$/,
  /^\/api\/analytics\/[a-z-]+$/,
  /^\/api\/departments(\/\d+)?$/,
];

/** Request headers a rendered response varies on (compression and Next's client-navigation variants). */
const VARY_HEADERS = [
  "accept",
  "accept-encoding",
  "rsc",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-router-state-tree",
  "next-url",
] as const;

export function isCacheableRequest(method: string | undefined, url: string, headers: IncomingHttpHeaders): boolean {
  // HTTP Basic is checked (scrypt, throttle) by the page or route itself; an API token is a cheap lookup, so it may use the cache.
  if (method !== "GET" || (headers.authorization !== undefined && !/^bearer /i.test(headers.authorization))) return false;
  const pathname = new URL(url, "http://local").pathname;
  return CACHEABLE_PATHS.some((re) => re.test(pathname));
}

/** How the request was authenticated: pages differ between them (login link, logout button), not between users. */
export type ViewerKind = "session" | "token" | "guest";

/**
 * Everything about the viewer that can change a page or an answer: how they signed in, their role, the departments
 * they may see and their regions (the first is their home region). Not who they are — pages carry no name (the header
 * reads it in the browser) — so every user with the same role and scope shares the entries.
 */
export function viewerCacheKey(viewer: Viewer, kind: ViewerKind): string {
  const scope = viewer.departmentIds === null ? "*" : viewer.departmentIds.join(",");
  return JSON.stringify([kind, viewer.role, scope, viewer.regionCodes ?? []]);
}

export function responseCacheKey(dataVersion: string, viewerKey: string, url: string, headers: IncomingHttpHeaders): string {
  const vary = VARY_HEADERS.map((name) => {
    const value = headers[name];
    return Array.isArray(value) ? value.join(",") : value ?? "";
  });
  return JSON.stringify([dataVersion, viewerKey, url, ...vary]);
}

/** Only complete successful responses that set no cookie are kept. */
export function isStorableResponse(status: number, headers: Record<string, unknown>): boolean {
  return status === 200 && headers["set-cookie"] === undefined;
}

/**
 * The entity tag of a cacheable answer: the cache key (data version, viewer scope, URL, varying headers) and the
 * build, hashed. It changes exactly when the answer can, so a browser revalidating with If-None-Match gets a 304
 * without the page being rendered again.
 */
export function entityTag(cacheKey: string, buildId: string): string {
  return `"${createHash("sha256").update(buildId).update("\u0000").update(cacheKey).digest("base64url").slice(0, 27)}"`;
}

/** Kept by the browser but always revalidated (Next's default, no-store, would make the ETag useless). */
export const REVALIDATE_CACHE_CONTROL = "private, no-cache";

/** True when an If-None-Match header lists `etag` (or is `*`). */
export function matchesEntityTag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}
