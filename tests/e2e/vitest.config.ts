import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..", "..");

export default defineConfig({
  root,
  resolve: { alias: { "@": root, "server-only": path.join(root, "lib/server-only-node.ts") } },
  test: {
    include: ["tests/e2e/**/*.e2e.test.ts"],
    execArgv: ["--experimental-wasm-modules"],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
