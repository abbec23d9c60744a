import { getPrisma } from "../db/client";

export interface ImportRunRow {
  id: number;
  startedAt: string;
  actor: string;
  channel: string;
  fileName: string;
  status: string;
  message: string | null;
  reportId: number | null;
  departmentId: number | null;
  errorCount: number;
  warningCount: number;
}

/** The import audit log, newest first. */
export async function listImportRuns(limit = 50): Promise<ImportRunRow[]> {
  const prisma = await getPrisma();
  const runs = await prisma.importRun.findMany({
    orderBy: { id: "desc" },
    take: limit,
    include: { report: { select: { departmentId: true } } },
  });
  return runs.map((r) => ({
    id: r.id, startedAt: r.startedAt.toISOString(), actor: r.actor, channel: r.channel, fileName: r.fileName,
    status: r.status, message: r.message, reportId: r.reportId, departmentId: r.report?.departmentId ?? null,
    errorCount: r.errorCount, warningCount: r.warningCount,
  }));
}
