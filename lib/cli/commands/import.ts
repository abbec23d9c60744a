import fs from "node:fs";
import path from "node:path";
import { openMigratedDatabase } from "../../db/open-migrated";
import { describeTarget } from "../../db/target";
import { refreshPlannerStatistics } from "../../db/statistics";
import { flagString, CliError, type ParsedArgs } from "../args";
import { collectReportFiles } from "../collect-files";
import { importFiles, summaryLines, type ImportedFile } from "../import-files";
import { overrideFor, parseImportMap, singleOverride } from "../import-overrides";
import { createProgress } from "../progress";

/**
 * `fiscal-lens import <files or folders…>`: imports every report file, prints a summary, exits non-zero if any
 * file failed. Safe to re-run: files already imported (same sha256) are skipped as duplicates.
 */
export async function runImport(args: ParsedArgs): Promise<number> {
  const inputs = args.positionals.slice(1);
  if (inputs.length === 0) {
    throw new CliError("用法：fiscal-lens import <文件或文件夹…> [--actor 名称] [--dry-run] [--department 名称 --year 年度] [--map 文件.csv]");
  }
  const { files, missing } = collectReportFiles(inputs);
  if (missing.length) throw new CliError(`找不到：${missing.join("，")}`);
  if (files.length === 0) throw new CliError("没有找到可导入的报告文件（.pdf / .txt / .xlsx）");
  const mapFile = flagString(args, "map");
  if (mapFile !== undefined && !fs.existsSync(mapFile)) throw new CliError(`找不到 --map 文件：${mapFile}`);
  const map = mapFile === undefined ? null : parseImportMap(fs.readFileSync(mapFile, "utf8"), path.basename(mapFile));
  const single = singleOverride(flagString(args, "department"), flagString(args, "year"), files.length);

  const db = await openMigratedDatabase({ role: "fiscal-lens import" });
  const actor = flagString(args, "actor") ?? process.env.USER ?? "cli";
  const dryRun = args.flags.has("dry-run");
  console.error(`导入到 ${describeTarget(db.target)}，共 ${files.length} 个文件`);
  const progress = createProgress(files.length);
  let results: ImportedFile[] = [];
  try {
    results = await importFiles(db.prisma, files, {
      actor, dryRun, override: (file) => overrideFor(file, map, single), onFile: (i, file) => progress.update(i, path.basename(file)),
    });
    progress.update(files.length, "完成");
    progress.done();
    if (!dryRun) await refreshPlannerStatistics(db);
  } finally {
    await db.close();
  }

  for (const line of summaryLines(results)) console.log(line);
  return results.some((r) => r.result.status === "failed") ? 1 : 0;
}
