// Child process entry for lib/parsers/worker/parse-isolated.ts: parses one file at a time. Plain .mjs so it starts
// without a bundler; it registers tsx to load the TypeScript parser from the source tree. Its own heap limit
// (--max-old-space-size, set by the parent) means a file that explodes in memory kills this process, never the server.
import { pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

const [parserPath, tsconfig] = process.argv.slice(2);
register({ tsconfig });
const { parseReport } = await import(pathToFileURL(parserPath).href);

// The parent went away (server stopped or crashed): nothing left to parse for.
process.on("disconnect", () => process.exit(0));
process.on("message", async (job) => {
  try {
    const report = await parseReport({ bytes: job.bytes, fileName: job.fileName }, job.options);
    process.send({ id: job.id, ok: true, report });
  } catch (error) {
    const e = error ?? {};
    process.send({ id: job.id, ok: false, error: { name: e.name, code: e.code, message: e.message ?? String(error), details: e.details ?? {} } });
  }
});
process.send({ ready: true });
