import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "../../db/adapters";
import { openMigratedDatabase } from "../../db/open-migrated";
import { diffMigrationsToSchema, PRISMA_DIR } from "../../db/migrations";
import { describeTarget, resolveDbTarget } from "../../db/target";
import { CliError, type ParsedArgs } from "../args";

const USAGE = `用法：
  fiscal-lens db migrate                 应用 prisma/migrations 中尚未应用的迁移
  fiscal-lens db drift                   检查 schema.prisma 与已提交迁移是否一致（不一致时退出码 2）
  fiscal-lens db migration <名称>        生成新迁移（开发用：把 schema.prisma 的变更写成 SQL）`;

export async function runDb(args: ParsedArgs): Promise<number> {
  const [, sub, name] = args.positionals;
  if (sub === "migrate") {
    const db = await openMigratedDatabase({ role: "fiscal-lens db migrate" });
    console.log(`${describeTarget(db.target)}：${db.applied.length ? `已应用 ${db.applied.join(", ")}` : "迁移已是最新"}`);
    await db.close();
    return 0;
  }
  if (sub === "drift" || sub === "migration") {
    // The diff runs entirely in in-memory PGlite shadows: no database of the user's is touched.
    const opened = await openDatabase({ kind: "pglite", dataDir: "memory://" });
    const { drift, sql } = await diffMigrationsToSchema(opened.factory);
    await opened.close();
    if (sub === "drift") {
      console.log(drift ? `schema.prisma 与迁移不一致，缺少：\n${sql}` : "schema.prisma 与迁移一致");
      return drift ? 2 : 0;
    }
    if (!drift) {
      console.log("没有需要生成的迁移");
      return 0;
    }
    if (!name || !/^[a-z0-9_]+$/.test(name)) throw new CliError("迁移名称只能包含小写字母、数字和下划线");
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(PRISMA_DIR, "migrations", `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`已写入 ${path.relative(process.cwd(), dir)}/migration.sql（目标库：${describeTarget(resolveDbTarget())}）`);
    return 0;
  }
  console.log(USAGE);
  return sub ? 1 : 0;
}
