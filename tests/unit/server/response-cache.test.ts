import { describe, expect, it } from "vitest";
import { ResponseCache, type CachedResponse } from "@/lib/server/response-cache";

const entry = (bytes: number, status = 200): CachedResponse => ({ status, headers: { "content-type": "text/html" }, body: Buffer.alloc(bytes, 1) });

describe("ResponseCache", () => {
  it("evicts the least recently used entries once the byte budget is exceeded", () => {
    const cache = new ResponseCache(300, 200);
    cache.set("a", entry(100));
    cache.set("b", entry(100));
    cache.set("c", entry(100));
    expect(cache.get("a")?.body.length).toBe(100);
    cache.set("d", entry(100));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.get("c")).toBeDefined();
    expect(cache.get("d")).toBeDefined();
    expect(cache.totalBytes).toBe(300);
  });

  it("does not keep an entry larger than the per-entry limit and replaces a key's old entry", () => {
    const cache = new ResponseCache(1000, 150);
    cache.set("big", entry(151));
    expect(cache.get("big")).toBeUndefined();
    cache.set("k", entry(100));
    cache.set("k", entry(50));
    expect(cache.size).toBe(1);
    expect(cache.totalBytes).toBe(50);
  });

  it("renders a key once for concurrent requests and shares the result", async () => {
    const cache = new ResponseCache(1000);
    let renders = 0;
    let finish: (value: CachedResponse) => void = () => undefined;
    const first = cache.fill("k", () => {
      renders += 1;
      return new Promise<CachedResponse>((resolve) => { finish = resolve; });
    });
    const waiting = cache.pending("k");
    expect(waiting).toBeDefined();
    finish(entry(10));
    expect((await first)?.body.length).toBe(10);
    expect((await waiting)?.body.length).toBe(10);
    expect(renders).toBe(1);
    expect(cache.pending("k")).toBeUndefined();
    expect(cache.get("k")?.body.length).toBe(10);
  });

  it("stores nothing when the render says the response is not cacheable, and forgets a failed render", async () => {
    const cache = new ResponseCache(1000);
    expect(await cache.fill("no", async () => null)).toBeNull();
    expect(cache.get("no")).toBeUndefined();
    await expect(cache.fill("boom", async () => { throw new Error("render failed"); })).rejects.toThrow("render failed");
    expect(cache.pending("boom")).toBeUndefined();
  });
});
