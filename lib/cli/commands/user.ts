import { openMigratedDatabase } from "../../db/open-migrated";
import { ensureRegionRows, regionCatalog } from "../../ingest/region-catalog";
import { randomPassword } from "../../auth/password";
import { addUser, listUsers, removeUser, ROLES, setPassword } from "../../auth/users";
import { runToken } from "./user-token";
import type { Role } from "../../auth/viewer";
import { CliError, flagString, type ParsedArgs } from "../args";

const USAGE = `用法：
  fiscal-lens user add <用户名> --role admin|analyst|viewer [--password 密码] [--name 显示名] [--departments 1,2] [--regions 310107,9901]
  fiscal-lens user passwd <用户名> [--password 密码]
  fiscal-lens user list
  fiscal-lens user remove <用户名>
  fiscal-lens user token <用户名> [--label 用途]   创建 API 令牌（只显示这一次），脚本以 Authorization: Bearer <令牌> 调用
  fiscal-lens user token list [<用户名>]
  fiscal-lens user token revoke <令牌编号>
未给出 --password 时读取环境变量 FISCAL_LENS_PASSWORD，仍没有则生成随机密码并打印一次。`;

function password(args: ParsedArgs): { value: string; generated: boolean } {
  const given = flagString(args, "password") ?? process.env.FISCAL_LENS_PASSWORD;
  return given ? { value: given, generated: false } : { value: randomPassword(), generated: true };
}

export async function runUser(args: ParsedArgs): Promise<number> {
  const [, sub, username] = args.positionals;
  if (sub === "token") return runToken(args);
  if (!sub || !["add", "passwd", "list", "remove"].includes(sub)) {
    console.log(USAGE);
    return sub ? 1 : 0;
  }
  if (sub !== "list" && !username) throw new CliError(`user ${sub} 需要用户名`);
  const db = await openMigratedDatabase({ role: `fiscal-lens user ${sub}` });
  const actor = `命令行（${process.env.USER ?? "cli"}）`;
  try {
    if (sub === "list") {
      for (const u of await listUsers(db.prisma)) {
        const parts = [u.departmentIds.length ? `部门 ${u.departmentIds.join(",")}` : "", u.regionCodes.length ? `地区 ${u.regionCodes.join(",")}` : ""];
        const scope = parts.filter(Boolean).join("；") || "全部部门";
        console.log(`${u.username.padEnd(16)} ${u.role.padEnd(8)} ${scope}${u.displayName ? `  ${u.displayName}` : ""}`);
      }
      return 0;
    }
    const name = username ?? "";
    if (sub === "remove") {
      await removeUser(db.prisma, name, actor);
      console.log(`已删除用户 ${name}`);
      return 0;
    }
    const pw = password(args);
    if (sub === "passwd") await setPassword(db.prisma, name, pw.value, actor);
    else {
      const role = (flagString(args, "role") ?? "viewer") as Role;
      if (!ROLES.includes(role)) throw new CliError(`--role 只能是 ${ROLES.join(" / ")}`);
      const departments = flagString(args, "departments");
      const departmentIds = departments ? departments.split(",").map((d) => Number(d.trim())) : [];
      if (departmentIds.some((d) => !Number.isInteger(d))) throw new CliError("--departments 需要逗号分隔的部门编号");
      const regionCodes = (flagString(args, "regions") ?? "").split(",").map((c) => c.trim()).filter(Boolean);
      const unknown = regionCodes.filter((c) => !regionCatalog().byCode.has(c));
      if (unknown.length) throw new CliError(`--regions 需要逗号分隔的行政区划代码（如 310107），未知：${unknown.join(", ")}`);
      for (const code of regionCodes) await ensureRegionRows(db.prisma, code);
      await addUser(db.prisma, { username: name, role, password: pw.value, displayName: flagString(args, "name"), departmentIds, regionCodes }, actor);
    }
    console.log(`${sub === "add" ? "已创建" : "已修改密码"}：${name}${pw.generated ? `，密码 ${pw.value}（只显示这一次）` : ""}`);
    return 0;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError((error as Error).message);
  } finally {
    await db.close();
  }
}
