import { getDatabase } from "../db/client";
import { refreshPlannerStatistics } from "../db/statistics";
import { badRequest } from "../api/errors";
import { ingestFile, type IngestResult } from "./ingest-file";

/** Reads a multipart upload (field `file`, optional `departmentName` and `year` corrections) and ingests it. */
export async function ingestUpload(form: FormData, opts: { actor: string; channel: "web" | "api"; dryRun: boolean }): Promise<IngestResult> {
  const file = form.get("file");
  if (!(file instanceof File)) throw badRequest("缺少上传文件（表单字段 file）");
  const yearRaw = form.get("year");
  const year = typeof yearRaw === "string" && yearRaw.trim() ? Number(yearRaw) : undefined;
  if (year !== undefined && (!Number.isInteger(year) || year < 1990 || year > 2100)) throw badRequest(`年度“${String(yearRaw)}”不正确`);
  const departmentName = form.get("departmentName");
  const db = await getDatabase();
  const result = await ingestFile(db.prisma, {
    bytes: new Uint8Array(await file.arrayBuffer()),
    fileName: file.name || "upload",
    actor: opts.actor,
    channel: opts.channel,
    dryRun: opts.dryRun,
    departmentName: typeof departmentName === "string" ? departmentName : undefined,
    year,
  });
  // In the background: the upload's answer does not wait for statistics (a no-op on PostgreSQL).
  if (result.status === "imported" || result.status === "new_version") refreshPlannerStatistics(db).catch(() => undefined);
  return result;
}
