// Worker thread entry: parses one file at a time for lib/parsers/worker/parse-isolated.ts. Plain .mjs so it can start
// without a bundler; it registers tsx to load the TypeScript parser from the source tree.
import { parentPort, workerData } from "node:worker_threads";
import { pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

register({ tsconfig: workerData.tsconfig });
const { parseReport } = await import(pathToFileURL(workerData.parserPath).href);

parentPort.on("message", async (job) => {
  try {
    const report = await parseReport({ bytes: job.bytes, fileName: job.fileName }, job.options);
    parentPort.postMessage({ id: job.id, ok: true, report });
  } catch (error) {
    const e = error ?? {};
    parentPort.postMessage({
      id: job.id,
      ok: false,
      error: { name: e.name, code: e.code, message: e.message ?? String(error), details: e.details ?? {} },
    });
  }
});
parentPort.postMessage({ ready: true });
