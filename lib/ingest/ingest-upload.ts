import "server-only";
import { getDatabase } from "../db/client";
import { refreshPlannerStatistics } from "../db/statistics";
import { badRequest } from "../api/errors";
import { DEFAULT_MAX_BYTES, ingestFile, type IngestResult } from "./ingest-file";
import { readUpload } from "./read-upload";

/** Reads a multipart upload (field `file`, optional `departmentName` and `year` corrections) as a stream and ingests it. */
export async function ingestUpload(request: Request, opts: { actor: string; channel: "web" | "api"; dryRun: boolean }): Promise<IngestResult> {
  const { file, fields } = await readUpload(request, DEFAULT_MAX_BYTES);
  if (!file) throw badRequest("缺少上传文件（表单字段 file）");
  const yearRaw = fields.year;
  const year = yearRaw?.trim() ? Number(yearRaw) : undefined;
  if (year !== undefined && (!Number.isInteger(year) || year < 1990 || year > 2100)) throw badRequest(`年度“${String(yearRaw)}”不正确`);
  const db = await getDatabase();
  const result = await ingestFile(db.prisma, {
    bytes: file.bytes,
    fileName: file.name,
    actor: opts.actor,
    channel: opts.channel,
    dryRun: opts.dryRun,
    departmentName: fields.departmentName,
    year,
  });
  // In the background: the upload's answer does not wait for statistics (a no-op on PostgreSQL).
  if (result.status === "imported" || result.status === "new_version") refreshPlannerStatistics(db).catch(() => undefined);
  return result;
}
