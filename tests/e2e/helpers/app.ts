import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, "..", "screenshots");

export interface RunningApp {
  url: string;
  dataDir: string;
  /** What the app printed so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

/**
 * Starts the real app (`fiscal-lens start --no-build`: migrate, demo, then the web server of lib/server) on a fresh PGlite folder and a
 * free port. Needs a production build (`npm run build`, as CI does before the browser tests).
 * `env` can seed behaviour (e.g. skip the demo city). Resolves when the server answers.
 */
export async function startApp(
  env: Record<string, string> = {},
  // E2E_PORT pins the port (a developer's own, on a shared machine); otherwise a random free-ish one.
  port = Number(process.env.E2E_PORT) || 3100 + Math.floor(Math.random() * 800),
): Promise<RunningApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "fl-e2e-"));
  const child: ChildProcess = spawn(process.execPath, ["lib/cli/bin.mjs", "start", "--no-build", "--port", String(port)], {
    cwd: path.resolve(import.meta.dirname, "..", "..", ".."),
    env: { ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app exited early:\n${output}`);
    const ready = await fetch(url).then((res) => res.status < 500, () => false);
    if (ready) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  if (Date.now() >= deadline) throw new Error(`app did not start:\n${output}`);
  return {
    url,
    dataDir,
    log: () => output,
    stop: async () => {
      // The CLI starts the web server as its own child: signal the whole process group so no server outlives the test.
      const signalGroup = (signal: NodeJS.Signals) => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, signal);
        } catch {
          // the group has already exited
        }
      };
      signalGroup("SIGTERM");
      await new Promise((r) => setTimeout(r, 1000));
      signalGroup("SIGKILL");
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
