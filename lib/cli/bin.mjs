#!/usr/bin/env node
// The `fiscal-lens` command. The CLI is TypeScript (like the generated Prisma client) and Prisma's schema engine is
// WASM imported as an ES module, so the real entry runs under tsx with WASM modules enabled. Signals are passed on so
// stopping this process stops the CLI (and the web server it may have started).
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const child = spawn(
  process.execPath,
  ["--experimental-wasm-modules", "--disable-warning=ExperimentalWarning", "--import", "tsx", path.join(here, "main.ts"), ...process.argv.slice(2)],
  { stdio: "inherit", cwd: path.resolve(here, "..", "..") },
);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
