import fs from "node:fs";
import path from "node:path";
import { openMigratedDatabase } from "../../db/open-migrated";
import { describeTarget } from "../../db/target";
import { ingestFile, type IngestResult } from "../../ingest/ingest-file";
import { refreshPlannerStatistics } from "../../db/statistics";
import { flagString, CliError, type ParsedArgs } from "../args";
import { collectReportFiles } from "../collect-files";
import { createProgress } from "../progress";

const STATUS_LABEL: Record<IngestResult["status"], string> = {
  imported: "已导入",
  new_version: "新版本",
  duplicate: "重复跳过",
  dry_run: "仅检查",
  failed: "失败",
};

/**
 * `fiscal-lens import <files or folders…>`: imports every report file, prints a summary, exits non-zero if any
 * file failed. Safe to re-run: files already imported (same sha256) are skipped as duplicates.
 */
export async function runImport(args: ParsedArgs): Promise<number> {
  const inputs = args.positionals.slice(1);
  if (inputs.length === 0) throw new CliError("用法：fiscal-lens import <文件或文件夹…> [--actor 名称] [--dry-run]");
  const { files, missing } = collectReportFiles(inputs);
  if (missing.length) throw new CliError(`找不到：${missing.join("，")}`);
  if (files.length === 0) throw new CliError("没有找到可导入的报告文件（.pdf / .txt / .xlsx）");

  const db = await openMigratedDatabase({ role: "fiscal-lens import" });
  const actor = flagString(args, "actor") ?? process.env.USER ?? "cli";
  const dryRun = args.flags.has("dry-run");
  console.error(`导入到 ${describeTarget(db.target)}，共 ${files.length} 个文件`);
  const progress = createProgress(files.length);
  const results: Array<{ file: string; result: IngestResult }> = [];
  try {
    for (const [i, file] of files.entries()) {
      progress.update(i, path.basename(file));
      const result = await ingestFile(db.prisma, { bytes: fs.readFileSync(file), fileName: path.basename(file), actor, channel: "cli", dryRun });
      results.push({ file, result });
    }
    progress.update(files.length, "完成");
    progress.done();
    if (!dryRun) await refreshPlannerStatistics(db);
  } finally {
    await db.close();
  }

  const counts = new Map<string, number>();
  for (const { result } of results) counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
  console.log(`\n汇总：${[...counts].map(([s, n]) => `${STATUS_LABEL[s as IngestResult["status"]]} ${n}`).join("，")}`);
  for (const { file, result } of results) {
    if (result.status === "failed") console.log(`  失败 ${file}：${result.error.message}`);
    else if (result.status !== "dry_run") {
      const errors = result.findings.filter((f) => f.severity === "error").length;
      console.log(`  ${STATUS_LABEL[result.status]} ${file} → ${result.department} ${result.year} 年度 第 ${result.version} 版（报告 #${result.reportId}，审核错误 ${errors} 条）`);
    } else {
      console.log(`  仅检查 ${file} → ${result.department ?? "未识别部门"} ${result.year ?? "未识别年度"}，审核发现 ${result.findings.length} 条`);
    }
  }
  return results.some((r) => r.result.status === "failed") ? 1 : 0;
}
