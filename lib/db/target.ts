import "server-only";
import path from "node:path";

/** Which database the app talks to: embedded PGlite (default) or a real PostgreSQL from DATABASE_URL. */
export type DbTarget =
  | { kind: "pglite"; dataDir: string }
  | { kind: "postgres"; url: string; schema: string | undefined };

/** `memory://` keeps PGlite in memory (tests); anything else is a folder. */
export const PGLITE_MEMORY = "memory://";

export function resolveDbTarget(env: NodeJS.ProcessEnv = process.env): DbTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(`DATABASE_URL 必须是 postgresql:// 开头的连接串，当前为 "${url.split("@").pop() ?? ""}"`);
    }
    return { kind: "postgres", url, schema: new URL(url).searchParams.get("schema") ?? undefined };
  }
  const dir = env.PGLITE_DATA_DIR?.trim() || path.join(process.cwd(), "data", "pglite");
  return { kind: "pglite", dataDir: dir === PGLITE_MEMORY ? dir : path.resolve(/*turbopackIgnore: true*/ dir) };
}

export function describeTarget(target: DbTarget): string {
  if (target.kind === "pglite") return `PGlite（嵌入式）${target.dataDir}`;
  const u = new URL(target.url);
  return `PostgreSQL ${u.hostname}:${u.port || "5432"}${u.pathname}`;
}
