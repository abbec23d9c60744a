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

/** Takes the lock or throws DataDirBusyError; returns the release function. */
export function acquireLock(dataDir: string, role: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_NAME);
  const owner = readLock(dataDir);
  if (owner && owner.pid !== process.pid) throw new DataDirBusyError(dataDir, owner);
  const info: LockInfo = { pid: process.pid, role, startedAt: new Date().toISOString() };
  fs.writeFileSync(file, JSON.stringify(info));
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
