import { fork, type ChildProcess } from "node:child_process";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { ConnectionBalancer, listenForWorkers, type ConnectionTarget } from "@/lib/server/balance";

class FakeWorker implements ConnectionTarget {
  readonly handed: net.Socket[] = [];
  constructor(readonly name: string, private readonly fails = false) {}
  send(_message: string, handle: net.Socket, callback: (error: Error | null) => void): boolean {
    if (this.fails) {
      callback(new Error("channel closed"));
      return false;
    }
    this.handed.push(handle);
    callback(null);
    return true;
  }
}

const socket = () => new net.Socket();

describe("ConnectionBalancer", () => {
  test("hands each connection to the worker holding the fewest, the earliest ready among equals", () => {
    const balancer = new ConnectionBalancer<FakeWorker>();
    const [a, b] = [new FakeWorker("a"), new FakeWorker("b")];
    balancer.onMessage(a, "fiscal-lens:ready");
    balancer.onMessage(b, "fiscal-lens:ready");
    for (let i = 0; i < 5; i += 1) balancer.hand(socket());
    expect([a.handed.length, b.handed.length]).toEqual([3, 2]);
    // a's connections close: the next ones go to a until it holds as many as b again.
    expect(balancer.onMessage(a, "fiscal-lens:connection-closed")).toBe("closed");
    balancer.onMessage(a, "fiscal-lens:connection-closed");
    balancer.hand(socket());
    balancer.hand(socket());
    expect([a.handed.length, b.handed.length]).toEqual([5, 2]);
    expect(balancer.pick()).toBe(b);
  });

  test("a worker that went, or is not ready yet, gets nothing; with none ready a connection is closed", () => {
    const balancer = new ConnectionBalancer<FakeWorker>();
    const [a, b] = [new FakeWorker("a"), new FakeWorker("b")];
    const orphan = socket();
    balancer.hand(orphan);
    expect(orphan.destroyed).toBe(true);
    balancer.onMessage(a, "fiscal-lens:ready");
    expect(balancer.onMessage(b, "something else")).toBeNull();
    balancer.hand(socket());
    balancer.remove(a);
    expect(balancer.pick()).toBeNull();
    expect(b.handed).toHaveLength(0);
  });

  test("a failed hand-over closes the connection and is not counted", () => {
    const balancer = new ConnectionBalancer<FakeWorker>();
    const [broken, good] = [new FakeWorker("broken", true), new FakeWorker("good")];
    balancer.onMessage(broken, "fiscal-lens:ready");
    balancer.onMessage(good, "fiscal-lens:ready");
    const lost = socket();
    balancer.hand(lost);
    expect(lost.destroyed).toBe(true);
    // Still holding none, the broken worker is picked again before the good one: counts are not inflated by failures.
    expect(balancer.pick()).toBe(broken);
  });
});

describe("two worker processes behind one listening socket", () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill();
  });

  test("eight keep-alive connections are served four by each worker", async () => {
    const balancer = new ConnectionBalancer<ChildProcess>();
    const ready = Array.from({ length: 2 }, () => {
      const child = fork(path.join(import.meta.dirname, "../../fixtures/server/handed-worker.ts"), { execArgv: ["--import", "tsx"] });
      children.push(child);
      return new Promise<void>((resolve) => child.on("message", (message) => {
        if (balancer.onMessage(child, message) === "ready") resolve();
      }));
    });
    await Promise.all(ready);
    const server = await listenForWorkers(0, balancer);
    const { port } = server.address() as net.AddressInfo;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const get = () => new Promise<string>((resolve, reject) => {
      http.get({ port, agent, path: "/" }, (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve(body));
      }).on("error", reject);
    });
    const first = await Promise.all(Array.from({ length: 8 }, get));
    const again = await Promise.all(Array.from({ length: 8 }, get));
    agent.destroy();
    server.close();
    const perWorker = (answers: string[]) => [...new Set(answers)].map((pid) => answers.filter((a) => a === pid).length);
    expect(new Set(first)).toEqual(new Set(children.map((c) => String(c.pid))));
    expect(perWorker(first)).toEqual([4, 4]);
    expect(perWorker(again)).toEqual([4, 4]);
  }, 30_000);
});
