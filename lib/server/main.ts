/**
 * Web server process started by `npm start` (lib/cli/commands/start.ts) after migrations: Next.js in production mode
 * behind the response cache. PORT (3000), FISCAL_LENS_RESPONSE_CACHE_MB (128; 0 = off) and, on PostgreSQL,
 * FISCAL_LENS_RENDER_CONCURRENCY (reads rendered at once per process, the rest queued in order; 4; 0 = no limit) and
 * FISCAL_LENS_WORKERS (processes sharing the port, each its own caches, all keyed on the database's data version; one
 * per core by default, since rendering is what a busy server spends its CPU on) configure it. Embedded PGlite allows
 * one process per data folder, so it always runs one.
 */
import cluster, { type Worker } from "node:cluster";
import os from "node:os";
import { resolveDbTarget } from "../db/target";
import { ConnectionBalancer, listenForWorkers } from "./balance";
import { serve } from "./serve";

const port = Number(process.env.PORT ?? 3000);
const cacheMb = Number(process.env.FISCAL_LENS_RESPONSE_CACHE_MB ?? 128);
const renderLimit = Math.max(0, Math.floor(Number(process.env.FISCAL_LENS_RENDER_CONCURRENCY ?? 4)) || 0);
const requested = Math.max(1, Math.floor(Number(process.env.FISCAL_LENS_WORKERS ?? os.availableParallelism())) || 1);
const workers = resolveDbTarget().kind === "pglite" ? 1 : requested;

if (workers > 1 && cluster.isPrimary) {
  // The primary listens and hands each connection to the least busy worker (lib/server/balance.ts).
  const balancer = new ConnectionBalancer<Worker>();
  // A worker that dies before it is ready (no build, database unreachable) would die again: stop instead of restarting
  // it in a loop. One that dies while serving is restarted.
  const ready = new Set<number>();
  let listening = false;
  let stopping = false;
  const stop = (code: number) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
    setTimeout(() => process.exit(code), 3000).unref();
    cluster.on("exit", () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(code);
    });
  };
  const listen = () => {
    listening = true;
    listenForWorkers(port, balancer).then(
      () => console.log(`✓ Ready on http://localhost:${port}（${workers} 个工作进程，响应缓存各 ${cacheMb > 0 ? `${cacheMb} MB` : "关闭"}）`),
      (error: unknown) => {
        console.error(`无法监听端口 ${port}：${error instanceof Error ? error.message : String(error)}`);
        stop(1);
      },
    );
  };
  const fork = () => {
    const worker = cluster.fork();
    worker.on("message", (message: unknown) => {
      if (balancer.onMessage(worker, message) !== "ready") return;
      ready.add(worker.id);
      if (!listening && ready.size === workers) listen();
    });
  };
  for (let i = 0; i < workers; i += 1) fork();
  cluster.on("exit", (worker, code, signal) => {
    balancer.remove(worker);
    if (stopping || signal === "SIGTERM" || signal === "SIGINT" || code === 0) return;
    if (!ready.delete(worker.id)) {
      console.error(`工作进程 ${worker.process.pid} 启动失败（${signal ?? code}），服务停止`);
      process.exit(1);
    }
    console.error(`工作进程 ${worker.process.pid} 异常退出（${signal ?? code}），正在重启`);
    fork();
  });
  process.on("SIGINT", () => stop(0));
  process.on("SIGTERM", () => stop(0));
} else {
  const server = await serve({ port, cacheBytes: Number.isFinite(cacheMb) && cacheMb > 0 ? cacheMb * 1024 * 1024 : 0, renderLimit, handed: cluster.isWorker });
  if (cluster.isPrimary) console.log(`✓ Ready on http://localhost:${port}（响应缓存 ${cacheMb > 0 ? `${cacheMb} MB` : "关闭"}）`);
  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
