import { describe, expect, it } from "vitest";
import { GUEST_VIEWER, type Viewer } from "@/lib/auth/viewer";
import { entityTag, isCacheableRequest, isStorableResponse, matchesEntityTag, responseCacheKey, viewerCacheKey } from "@/lib/server/cache-policy";

describe("cache policy", () => {
  it("caches GETs of the dashboard pages and analytics APIs only", () => {
    for (const url of ["/", "/execution?level=款", "/sangong", "/departments", "/departments/12?year=2024", "/compare?ids=1,2",
      "/explore?code=201", "/api/analytics/overview", "/api/analytics/sangong-city?from=2020", "/api/departments", "/api/departments/3"]) {
      expect(isCacheableRequest("GET", url, {}), url).toBe(true);
    }
    for (const url of ["/import", "/admin/audit", "/login", "/api/reports", "/api/reports/5/source", "/api/export/xlsx?view=overview",
      "/api/deck?view=overview", "/api/charts/structure", "/api/auth/login", "/_next/static/chunks/a.js", "/departments/12/x"]) {
      expect(isCacheableRequest("GET", url, {}), url).toBe(false);
    }
    expect(isCacheableRequest("POST", "/", {})).toBe(false);
    expect(isCacheableRequest("HEAD", "/", {})).toBe(false);
    expect(isCacheableRequest("GET", "/", { authorization: "Basic eDp5" })).toBe(false);
  });

  it("keys on data version, viewer, URL and the headers a response varies on", () => {
    const guest = viewerCacheKey(GUEST_VIEWER, "guest");
    const base = responseCacheKey("7", guest, "/", { "accept-encoding": "gzip" });
    expect(responseCacheKey("7", guest, "/", { "accept-encoding": "gzip", cookie: "x=1", "user-agent": "a" })).toBe(base);
    expect(responseCacheKey("8", guest, "/", { "accept-encoding": "gzip" })).not.toBe(base);
    expect(responseCacheKey("7", guest, "/?year=2023", { "accept-encoding": "gzip" })).not.toBe(base);
    expect(responseCacheKey("7", guest, "/", {})).not.toBe(base);
    expect(responseCacheKey("7", guest, "/", { "accept-encoding": "gzip", rsc: "1" })).not.toBe(base);
    const scoped: Viewer = { userId: 4, name: "李四", role: "viewer", departmentIds: [3] };
    expect(viewerCacheKey(scoped, "session")).not.toBe(viewerCacheKey({ ...scoped, departmentIds: [3, 4] }, "session"));
    expect(viewerCacheKey(scoped, "session")).not.toBe(viewerCacheKey({ ...scoped, role: "analyst" }, "session"));
    expect(viewerCacheKey(scoped, "session")).not.toBe(viewerCacheKey({ ...scoped, departmentIds: null }, "session"));
    expect(viewerCacheKey(scoped, "session")).not.toBe(viewerCacheKey({ ...scoped, regionCodes: ["310107"] }, "session"));
    expect(viewerCacheKey(scoped, "session")).not.toBe(viewerCacheKey(scoped, "token"));
    expect(viewerCacheKey(GUEST_VIEWER, "guest")).not.toBe(viewerCacheKey(GUEST_VIEWER, "session"));
  });

  it("shares entries between users who may see the same: the key names no user", () => {
    const a: Viewer = { userId: 4, name: "李四", role: "viewer", departmentIds: [3] };
    expect(viewerCacheKey(a, "session")).toBe(viewerCacheKey({ ...a, userId: 5, name: "王五" }, "session"));
    expect(viewerCacheKey(a, "session")).not.toContain("李四");
  });

  it("keeps only complete 200 responses that set no cookie", () => {
    expect(isStorableResponse(200, { "content-type": "text/html" })).toBe(true);
    expect(isStorableResponse(200, { "set-cookie": ["a=b"] })).toBe(false);
    expect(isStorableResponse(404, {})).toBe(false);
    expect(isStorableResponse(307, {})).toBe(false);
  });

  it("tags an answer by its key and the build; If-None-Match matches it (weak or in a list)", () => {
    const tag = entityTag("k1", "build-a");
    expect(tag).toMatch(/^"[\w-]+"$/);
    expect(entityTag("k1", "build-a")).toBe(tag);
    expect(entityTag("k2", "build-a")).not.toBe(tag);
    expect(entityTag("k1", "build-b")).not.toBe(tag);
    expect(matchesEntityTag(tag, tag)).toBe(true);
    expect(matchesEntityTag(`"x", W/${tag}`, tag)).toBe(true);
    expect(matchesEntityTag('"x"', tag)).toBe(false);
    expect(matchesEntityTag(undefined, tag)).toBe(false);
  });
});
