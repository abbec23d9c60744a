import fs from "node:fs";
import path from "node:path";
import { parseReport } from "../../parsers/parse-report";
import { formatAmount } from "../../figures/format";
import { CliError, type ParsedArgs } from "../args";

const SEVERITY_LABEL = { error: "错误", warning: "警告", info: "提示" } as const;

/** "（第 3 页第 173 行）": where to look in the source to check a finding in seconds. */
function where(location: { page: number | null; line: number | null } | null): string {
  if (!location?.page) return "";
  return `（第 ${location.page} 页${location.line ? `第 ${location.line} 行` : ""}）`;
}

/** `fiscal-lens parse <file> [--json]`: the parse contract as JSON, or a readable summary. */
export async function runParse(args: ParsedArgs): Promise<number> {
  const file = args.positionals[1];
  if (!file) throw new CliError("用法：fiscal-lens parse <文件> [--json]");
  if (!fs.existsSync(file)) throw new CliError(`找不到文件 ${file}`);
  const bytes = new Uint8Array(fs.readFileSync(file));
  const report = await parseReport({ bytes, fileName: path.basename(file) });
  if (args.flags.has("json")) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  const t = report.totals;
  const lines = [
    `${report.department ?? "（未识别部门）"} ${report.year ?? "（未识别年度）"} 年度 · ${report.scope ?? "范围未注明"} · 原表单位 ${report.sourceUnit ?? "未知"} · ${report.pageCount ?? "?"} 页`,
    `收入合计 ${formatAmount(t.income)}　支出合计 ${formatAmount(t.expenditure)}（基本 ${formatAmount(t.basicExpenditure)}，项目 ${formatAmount(t.projectExpenditure)}）`,
    `支出功能分类 ${report.expenditureByFunction.length} 行；一般公共预算 ${report.gpbExpenditureByFunction.length} 行，其中有年初预算 ${report.gpbExpenditureByFunction.filter((l) => l.budgetInitial !== null).length} 行`,
    `三公经费 决算 ${formatAmount(report.sangong.actual.total)} / 预算 ${formatAmount(report.sangong.budget.total)}；绩效项目 ${report.performance.projects.length} 个`,
    "",
    `审核发现 ${report.findings.length} 条：`,
    ...report.findings.map((f) => `  [${SEVERITY_LABEL[f.severity]}] ${f.rule} ${f.message}${where(f.location)}`),
    `未能读取 ${report.unread.length} 处：`,
    ...report.unread.map((u) => `  ${u.section}：${u.reason}${where(u.location ?? null)}`),
  ];
  console.log(lines.join("\n"));
  return 0;
}
