import { createApiToken, listApiTokens, revokeApiToken } from "../../auth/tokens";
import { openMigratedDatabase } from "../../db/open-migrated";
import { CliError, flagString, type ParsedArgs } from "../args";
import { formatDateTime, MISSING } from "../../figures/format";

const day = (d: Date | null) => (d === null ? MISSING : formatDateTime(d));

/** `fiscal-lens user token <name> | list [name] | revoke <id>`: personal API tokens for scripts. */
export async function runToken(args: ParsedArgs): Promise<number> {
  const [, , action, target] = args.positionals;
  if (!action) throw new CliError("用法：fiscal-lens user token <用户名> [--label 用途] | token list [<用户名>] | token revoke <令牌编号>");
  const db = await openMigratedDatabase({ role: "fiscal-lens user token" });
  const actor = `命令行（${process.env.USER ?? "cli"}）`;
  try {
    if (action === "list") {
      const rows = await listApiTokens(db.prisma, target);
      if (rows.length === 0) console.log("没有 API 令牌");
      for (const t of rows) {
        const state = t.revokedAt ? `已撤销 ${day(t.revokedAt)}` : `最近使用 ${day(t.lastUsedAt)}`;
        console.log(`#${String(t.id).padEnd(5)} ${t.username.padEnd(16)} ${t.prefix}…  ${t.label.padEnd(12)} 创建 ${day(t.createdAt)}  ${state}`);
      }
      return 0;
    }
    if (action === "revoke") {
      const id = Number(target);
      if (!Number.isInteger(id) || id <= 0) throw new CliError("token revoke 需要令牌编号（见 user token list）");
      await revokeApiToken(db.prisma, id, actor);
      console.log(`已撤销令牌 #${id}`);
      return 0;
    }
    const created = await createApiToken(db.prisma, action, flagString(args, "label") ?? "脚本", actor);
    console.log(`已为 ${action} 创建 API 令牌 #${created.id}（只显示这一次，请妥善保存）：\n${created.token}`);
    console.log(`用法：curl -H "Authorization: Bearer ${created.token.slice(0, 10)}…" http://localhost:3000/api/departments`);
    return 0;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError((error as Error).message);
  } finally {
    await db.close();
  }
}
