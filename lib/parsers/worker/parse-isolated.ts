import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ParsedReport } from "../contract";
import { ParseError, type ParseErrorCode, type ParseErrorDetails } from "../errors";
import type { ParseInput, ParseOptions } from "../parse-report";

/**
 * Parses uploaded files in a worker thread with a heap limit and a hard deadline: a hostile or pathological file
 * (a PDF that loops, a workbook that explodes in memory) costs one terminated worker, never the server.
 * One worker is kept warm and reused; it is replaced after a timeout or crash.
 */
const ROOT = process.cwd();
const WORKER_FILE = path.join(/*turbopackIgnore: true*/ ROOT, "lib", "parsers", "worker", "parse-worker.mjs");
const PARSER_FILE = path.join(/*turbopackIgnore: true*/ ROOT, "lib", "parsers", "parse-report.ts");
export const WORKER_HEAP_MB = Number(process.env.FISCAL_LENS_PARSE_HEAP_MB ?? 1024);

type Reply =
  | { id: number; ok: true; report: ParsedReport }
  | { id: number; ok: false; error: { name?: string; code?: ParseErrorCode; message: string; details: ParseErrorDetails } };

let worker: { thread: Worker; ready: Promise<void> } | null = null;
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();

function startWorker(): { thread: Worker; ready: Promise<void> } {
  const thread = new Worker(WORKER_FILE, {
    workerData: { parserPath: PARSER_FILE, tsconfig: path.join(/*turbopackIgnore: true*/ ROOT, "tsconfig.json") },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  thread.unref();
  const ready = new Promise<void>((resolve, reject) => {
    const onMessage = (msg: { ready?: boolean }) => {
      if (msg.ready) {
        thread.off("message", onMessage);
        resolve();
      }
    };
    thread.on("message", onMessage);
    thread.once("error", reject);
  });
  return { thread, ready };
}

function discardWorker(): void {
  const current = worker;
  worker = null;
  void current?.thread.terminate();
}

async function runJob(input: ParseInput, options: ParseOptions): Promise<ParsedReport> {
  worker ??= startWorker();
  const { thread, ready } = worker;
  await ready;
  const id = nextId++;
  const timeoutMs = options.timeoutMs ?? 60_000;
  return new Promise<ParsedReport>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      discardWorker();
      reject(new ParseError("timeout", `解析文件“${input.fileName}”超过 ${Math.round(timeoutMs / 1000)} 秒，已中止`, { file: input.fileName }));
    }, timeoutMs + 2_000);
    const onMessage = (reply: Reply) => {
      if (reply.id !== id) return;
      cleanup();
      if (reply.ok) resolve(reply.report);
      else if (reply.error.name === "ParseError" && reply.error.code) reject(new ParseError(reply.error.code, reply.error.message, reply.error.details));
      else reject(new ParseError("corrupt", `文件“${input.fileName}”无法解析：${reply.error.message}`, { file: input.fileName }));
    };
    const onExit = (code: number) => {
      cleanup();
      worker = null;
      reject(new ParseError("too_large", `解析文件“${input.fileName}”时超出内存上限（${WORKER_HEAP_MB} MB）或解析进程异常退出（${code}）`, { file: input.fileName }));
    };
    const cleanup = () => {
      clearTimeout(timer);
      thread.off("message", onMessage);
      thread.off("exit", onExit);
    };
    thread.on("message", onMessage);
    thread.once("exit", onExit);
    thread.postMessage({ id, bytes: input.bytes, fileName: input.fileName, options });
  });
}

/** parseReport, isolated. Jobs run one at a time per process (parsing is CPU-bound; the queue keeps memory bounded). */
export function parseIsolated(input: ParseInput, options: ParseOptions = {}): Promise<ParsedReport> {
  const job = queue.then(() => runJob(input, options));
  queue = job.catch(() => undefined);
  return job;
}

/** Lets a CLI process exit promptly. */
export async function stopParseWorker(): Promise<void> {
  const current = worker;
  worker = null;
  await current?.thread.terminate();
}
