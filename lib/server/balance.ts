import net from "node:net";
import type { Server } from "node:http";

/**
 * Connections spread evenly over the server's worker processes (lib/server/main.ts): the primary accepts each one and
 * hands it to the worker holding the fewest open connections. Node's cluster round-robin hands a burst of keep-alive
 * connections to whichever worker acknowledges first, and bench/load.ts's 50 users came out split 31/19 as often as
 * 25/25; every user of the busier worker then waited longer (p95 243 ms against 186–198 ms for even splits, issue 17).
 */
const HANDED = "fiscal-lens:connection";
const CLOSED = "fiscal-lens:connection-closed";
const READY = "fiscal-lens:ready";

/** A worker as the primary sees it: a cluster Worker or a forked ChildProcess. */
export interface ConnectionTarget {
  send(message: string, handle: net.Socket, callback: (error: Error | null) => void): boolean;
}

/** Open connections per worker; a worker is a target from the moment it says it is ready until it goes. */
export class ConnectionBalancer<T extends ConnectionTarget> {
  private readonly open = new Map<T, number>();

  add(target: T): void {
    this.open.set(target, 0);
  }

  remove(target: T): void {
    this.open.delete(target);
  }

  /** A worker's report that one of its connections closed. */
  closed(target: T): void {
    const count = this.open.get(target);
    if (count !== undefined && count > 0) this.open.set(target, count - 1);
  }

  /** The worker holding the fewest open connections (the earliest ready among equals), or null when none serves. */
  pick(): T | null {
    let best: T | null = null;
    let fewest = Infinity;
    for (const [target, count] of this.open) {
      if (count < fewest) {
        best = target;
        fewest = count;
      }
    }
    return best;
  }

  /** Hands a paused connection to the least busy worker; with no worker ready, or a failed hand-over, it is closed. */
  hand(socket: net.Socket): void {
    const target = this.pick();
    if (target === null) {
      socket.destroy();
      return;
    }
    this.open.set(target, (this.open.get(target) ?? 0) + 1);
    target.send(HANDED, socket, (error) => {
      if (error === null) return;
      this.closed(target);
      socket.destroy();
    });
  }

  /** Counts a worker's messages: ready (it becomes a target) and closed connections; says which it was. */
  onMessage(target: T, message: unknown): "ready" | "closed" | null {
    if (message === READY) {
      this.add(target);
      return "ready";
    }
    if (message !== CLOSED) return null;
    this.closed(target);
    return "closed";
  }
}

/** The primary's listening socket: nothing is read there, each connection goes on to a worker as it arrives. */
export function listenForWorkers<T extends ConnectionTarget>(port: number, balancer: ConnectionBalancer<T>): Promise<net.Server> {
  const server = net.createServer({ pauseOnConnect: true }, (socket) => balancer.hand(socket));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}

/** In a worker: serves the connections the primary hands over, reports each one's close, then says it is ready. */
export function serveHandedConnections(server: Server): void {
  process.on("message", (message: unknown, handle: unknown) => {
    if (message !== HANDED || !(handle instanceof net.Socket)) return;
    handle.once("close", () => process.send?.(CLOSED));
    server.emit("connection", handle);
    handle.resume();
  });
  process.send?.(READY);
}
