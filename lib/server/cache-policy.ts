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

/** Everything about the viewer that can change a page: identity, name, role and department scope. */
export function viewerCacheKey(viewer: Viewer, loggedIn: boolean): string {
  const scope = viewer.departmentIds === null ? "*" : viewer.departmentIds.join(",");
  return JSON.stringify([loggedIn, viewer.userId, viewer.name, viewer.role, scope]);
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
