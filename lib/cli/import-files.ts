import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../generated/prisma/client";
import type { IngestResult } from "../ingest/ingest-file";
import { ingestMany } from "../ingest/ingest-many";
import type { ImportOverride } from "./import-overrides";

export interface ImportedFile {
  file: string;
  result: IngestResult;
}

const STATUS_LABEL: Record<IngestResult["status"], string> = {
  imported: "已导入",
  new_version: "新版本",
  duplicate: "重复跳过",
  dry_run: "仅检查",
  failed: "失败",
};

/** A file whose document does not say who published it or which year: not a failure, the user is asked. */
const NEEDS_INPUT = "needs_confirmation";

/**
 * Every file through the same ingest as the web upload, parsed ahead on the pool of parse processes (ingestMany) and
 * stored one transaction each in the given order; names and years come from the documents unless overridden.
 */
export async function importFiles(
  prisma: PrismaClient,
  files: readonly string[],
  opts: { actor: string; dryRun: boolean; override: (file: string) => ImportOverride; onFile?: (index: number, file: string) => void },
): Promise<ImportedFile[]> {
  const results = await ingestMany(
    prisma,
    files.length,
    (i) => {
      const file = files[i]!;
      return { bytes: fs.readFileSync(file), fileName: path.basename(file), actor: opts.actor, channel: "cli", dryRun: opts.dryRun, ...opts.override(file) };
    },
    { beforeStore: async (i) => opts.onFile?.(i, files[i]!) },
  );
  return results.map((result, i) => ({ file: files[i]!, result }));
}

function labelOf(result: IngestResult): string {
  return result.status === "failed" && result.error.code === NEEDS_INPUT ? "待确认" : STATUS_LABEL[result.status];
}

/** The summary scripts read: "已导入 <file> → <department> <year> 年度 …" per stored file (a stable contract). */
export function summaryLines(results: readonly ImportedFile[]): string[] {
  const counts = new Map<string, number>();
  for (const { result } of results) counts.set(labelOf(result), (counts.get(labelOf(result)) ?? 0) + 1);
  const lines = [`\n汇总：${[...counts].map(([s, n]) => `${s} ${n}`).join("，")}`];
  for (const { file, result } of results) {
    if (result.status === "failed" && result.error.code === NEEDS_INPUT) {
      lines.push(`  待确认 ${file}：${result.error.message}（补充：--department 名称 --year 年度，或 --map 文件.csv）`);
    } else if (result.status === "failed") {
      lines.push(`  失败 ${file}：${result.error.message}`);
    } else if (result.status !== "dry_run") {
      const errors = result.findings.filter((f) => f.severity === "error").length;
      lines.push(`  ${STATUS_LABEL[result.status]} ${file} → ${result.department} ${result.year} 年度 第 ${result.version} 版（报告 #${result.reportId}，审核错误 ${errors} 条）`);
    } else {
      lines.push(`  仅检查 ${file} → ${result.department ?? "未识别部门"} ${result.year ?? "未识别年度"}，审核发现 ${result.findings.length} 条`);
    }
  }
  return lines;
}
