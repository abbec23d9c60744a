import "server-only";
import fs from "node:fs";
import path from "node:path";

/**
 * PGlite allows ONE process per data folder: a second process opens it without error and silently loses data.
 * A lock file holding the owner's pid makes the second process refuse with a clear message instead.
 */
const LOCK_NAME = "fiscal-lens.lock";

export interface LockInfo {
  pid: number;
  role: string;
  startedAt: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function readLock(dataDir: string): LockInfo | null {
  try {
    const info = JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_NAME), "utf8")) as LockInfo;
    return isAlive(info.pid) ? info : null;
  } catch {
    return null;
  }
}

export class DataDirBusyError extends Error {
  constructor(readonly dataDir: string, readonly owner: LockInfo) {
    super(
      `嵌入式数据库目录 ${dataDir} 正被进程 ${owner.pid}（${owner.role}，${owner.startedAt} 启动）使用。` +
        `PGlite 只允许一个进程打开同一目录：请先停止该进程，或通过网页“导入”上传文件，` +
        `或设置 DATABASE_URL 改用 PostgreSQL。`,
    );
    this.name = "DataDirBusyError";
  }
}

/** A lock file another process is writing this very moment (created, not yet filled) is not stale. */
function justCreated(file: string): LockInfo | null {
  try {
    const stat = fs.statSync(file);
    return Date.now() - stat.mtimeMs < 2_000 ? { pid: 0, role: "另一个正在启动的进程", startedAt: stat.mtime.toISOString() } : null;
  } catch {
    return null;
  }
}

/** Creates the lock file only if it does not exist (O_EXCL): of two processes starting at once, exactly one wins. */
function createExclusive(file: string, info: LockInfo): boolean {
  try {
    fs.writeFileSync(file, JSON.stringify(info), { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/**
 * Takes the lock or throws DataDirBusyError; returns the release function. A lock left by a process that no longer
 * runs is removed and taken again — still with O_EXCL, so a racing process cannot take it too.
 */
export function acquireLock(dataDir: string, role: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_NAME);
  const info: LockInfo = { pid: process.pid, role, startedAt: new Date().toISOString() };
  while (!createExclusive(file, info)) {
    const owner = readLock(dataDir) ?? justCreated(file);
    if (owner?.pid === process.pid) break;
    if (owner) throw new DataDirBusyError(dataDir, owner);
    fs.rmSync(file, { force: true });
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    try {
      const current = JSON.parse(fs.readFileSync(file, "utf8")) as LockInfo;
      if (current.pid === process.pid) fs.rmSync(file, { force: true });
    } catch {
      // already gone
    }
  };
  process.once("exit", release);
  return release;
}
