import { describe, expect, it } from "vitest";
import { Admission } from "@/lib/server/admission";

describe("render admission", () => {
  it("runs at most `limit` at once and admits the rest in arrival order as places free", async () => {
    const admission = new Admission(2);
    const order: number[] = [];
    const releases = new Map<number, () => void>();
    const entered = [1, 2, 3, 4, 5].map((n) => admission.enter().then((release) => {
      order.push(n);
      releases.set(n, release);
    }));
    await Promise.resolve();
    await Promise.all(entered.slice(0, 2));
    expect(order).toEqual([1, 2]);
    expect(admission.load).toEqual({ running: 2, waiting: 3 });
    releases.get(2)!();
    await entered[2];
    expect(order).toEqual([1, 2, 3]);
    releases.get(1)!();
    releases.get(3)!();
    await Promise.all(entered);
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(admission.load).toEqual({ running: 2, waiting: 0 });
  });

  it("frees a place once however often its release is called", async () => {
    const admission = new Admission(1);
    const first = await admission.enter();
    const second = admission.enter();
    first();
    first();
    const release = await second;
    expect(admission.load).toEqual({ running: 1, waiting: 0 });
    const third = admission.enter();
    expect(admission.load).toEqual({ running: 1, waiting: 1 });
    release();
    (await third)();
    expect(admission.load).toEqual({ running: 0, waiting: 0 });
  });
});
