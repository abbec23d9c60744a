import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { recordAudit } from "../auth/audit";
import { canSeeDepartment, type Viewer } from "../auth/viewer";
import { getPrisma } from "../db/client";

/**
 * Deletes one report version. If it was the current one, the newest remaining version of the same department-year
 * becomes current again. The source document goes too when no other version uses it.
 */
export async function deleteReport(
  prisma: PrismaClient,
  reportId: number,
  actor: string,
  viewer: Viewer | null = null,
): Promise<{ promotedReportId: number | null } | null> {
  return prisma.$transaction(async (tx) => {
    const report = await tx.report.findUnique({ where: { id: reportId }, include: { department: { select: { name: true } } } });
    // Outside a department-scoped admin's scope the report does not exist for them.
    if (!report || (viewer !== null && !canSeeDepartment(viewer, report.departmentId))) return null;
    await tx.importRun.updateMany({ where: { reportId }, data: { reportId: null } });
    await tx.report.delete({ where: { id: reportId } });
    let promotedReportId: number | null = null;
    if (report.currentKey) {
      const previous = await tx.report.findFirst({
        where: { departmentId: report.departmentId, year: report.year, scope: report.scope },
        orderBy: { version: "desc" },
      });
      if (previous) {
        await tx.report.update({ where: { id: previous.id }, data: { currentKey: report.currentKey } });
        promotedReportId = previous.id;
      }
    }
    if ((await tx.report.count({ where: { sourceDocumentId: report.sourceDocumentId } })) === 0) {
      await tx.importRun.updateMany({ where: { sourceDocumentId: report.sourceDocumentId }, data: { sourceDocumentId: null } });
      await tx.sourceDocument.delete({ where: { id: report.sourceDocumentId } });
    }
    await recordAudit(tx, {
      actor, action: "report_delete", target: `${report.department.name} ${report.year} 第${report.version}版（#${reportId}）`,
      details: { reportId, promotedReportId }, departmentId: report.departmentId,
    });
    return { promotedReportId };
  });
}

/** The web's delete: as `viewer` (a department-scoped admin deletes only inside its scope). */
export async function deleteReportAs(viewer: Viewer, reportId: number, actor: string): Promise<{ promotedReportId: number | null } | null> {
  return deleteReport(await getPrisma(), reportId, actor, viewer);
}
