import { fork, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import type { ParsedReport } from "../contract";
import { fileLabel } from "../detect-format";
import { ParseError, type ParseErrorCode, type ParseErrorDetails } from "../errors";
import type { ParseInput, ParseOptions } from "../parse-report";

/**
 * Parses files in a small pool of supervised CHILD PROCESSES, each with its own heap limit and a hard deadline. A file
 * that explodes in memory or loops kills one child — never the server (an out-of-memory in a worker thread aborts the
 * whole process) — and the caller gets a ParseError ("文件过大或结构异常") while the next file gets a fresh child.
 * The pool (one child per core by default) lets imports parse on every core.
 */
const ROOT = process.cwd();
const CHILD_FILE = path.join(/*turbopackIgnore: true*/ ROOT, "lib", "parsers", "worker", "parse-child.mjs");
const PARSER_FILE = path.join(/*turbopackIgnore: true*/ ROOT, "lib", "parsers", "parse-report.ts");
const TSCONFIG = path.join(/*turbopackIgnore: true*/ ROOT, "tsconfig.json");
/** Heap limit of each parse process, read when a process starts (FISCAL_LENS_PARSE_HEAP_MB, default 1 GiB). */
export function parseHeapMb(): number {
  return Math.max(64, Number(process.env.FISCAL_LENS_PARSE_HEAP_MB ?? 1024) || 1024);
}
export const PARSE_PROCESSES = Math.max(1, Math.floor(Number(process.env.FISCAL_LENS_PARSE_PROCESSES ?? os.availableParallelism())) || 1);
/** Grace beyond the parser's own time budget before the child is killed. */
const KILL_GRACE_MS = 2_000;

type Reply =
  | { ready: true }
  | { id: number; ok: true; report: ParsedReport }
  | { id: number; ok: false; error: { name?: string; code?: ParseErrorCode; message: string; details: ParseErrorDetails } };

interface Job {
  input: ParseInput;
  options: ParseOptions;
  resolve(report: ParsedReport): void;
  reject(error: unknown): void;
}

interface Slot {
  child: ChildProcess;
  heapMb: number;
  ready: Promise<void>;
  busy: boolean;
}

function brokeDown(fileName: string, why: string): ParseError {
  return new ParseError("too_large", `${fileLabel(fileName)}：文件过大或结构异常（${why}），已中止；服务未受影响`, { file: fileName });
}

/** Keeps the event loop alive only while a child works, so a CLI exits once its last file is done. */
function holdLoop(child: ChildProcess, hold: boolean): void {
  const channel = child.channel as { ref(): void; unref(): void } | null | undefined;
  if (hold) channel?.ref();
  else channel?.unref();
}

class ParsePool {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private nextId = 1;

  constructor(private readonly size: number) {}

  run(input: ParseInput, options: ParseOptions): Promise<ParsedReport> {
    return new Promise((resolve, reject) => {
      this.queue.push({ input, options, resolve, reject });
      this.pump();
    });
  }

  async stop(): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((slot) => this.kill(slot)));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.size) {
        slot = this.spawn();
        this.slots.push(slot);
      }
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.busy = true;
      void this.execute(slot, job);
    }
  }

  private spawn(): Slot {
    const heapMb = parseHeapMb();
    const child = fork(CHILD_FILE, [PARSER_FILE, TSCONFIG], {
      execArgv: [`--max-old-space-size=${heapMb}`],
      serialization: "advanced",
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    child.unref();
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (msg: Reply) => {
        if (!("ready" in msg)) return;
        child.off("exit", onExit);
        child.off("message", onMessage);
        resolve();
      };
      const onExit = (code: number | null, signal: string | null) => reject(new Error(`解析进程启动失败（${signal ?? code}）`));
      child.on("message", onMessage);
      child.once("exit", onExit);
    });
    ready.catch(() => undefined);
    const slot: Slot = { child, heapMb, ready, busy: false };
    child.once("exit", () => this.remove(slot));
    holdLoop(child, false);
    return slot;
  }

  private remove(slot: Slot): void {
    this.slots = this.slots.filter((s) => s !== slot);
  }

  private kill(slot: Slot): Promise<void> {
    this.remove(slot);
    if (slot.child.exitCode !== null || slot.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      // Referenced again until it is gone: an awaited stop() must not let the process end first.
      slot.child.ref();
      slot.child.once("exit", () => resolve());
      slot.child.kill("SIGKILL");
    });
  }

  private async execute(slot: Slot, job: Job): Promise<void> {
    const { child } = slot;
    const { fileName } = job.input;
    holdLoop(child, true);
    try {
      await slot.ready;
      job.resolve(await this.exchange(slot, job));
    } catch (error) {
      job.reject(error instanceof ParseError ? error : brokeDown(fileName, error instanceof Error ? error.message : String(error)));
    } finally {
      holdLoop(child, false);
      slot.busy = false;
      this.pump();
    }
  }

  private exchange(slot: Slot, job: Job): Promise<ParsedReport> {
    const { child } = slot;
    const { fileName } = job.input;
    const id = this.nextId++;
    const timeoutMs = job.options.timeoutMs ?? 60_000;
    return new Promise<ParsedReport>((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        void this.kill(slot);
        reject(brokeDown(fileName, `解析超过 ${Math.round(timeoutMs / 1000)} 秒仍未完成`));
      }, timeoutMs + KILL_GRACE_MS);
      const onMessage = (reply: Reply) => {
        if ("ready" in reply || reply.id !== id) return;
        cleanup();
        if (reply.ok) resolve(reply.report);
        else if (reply.error.name === "ParseError" && reply.error.code) reject(new ParseError(reply.error.code, reply.error.message, reply.error.details));
        else reject(new ParseError("corrupt", `文件${fileLabel(fileName)}无法解析：${reply.error.message}`, { file: fileName }));
      };
      const onExit = (code: number | null, signal: string | null) => {
        cleanup();
        this.remove(slot);
        reject(brokeDown(fileName, `解析时超出内存上限 ${slot.heapMb} MB 或解析进程异常退出：${signal ?? code}`));
      };
      const cleanup = () => {
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
      };
      child.on("message", onMessage);
      child.once("exit", onExit);
      child.send({ id, bytes: job.input.bytes, fileName, options: job.options }, (error) => {
        if (error) onExit(null, error.message);
      });
    });
  }
}

const GLOBAL_KEY = Symbol.for("fiscal-lens.parse-pool");
type GlobalWithPool = typeof globalThis & { [GLOBAL_KEY]?: ParsePool };

/** One pool per process (on globalThis: the web server's bundle and tsx-loaded code share it). */
function pool(): ParsePool {
  const g = globalThis as GlobalWithPool;
  return (g[GLOBAL_KEY] ??= new ParsePool(PARSE_PROCESSES));
}

/** parseReport in a supervised child process. Up to PARSE_PROCESSES files parse at once; the rest wait in line. */
export function parseIsolated(input: ParseInput, options: ParseOptions = {}): Promise<ParsedReport> {
  return pool().run(input, options);
}

/** Ends the children (a CLI or test calls it when done). */
export async function stopParsePool(): Promise<void> {
  await pool().stop();
}
