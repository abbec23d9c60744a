import { describe, expect, it } from "vitest";
import { BoundedCache } from "@/lib/cache/bounded-cache";

describe("BoundedCache", () => {
  it("weighs entries with its size function and evicts the least recently used past the budget", () => {
    const cache = new BoundedCache<string>(10, (s) => s.length, 6);
    cache.set("a", "aaaa");
    cache.set("b", "bbbb");
    cache.get("a");
    cache.set("c", "cccc");
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("aaaa");
    expect(cache.totalBytes).toBe(8);
    cache.set("big", "1234567");
    expect(cache.get("big")).toBeUndefined();
  });

  it("clear drops every entry and its weight; a fill still running stores its result afterwards", async () => {
    const cache = new BoundedCache<string>(100, (s) => s.length);
    cache.set("a", "aaaa");
    let finish: (value: string) => void = () => undefined;
    const running = cache.fill("late", () => new Promise<string>((resolve) => { finish = resolve; }));
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.totalBytes).toBe(0);
    finish("xy");
    expect(await running).toBe("xy");
    expect(cache.get("late")).toBe("xy");
  });
});
