import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");

test("`fiscal-lens parse --json` into a pipe writes the whole contract, not the pipe buffer's first 64 KB", async () => {
  // Through a shell pipe (an OS pipe with a 64 KB buffer; Node's own child pipes are sockets with larger buffers).
  const command = `"${process.execPath}" lib/cli/bin.mjs parse tests/fixtures/xianning-zhengfuban-2024.txt --json | cat`;
  const { stdout } = await promisify(execFile)("sh", ["-c", command], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(stdout.length).toBeGreaterThan(65_536);
  const report = JSON.parse(stdout) as { department: string; year: number };
  expect([report.department, report.year]).toEqual(["咸宁市人民政府办公室", 2024]);
}, 120_000);
