import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Database } from "../../db/client";
import { openMigratedDatabase } from "../../db/open-migrated";
import { refreshPlannerStatistics } from "../../db/statistics";
import { DEFAULT_DEMO, loadDemoCity, loadSampleReports } from "../../ingest/load-demo";
import { assignMissingRegions } from "../../ingest/region-catalog";
import { createProgress } from "../progress";
import { describeTarget } from "../../db/target";
import { authMode } from "../../auth/config";
import { randomPassword } from "../../auth/password";
import { addUser } from "../../auth/users";
import { flagString, type ParsedArgs } from "../args";

const ROOT = process.cwd();
const SOURCE_DIRS = ["app", "components", "lib", "prisma"];
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const SERVER_MAIN = path.join(ROOT, "lib", "server", "main.ts");

function newestMtime(dir: string): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** A fresh clone has no build, and a changed source tree makes the old build stale: build then. */
function needsBuild(): boolean {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const configs = ["next.config.js", "package.json"].map((f) => fs.statSync(path.join(ROOT, f)).mtimeMs);
  return Math.max(...configs, ...SOURCE_DIRS.map((d) => newestMtime(path.join(ROOT, d)))) > built;
}

/**
 * `npm start`: build when needed, migrate (and on first run load the demo city), close the database, then serve.
 * Strictly one after the other, because embedded PGlite allows one process per data folder.
 */
export async function runStart(args: ParsedArgs): Promise<number> {
  const port = flagString(args, "port") ?? process.env.PORT ?? "3000";
  if (!args.flags.has("no-build") && needsBuild()) {
    console.log("首次启动或代码已更新：正在构建（约 1 分钟）…");
    const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) return build.status ?? 1;
  }
  const db = await openMigratedDatabase({ role: "npm start（准备数据库）" });
  console.log(`数据库：${describeTarget(db.target)}${db.applied.length ? `，已应用迁移 ${db.applied.join(", ")}` : ""}`);
  try {
    await ensureFirstAdmin(db);
    await loadDemoOnFirstRun(db);
    await assignMissingRegions(db.prisma);
    await refreshPlannerStatistics(db);
  } finally {
    await db.close();
  }
  // The runtime is the project's own Node.js 24 when npm installed it (README, Requirements): say which one serves.
  console.log(`启动财政决算透视：http://localhost:${port}（Node.js ${process.versions.node}）`);
  const server = spawn(
    process.execPath,
    // A 64 MB young generation (16 MB by default): rendering a page allocates a few MB that die at once, and with the
    // default the collector ran every few requests (≈ 9% of a busy server's CPU); bench/load.ts 50 20 at 1,000
    // departments: 100–118 → 113–126 req/s. Cluster workers inherit the flag.
    ["--max-semi-space-size=64", "--experimental-wasm-modules", "--disable-warning=ExperimentalWarning", "--import", "tsx", SERVER_MAIN],
    { stdio: "inherit", env: { ...process.env, NODE_ENV: "production", PORT: port } },
  );
  const forward = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  return new Promise((resolve) => server.on("exit", (code) => resolve(code ?? 0)));
}

/**
 * An empty database on first start gets the real sample reports and the demo city (示例市), imported through the same
 * pipeline users use. FISCAL_LENS_DEMO=0 skips it; FISCAL_LENS_DEMO_DEPARTMENTS / _YEARS size it; FISCAL_LENS_DEMO_DISTRICTS=0|1
 * leaves out or adds the districts 示例市甲区/乙区.
 */
async function loadDemoOnFirstRun(db: Database): Promise<void> {
  if (process.env.FISCAL_LENS_DEMO === "0" || (await db.prisma.report.count()) > 0) return;
  const departments = Number(process.env.FISCAL_LENS_DEMO_DEPARTMENTS ?? DEFAULT_DEMO.departments);
  const [from, to] = (process.env.FISCAL_LENS_DEMO_YEARS ?? DEFAULT_DEMO.years.join("-")).split("-").map(Number);
  const years: [number, number] = [from ?? DEFAULT_DEMO.years[0], to ?? from ?? DEFAULT_DEMO.years[1]];
  const started = Date.now();
  console.log(`空数据库：载入示例报告与演示城市（${departments} 个部门 × ${years[1] - years[0] + 1} 年，演示数据）…`);
  await loadSampleReports(db.prisma);
  const bar: { current: ReturnType<typeof createProgress> | null } = { current: null };
  const { results } = await loadDemoCity(db.prisma, {
    ...DEFAULT_DEMO, departments, years,
    districts: process.env.FISCAL_LENS_DEMO_DISTRICTS === undefined ? DEFAULT_DEMO.districts : process.env.FISCAL_LENS_DEMO_DISTRICTS !== "0",
    onProgress: (done, total, label) => (bar.current ??= createProgress(total)).update(done, label),
  });
  bar.current?.done();
  const failed = results.filter((r) => r.status === "failed").length;
  console.log(`演示数据已载入：${results.length - failed} 份报告，用时 ${((Date.now() - started) / 1000).toFixed(0)} 秒${failed ? `，失败 ${failed} 份` : ""}`);
}

/**
 * On the embedded database (auth mode "demo") visitors read without logging in, and a first administrator is created
 * with a random password that is printed once and saved under data/ so the quick start stays two commands.
 * With PostgreSQL (login required) the operator creates users with `fiscal-lens user add`.
 */
async function ensureFirstAdmin(db: Database): Promise<void> {
  if (authMode() !== "demo" || (await db.prisma.user.count()) > 0) return;
  const password = process.env.FISCAL_LENS_ADMIN_PASSWORD ?? randomPassword();
  await addUser(db.prisma, { username: "admin", role: "admin", password, displayName: "管理员" }, "npm start（首次启动）");
  const file = path.join(ROOT, "data", "initial-admin.txt");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `用户名 admin\n密码 ${password}\n`, { mode: 0o600 });
  console.log(`已创建管理员账号：用户名 admin，密码 ${password}（也保存在 ${path.relative(ROOT, file)}）。访客无需登录即可只读浏览；导入需登录。`);
}
