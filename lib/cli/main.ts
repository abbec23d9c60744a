import { isParseError } from "../parsers/errors";
import { CliError, parseArgs, type ParsedArgs } from "./args";
import { runDb } from "./commands/db";
import { runDemo } from "./commands/demo";
import { runImport } from "./commands/import";
import { runParse } from "./commands/parse";
import { runStart } from "./commands/start";
import { runUser } from "./commands/user";

type Command = (args: ParsedArgs) => Promise<number>;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  start: { run: runStart, help: "构建（如需要）并启动网页服务，默认 http://localhost:3000" },
  parse: { run: runParse, help: "解析一份报告并审核：parse <文件> [--json]" },
  import: { run: runImport, help: "导入报告：import <文件或文件夹…> [--dry-run] [--actor 名称]" },
  demo: { run: runDemo, help: "演示数据：demo generate | demo load | demo clear" },
  user: { run: runUser, help: "用户：user add | passwd | list | remove" },
  db: { run: runDb, help: "数据库迁移：db migrate | db drift | db migration <名称>" },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.help}`);
  return `财政决算透视 fiscal-lens\n\n用法：fiscal-lens <命令> [参数]\n\n${lines.join("\n")}`;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const name = args.positionals[0];
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.log(usage());
    return name && name !== "help" ? 1 : 0;
  }
  return command.run(args);
}

/**
 * Exit once stdout and stderr have taken everything written: a pipe (`parse --json | jq`) is written asynchronously,
 * and exiting at once cut the output at the pipe's 64 KB buffer.
 */
function exitAfterFlush(code: number): void {
  let pending = 2;
  const done = () => {
    pending -= 1;
    if (pending === 0) process.exit(code);
  };
  process.stdout.write("", done);
  process.stderr.write("", done);
}

main(process.argv.slice(2)).then(
  (code) => exitAfterFlush(code),
  (error: unknown) => {
    if (error instanceof CliError || isParseError(error)) {
      console.error(`错误：${error.message}`);
      process.exit(error instanceof CliError ? error.exitCode : 2);
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error(`错误：${message}`);
    if (process.env.FISCAL_LENS_DEBUG) console.error(error);
    process.exit(1);
  },
);
