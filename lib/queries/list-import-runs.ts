import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Viewer } from "../auth/viewer";
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

/** The log's filter: one outcome (imported, new_version, duplicate, failed) and/or a file-name fragment. */
export interface ImportRunFilter {
  status?: string;
  file?: string;
}

function whereOf(viewer: Viewer, filter: ImportRunFilter): Prisma.ImportRunWhereInput {
  return {
    ...(viewer.departmentIds === null ? {} : { report: { departmentId: { in: viewer.departmentIds } } }),
    ...(filter.status === undefined ? {} : { status: filter.status }),
    ...(filter.file === undefined || filter.file === "" ? {} : { fileName: { contains: filter.file } }),
  };
}

/** How many runs the viewer may see under the filter (for the log's pages). */
export async function countImportRuns(viewer: Viewer, filter: ImportRunFilter = {}): Promise<number> {
  if (viewer.userId === null && viewer.role === "viewer") return 0;
  const prisma = await getPrisma();
  return prisma.importRun.count({ where: whereOf(viewer, filter) });
}

/**
 * The import log the viewer may see, newest first: everything for an unscoped signed-in user, only runs that stored a
 * report of its departments for a department-scoped one, nothing for the anonymous guest of demo/public-read mode.
 */
export async function listImportRuns(viewer: Viewer, limit = 50, options: ImportRunFilter & { offset?: number } = {}): Promise<ImportRunRow[]> {
  if (viewer.userId === null && viewer.role === "viewer") return [];
  const prisma = await getPrisma();
  const runs = await prisma.importRun.findMany({
    where: whereOf(viewer, options),
    orderBy: { id: "desc" },
    skip: options.offset ?? 0,
    take: limit,
    include: { report: { select: { departmentId: true } } },
  });
  return runs.map((r) => ({
    id: r.id, startedAt: r.startedAt.toISOString(), actor: r.actor, channel: r.channel, fileName: r.fileName,
    status: r.status, message: r.message, reportId: r.reportId, departmentId: r.report?.departmentId ?? null,
    errorCount: r.errorCount, warningCount: r.warningCount,
  }));
}
