import { NextResponse } from "next/server";
import { handle, notFound, parseId } from "@/lib/api/errors";
import { requestActor } from "@/lib/api/actor";
import { canSeeDepartment } from "@/lib/auth/viewer";
import { deleteReport } from "@/lib/ingest/delete-report";
import { getPrisma } from "@/lib/db/client";
import { getReport } from "@/lib/queries/get-report";

export const runtime = "nodejs";

/** GET /api/reports/{id}: the stored report in the parse JSON shape, with its version metadata. */
export const GET = handle(async (request: Request, ctx: { params: Promise<{ id: string }> }) => {
  const id = parseId((await ctx.params).id, "报告");
  const actor = await requestActor(request, "read");
  const report = await getReport(id);
  if (!report || !canSeeDepartment(actor.viewer, report.departmentId)) throw notFound(`报告 #${id}`);
  const { parsed, ...meta } = report;
  return NextResponse.json({ ...parsed, report: meta });
});

/** DELETE /api/reports/{id} (admin): removes one version; the previous version becomes current again. */
export const DELETE = handle(async (request: Request, ctx: { params: Promise<{ id: string }> }) => {
  const id = parseId((await ctx.params).id, "报告");
  const actor = await requestActor(request, "admin");
  const result = await deleteReport(await getPrisma(), id, actor.name);
  if (!result) throw notFound(`报告 #${id}`);
  return NextResponse.json({ deleted: id, promotedReportId: result.promotedReportId });
});
